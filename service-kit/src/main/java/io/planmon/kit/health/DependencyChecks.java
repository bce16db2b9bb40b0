package io.planmon.kit.health;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Checks the database, the broker and the outbox backlog on a thread of its own every few seconds, so that a health
 * probe answers at once from the last result: a probe that waits on a server that does not answer (the Kafka admin
 * client's 60 s) makes the orchestrator give up on a service that is in fact taking every write.
 */
@ApplicationScoped
public class DependencyChecks {
    private static final Logger LOG = Logger.getLogger(DependencyChecks.class);

    private final DatabaseProbe database;
    private final String bootstrapServers;
    private final Duration interval;
    private final Clock clock = Clock.systemUTC();
    private volatile DependencyState state = DependencyState.unknown();
    private ScheduledExecutorService checker;
    private Admin admin;

    public DependencyChecks(
            DatabaseProbe database,
            MeterRegistry registry,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "planmon.health.check-interval", defaultValue = "2s") Duration interval) {
        this.database = database;
        this.bootstrapServers = bootstrapServers;
        this.interval = interval;
        registry.gauge("planmon.outbox.oldest.pending.seconds", this, c -> c.state.outboxOldestPendingSeconds());
        registry.gauge("planmon.broker.reachable", this, c -> c.state.brokerUp() ? 1 : 0);
    }

    void start(@Observes StartupEvent started) {
        admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                1000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                1500,
                AdminClientConfig.CLIENT_ID_CONFIG,
                "planmon-health"));
        checker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "planmon-dependency-checks");
            thread.setDaemon(true);
            return thread;
        });
        checker.scheduleWithFixedDelay(this::check, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (checker != null) {
            checker.shutdownNow();
        }
        if (admin != null) {
            admin.close(Duration.ofSeconds(1));
        }
        database.close();
    }

    /** The last result; never waits. */
    public DependencyState state() {
        return state;
    }

    void check() {
        boolean databaseUp = false;
        String databaseProblem = null;
        long pending = 0;
        double oldest = 0;
        try {
            double[] backlog = database.outboxBacklog();
            pending = (long) backlog[0];
            oldest = backlog[1];
            databaseUp = true;
        } catch (Exception e) {
            databaseProblem = e.getMessage();
        }
        String brokerProblem = null;
        try {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs(1500))
                    .clusterId()
                    .get(2, TimeUnit.SECONDS);
        } catch (Exception e) {
            brokerProblem = e.getCause() != null ? e.getCause().getMessage() : String.valueOf(e.getMessage());
        } catch (Throwable fatal) {
            LOG.error("dependency check failed", fatal);
            throw fatal;
        }
        DependencyState previous = state;
        state = new DependencyState(
                databaseUp, databaseProblem, brokerProblem == null, brokerProblem, pending, oldest, clock.instant());
        if (previous.checkedAt() != null && previous.brokerUp() != state.brokerUp()) {
            if (state.brokerUp()) {
                LOG.infof("Kafka answers again; %d events wait in the outbox", pending);
            } else {
                LOG.warnf("Kafka does not answer (%s); writes go on into the outbox", brokerProblem);
            }
        }
    }
}
