package io.planmon.task.service;

import io.planmon.task.domain.StatusRule;
import io.planmon.task.domain.Task;
import io.planmon.task.domain.TaskStatus;
import io.planmon.task.messaging.TaskEvents;
import io.planmon.web.time.PlanDay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.jboss.logging.Logger;

/** Applies the status rule to a task and, in the same transaction, announces a change and a task falling overdue. */
@ApplicationScoped
public class StatusUpdater {
    private static final Logger LOG = Logger.getLogger(StatusUpdater.class);

    private final Clock clock;
    private final TaskEvents events;

    public StatusUpdater(Clock clock, TaskEvents events) {
        this.clock = clock;
        this.events = events;
    }

    /** A task falls due at the district's midnight, whatever zone the clock runs in. */
    public LocalDate today() {
        return PlanDay.today(clock);
    }

    /** @return whether the status changed */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean refresh(Task task) {
        StatusRule.Result result = StatusRule.evaluate(task.statusInput(), today());
        task.statusReason = result.reason();
        if (result.status() == task.status) {
            return false;
        }
        TaskStatus previous = task.status;
        task.status = result.status();
        task.statusChangedAt = Instant.now(clock);
        events.statusChanged(task, previous);
        if (task.status == TaskStatus.OVERDUE) {
            events.overdue(task);
        }
        LOG.infof("task %s (%d) %s -> %s: %s", task.code, task.id, previous, task.status, task.statusReason);
        return true;
    }
}
