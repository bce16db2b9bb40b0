package io.planmon.notification.service.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.planmon.notification.config.AlertSettings;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.impl.VertxInternal;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/** Sends a delivery's stored mail through SMTP (quarkus-mailer), within the delivery timeout like a webhook call. */
@ApplicationScoped
class MailSender {
    private final ReactiveMailer mailer;
    private final ObjectMapper json;
    private final Duration timeout;
    /**
     * Every send starts on this one event-loop context, whichever delivery thread asks. The Vert.x mail client (4.5)
     * sets a new connection's reader only once its pool has handed the connection to the sending context; when sends
     * from several threads (each thread gets a context of its own) meet in the pool, that hand-over is queued from
     * another thread, the socket reads the server's greeting before the reader is set, and Vert.x drops it. The client
     * then waits for a greeting that came already, until the server's read timeout (GreenMail: 30 s, then "421").
     * With every send on one context, pool, connection and socket share one thread and the reader is set at connect.
     */
    private final Context smtp;

    public MailSender(ReactiveMailer mailer, ObjectMapper json, AlertSettings settings, Vertx vertx) {
        this.mailer = mailer;
        this.json = json;
        this.timeout = settings.delivery().timeout();
        this.smtp = ((VertxInternal) vertx).createEventLoopContext();
    }

    public Outcome send(String payload) {
        try {
            MailMessage m = json.readValue(payload, MailMessage.class);
            Mail mail = Mail.withText(m.to(), m.subject(), m.text());
            Uni.createFrom()
                    .<Void>emitter(sent ->
                            smtp.runOnContext(v -> mailer.send(mail).subscribe().with(sent::complete, sent::fail)))
                    .await()
                    .atMost(timeout);
            return Outcome.ok(null);
        } catch (Exception e) {
            // SMTP refusals, a server that is down and one that does not answer in time alike: retried with backoff.
            return Outcome.failed(null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
