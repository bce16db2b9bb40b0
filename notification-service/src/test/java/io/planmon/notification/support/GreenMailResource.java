package io.planmon.notification.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A real SMTP server (GreenMail) on a free port, where the service's mailer sends. */
public class GreenMailResource implements QuarkusTestResourceLifecycleManager {
    private static GreenMail server;

    @Override
    public Map<String, String> start() {
        int port = freePort();
        server = new GreenMail(new ServerSetup(port, "localhost", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return Map.of("quarkus.mailer.host", "localhost", "quarkus.mailer.port", Integer.toString(port));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    public static GreenMail server() {
        return server;
    }

    /** The mails received so far for {@code address}, oldest first. */
    public static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(server.getReceivedMessages())
                .filter(m -> recipients(m).contains(address))
                .toList();
    }

    public static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipients(MimeMessage m) {
        try {
            return Arrays.toString(m.getAllRecipients());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
