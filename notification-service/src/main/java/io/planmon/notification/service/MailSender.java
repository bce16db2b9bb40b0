package io.planmon.notification.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.planmon.notification.domain.Delivery;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;

/** Sends a delivery's stored mail through SMTP (quarkus-mailer). */
@ApplicationScoped
public class MailSender {
    private final Mailer mailer;
    private final ObjectMapper json;

    public MailSender(Mailer mailer, ObjectMapper json) {
        this.mailer = mailer;
        this.json = json;
    }

    public Outcome send(Delivery delivery) {
        try {
            MailMessage m = json.readValue(delivery.payload, MailMessage.class);
            mailer.send(Mail.withText(m.to(), m.subject(), m.text()));
            return Outcome.ok(null);
        } catch (Exception e) {
            // SMTP refusals and a server that is down alike: retried with backoff.
            return Outcome.failed(null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
