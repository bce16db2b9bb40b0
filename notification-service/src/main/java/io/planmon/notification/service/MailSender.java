package io.planmon.notification.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.planmon.notification.config.AlertSettings;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/** Sends a delivery's stored mail through SMTP (quarkus-mailer), within the delivery timeout like a webhook call. */
@ApplicationScoped
public class MailSender {
    private final ReactiveMailer mailer;
    private final ObjectMapper json;
    private final Duration timeout;

    public MailSender(ReactiveMailer mailer, ObjectMapper json, AlertSettings settings) {
        this.mailer = mailer;
        this.json = json;
        this.timeout = settings.delivery().timeout();
    }

    public Outcome send(String payload) {
        try {
            MailMessage m = json.readValue(payload, MailMessage.class);
            mailer.send(Mail.withText(m.to(), m.subject(), m.text())).await().atMost(timeout);
            return Outcome.ok(null);
        } catch (Exception e) {
            // SMTP refusals, a server that is down and one that does not answer in time alike: retried with backoff.
            return Outcome.failed(null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
