package io.planmon.task.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.planmon.task.domain.Task;
import io.planmon.task.domain.TaskRepository;
import io.planmon.web.time.ClockProducer;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Re-evaluates every open task once a day (time passing alone makes a task behind or overdue) and once at start, so a
 * fresh deployment never shows yesterday's statuses. Tests call {@link #scan()} directly.
 */
@ApplicationScoped
public class StatusScan {
    private static final Logger LOG = Logger.getLogger(StatusScan.class);

    private final TaskRepository tasks;
    private final StatusUpdater updater;
    private final MeterRegistry registry;
    private final boolean onStart;

    public StatusScan(
            TaskRepository tasks,
            StatusUpdater updater,
            MeterRegistry registry,
            @ConfigProperty(name = "planmon.tasks.scan-on-start", defaultValue = "true") boolean onStart) {
        this.tasks = tasks;
        this.updater = updater;
        this.registry = registry;
        this.onStart = onStart;
    }

    void atStart(@Observes StartupEvent start) {
        if (onStart) {
            scan();
        }
    }

    @Scheduled(
            identity = "task-status-scan",
            cron = "${planmon.tasks.scan-cron:0 5 0 * * ?}",
            timeZone = ClockProducer.PLAN_ZONE,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        scan();
    }

    /** @return how many tasks changed status */
    @Transactional
    public int scan() {
        int changed = 0;
        int scanned = 0;
        for (Task task : tasks.open()) {
            scanned++;
            if (updater.refresh(task)) {
                changed++;
            }
        }
        registry.counter("planmon.tasks.scans").increment();
        LOG.infof("status scan of %s: %d open tasks, %d changed", updater.today(), scanned, changed);
        return changed;
    }
}
