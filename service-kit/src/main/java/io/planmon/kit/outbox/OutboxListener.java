package io.planmon.kit.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.planmon.kit.jdbc.DirectConnections;
import io.planmon.kit.observability.OutageLog;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Wakes this instance's relay when any instance commits outbox rows: a statement-level trigger on {@code outbox_event}
 * calls {@code pg_notify('planmon_outbox_<schema>')}, which PostgreSQL delivers at commit (and only then) to every
 * connection that listens. One dedicated connection, outside the pool, listens on its own thread and reconnects after
 * a failure; while it is down, the relay still has its own commits' signal and the timed poll. A notification of
 * this instance's own commit is passed over: that commit rang the relay already ({@link OutboxSignal#rangAlready}).
 */
@ApplicationScoped
class OutboxListener {
    static final String CHANNEL_PREFIX = "planmon_outbox_";
    private static final Logger LOG = Logger.getLogger(OutboxListener.class);

    private final OutboxSignal signal;
    private final boolean enabled;
    private final DirectConnections connections;
    private final OutageLog outage;
    private volatile boolean running;
    private Thread worker;

    OutboxListener(
            OutboxSignal signal,
            @ConfigProperty(name = "planmon.outbox.listen", defaultValue = "true") boolean enabled,
            DirectConnections connections,
            MeterRegistry registry) {
        this.signal = signal;
        this.outage = new OutageLog(OutboxListener.class, "outbox listener", registry);
        this.enabled = enabled;
        this.connections = connections;
    }

    void start(@Observes StartupEvent started) {
        if (!enabled) {
            return;
        }
        running = true;
        worker = new Thread(this::listen, "outbox-listener");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        running = false; // the thread sees it within a second (the wait for notifications is bounded)
        if (worker != null) {
            worker.join(3_000);
        }
    }

    private void listen() {
        long backoff = 500;
        while (running) {
            try (Connection c = connections.open("planmon-outbox-listener", Map.of())) {
                String channel = subscribe(c);
                LOG.debugf("Outbox relay listens on %s", channel);
                outage.worked();
                backoff = 500;
                signal.wake(); // commits made while no one listened
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(1_000);
                    if (notifications != null
                            && Arrays.stream(notifications).anyMatch(n -> !signal.rangAlready(n.getPID()))) {
                        signal.wake();
                    }
                }
            } catch (SQLException e) {
                if (!running) {
                    return;
                }
                outage.failed(e); // once per outage, not once per reconnection attempt
                LOG.debugf("Outbox listener reconnects in %d ms", backoff);
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    return;
                }
                backoff = Math.min(backoff * 2, 30_000);
            }
        }
    }

    /** Listens on the channel of the connection's schema (the trigger names the same one). */
    private static String subscribe(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            String channel;
            try (ResultSet r = s.executeQuery("select current_schema()")) {
                r.next();
                channel = CHANNEL_PREFIX + r.getString(1);
            }
            s.execute("listen \"" + channel.replace("\"", "") + "\"");
            return channel;
        }
    }
}
