package io.planmon.notification.service.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.planmon.notification.support.DeliverySettings;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.vertx.core.Vertx;
import io.vertx.ext.mail.MailConfig;
import io.vertx.ext.mail.StartTLSOptions;
import io.vertx.mutiny.ext.mail.MailClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.microprofile.context.spi.ContextManagerProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Mails sent from several delivery threads at once, from the first one on, all reach a real SMTP server (GreenMail).
 * Sent from each thread's own Vert.x context, some lost the server's greeting and failed after GreenMail's 30 s read
 * timeout with "421" (MailSender says why); the first mails of a fresh mail client, all at once, met that most often.
 */
class MailSenderTest {
    // Twice the service's senders, so that the pool is used from many threads at once.
    private static final int THREADS = 8;
    private static final int MAILS_PER_THREAD = 5;
    private static final String TO = "burst@example.org";

    private final ObjectMapper json = new ObjectMapper();
    private GreenMail smtpServer;
    private Vertx vertx;
    private MailSender sender;

    /**
     * Quarkus registers the context-propagation provider at boot; without Quarkus, the first threads to use Mutiny at
     * the same time would race to register it ("ContextManagerProvider already set"), so it is registered here first.
     */
    @BeforeAll
    static void registerContextPropagation() {
        ContextManagerProvider.instance();
    }

    @BeforeEach
    void start() {
        smtpServer = new GreenMail(new ServerSetup(0, "localhost", ServerSetup.PROTOCOL_SMTP));
        smtpServer.start();
        vertx = Vertx.vertx();
        // The client quarkus-mailer builds, configured as application.properties configures it.
        MailClient client = MailClient.create(
                io.vertx.mutiny.core.Vertx.newInstance(vertx),
                new MailConfig()
                        .setHostname("localhost")
                        .setPort(smtpServer.getSmtp().getPort())
                        .setStarttls(StartTLSOptions.DISABLED)
                        .setKeepAlive(false));
        ReactiveMailer mailer = mails -> client.sendMail(message(mails[0])).replaceWithVoid();
        sender = new MailSender(mailer, json, DeliverySettings.withTimeout(Duration.ofMinutes(1)), vertx);
    }

    @AfterEach
    void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get();
        smtpServer.stop();
    }

    // Each repetition with a fresh client: its first mails, from all threads at once, are where greetings got lost.
    @RepeatedTest(6)
    void mailsSentFromSeveralThreadsAtOnceAllArrive() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<Outcome>>> sent = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                sent.add(threads.submit(() -> sendAll(thread)));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<List<Outcome>> f : sent) {
                outcomes.addAll(f.get());
            }

            assertThat(outcomes).filteredOn(o -> !o.success()).isEmpty();
            assertThat(smtpServer.getReceivedMessages()).hasSize(THREADS * MAILS_PER_THREAD);
        } finally {
            threads.shutdownNow();
        }
    }

    private List<Outcome> sendAll(int thread) throws Exception {
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < MAILS_PER_THREAD; i++) {
            String subject = "mail " + thread + "/" + i;
            outcomes.add(sender.send(json.writeValueAsString(new MailMessage(TO, subject, "text"))));
        }
        return outcomes;
    }

    private static io.vertx.ext.mail.MailMessage message(Mail mail) {
        return new io.vertx.ext.mail.MailMessage()
                .setFrom("planmon@localhost")
                .setTo(mail.getTo())
                .setSubject(mail.getSubject())
                .setText(mail.getText());
    }
}
