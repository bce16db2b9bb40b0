package io.planmon.kit.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * The log of a background job that fails round after round because something it needs (the database, mostly) is down:
 * one WARN when the failures start, one INFO when a round works again (how long, how many rounds failed), DEBUG in
 * between, and the counter {@code planmon_job_failures_total{job}} for every failed round; not a WARN or an ERROR with
 * a stack trace every second, which buried everything else during an outage. Thread-safe.
 */
public final class OutageLog {
    private final Logger log;
    private final String job;
    private final Counter failures;
    private final Clock clock;
    private Instant since;
    private long failed;

    public OutageLog(Class<?> owner, String job, MeterRegistry registry) {
        this(Logger.getLogger(owner), job, registry.counter("planmon.job.failures", "job", job), Clock.systemUTC());
    }

    OutageLog(Logger log, String job, Counter failures, Clock clock) {
        this.log = log;
        this.job = job;
        this.failures = failures;
        this.clock = clock;
    }

    /** A round failed: a WARN if it is the first of an outage, else DEBUG. */
    public synchronized void failed(Throwable failure) {
        failures.increment();
        failed++;
        if (since == null) {
            since = clock.instant();
            log.warnf("%s failed (%s); it keeps trying and says so once it works again", job, rootMessage(failure));
        } else {
            log.debugf(failure, "%s failed again", job);
        }
    }

    /** A round worked: an INFO if it ends an outage, else nothing. */
    public synchronized void worked() {
        if (since == null) {
            return;
        }
        log.infof(
                "%s works again after %d s; %d round(s) failed meanwhile",
                job, Duration.between(since, clock.instant()).toSeconds(), failed);
        since = null;
        failed = 0;
    }

    /** Whether the last round failed. */
    public synchronized boolean failing() {
        return since != null;
    }

    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
