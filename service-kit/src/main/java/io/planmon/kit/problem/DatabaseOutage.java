package io.planmon.kit.problem;

import io.micrometer.core.instrument.MeterRegistry;
import io.planmon.web.problem.Problem;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Answers requests that failed on the database with a 503 (or 409) problem instead of a 500, and keeps the log
 * readable during an outage: one WARN when it starts, one INFO when the database answers again, and a counter for
 * every refused request in between, instead of an ERROR with a stack trace per request.
 */
@ApplicationScoped
public class DatabaseOutage {
    private static final Logger LOG = Logger.getLogger(DatabaseOutage.class);

    private final DataSource dataSource;
    private final MeterRegistry registry;
    private final AtomicReference<Instant> since = new AtomicReference<>();
    private final AtomicLong refused = new AtomicLong();

    public DatabaseOutage(DataSource dataSource, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.registry = registry;
        registry.gauge("planmon.database.outage", since, s -> s.get() == null ? 0 : 1);
    }

    /** The problem answer for a request that failed with {@code trouble}; notes the outage if it is one. */
    public Response answer(DatabaseTrouble trouble, Throwable failure, String path) {
        registry.counter("planmon.database.refused.requests", "trouble", trouble.name())
                .increment();
        if (trouble == DatabaseTrouble.UNAVAILABLE) {
            refused.incrementAndGet();
            if (since.compareAndSet(null, Instant.now())) {
                LOG.warnf("database unavailable (%s); requests get 503 until it answers again", rootMessage(failure));
            }
        } else {
            LOG.debugf(failure, "%s on %s", trouble, path);
        }
        String detail =
                switch (trouble) {
                    case UNAVAILABLE -> "the database cannot be reached; nothing was changed, retry later";
                    case BUSY -> "the data is busy with another change; nothing was changed, retry shortly";
                    default ->
                        "another change to the same data came first; nothing was changed, read it again and" + " retry";
                };
        Response.ResponseBuilder response = Response.fromResponse(ProblemMappers.respond(
                new Problem(trouble.type(), trouble.title(), trouble.status(), detail, path, List.of())));
        if (trouble.retryAfterSeconds() > 0) {
            response.header(HttpHeaders.RETRY_AFTER, trouble.retryAfterSeconds());
        }
        return response.build();
    }

    /** While an outage lasts, checks every few seconds whether the database answers again, to say so once. */
    @Scheduled(every = "${planmon.database.outage-check:5s}", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void checkRecovery() {
        Instant start = since.get();
        if (start == null) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid(1) && since.compareAndSet(start, null)) {
                LOG.infof(
                        "database answers again after %d s; %d requests were refused meanwhile",
                        Duration.between(start, Instant.now()).toSeconds(), refused.getAndSet(0));
            }
        } catch (Exception stillDown) {
            LOG.debugf("database still unavailable: %s", stillDown.getMessage());
        }
    }

    boolean inOutage() {
        return since.get() != null;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
