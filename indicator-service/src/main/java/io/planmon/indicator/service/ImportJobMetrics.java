package io.planmon.indicator.service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The progress of asynchronous imports in the metrics: planmon_import_jobs_submitted_total,
 * planmon_import_jobs_rows_total{outcome}, planmon_import_jobs_finished_total{state}, planmon_import_jobs_chunk_seconds,
 * and the gauges planmon_import_jobs_running (in this instance) and planmon_import_jobs_queued (in the database).
 */
@ApplicationScoped
public class ImportJobMetrics {

    private final MeterRegistry registry;
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicLong queued = new AtomicLong();
    private final Timer chunks;

    public ImportJobMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("planmon.import.jobs.running", running, AtomicInteger::get)
                .description("import jobs this instance is running now")
                .register(registry);
        Gauge.builder("planmon.import.jobs.queued", queued, AtomicLong::get)
                .description("import jobs waiting for a worker, as last seen by this instance's worker")
                .register(registry);
        chunks = Timer.builder("planmon.import.jobs.chunk")
                .description("time to apply one chunk of an import job and record its progress")
                .register(registry);
    }

    void submitted() {
        registry.counter("planmon.import.jobs.submitted").increment();
    }

    void started() {
        running.incrementAndGet();
    }

    void stopped() {
        running.decrementAndGet();
    }

    void queued(long count) {
        queued.set(count);
    }

    void chunk(ImportSummary summary, Duration took) {
        chunks.record(took);
        registry.counter("planmon.import.jobs.rows", "outcome", "imported").increment(summary.imported());
        registry.counter("planmon.import.jobs.rows", "outcome", "updated").increment(summary.updated());
        registry.counter("planmon.import.jobs.rows", "outcome", "unchanged").increment(summary.unchanged());
        registry.counter("planmon.import.jobs.rows", "outcome", "rejected")
                .increment(summary.rejected().size());
    }

    void finished(String state) {
        registry.counter("planmon.import.jobs.finished", "state", state).increment();
    }
}
