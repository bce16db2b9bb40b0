package io.planmon.notification.service.digest;

import io.planmon.notification.domain.alert.Alert;
import io.planmon.notification.domain.alert.AlertRepository;
import io.planmon.notification.domain.alert.Condition;
import io.planmon.notification.domain.routing.AlertRule;
import io.planmon.notification.domain.routing.AlertRuleRepository;
import io.planmon.notification.domain.routing.Receiver;
import io.planmon.notification.domain.routing.ReceiverRepository;
import io.planmon.notification.service.alert.AlertView;
import io.planmon.notification.service.delivery.DeliveryPlanner;
import io.planmon.web.time.ClockProducer;
import io.planmon.web.time.PlanDay;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Once a day, queues to each mailbox a digest of the open, unsilenced alerts it hears, since immediate mail carries
 * only CRITICAL ones: a department mailbox hears its department's alerts, a mailbox without a department (the
 * monitoring office's) those that its rules route to it.
 */
@ApplicationScoped
public class DigestJob {
    private static final Logger LOG = Logger.getLogger(DigestJob.class);

    private final AlertRepository alerts;
    private final ReceiverRepository receivers;
    private final AlertRuleRepository rules;
    private final DeliveryPlanner planner;
    private final Clock clock;

    public DigestJob(
            AlertRepository alerts,
            ReceiverRepository receivers,
            AlertRuleRepository rules,
            DeliveryPlanner planner,
            Clock clock) {
        this.alerts = alerts;
        this.receivers = receivers;
        this.rules = rules;
        this.planner = planner;
        this.clock = clock;
    }

    @Scheduled(
            identity = "daily-digest",
            cron = "${planmon.alerts.digest-cron}",
            timeZone = ClockProducer.PLAN_ZONE,
            // A tick during shutdown would find the database already closed.
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        queueDigests();
    }

    /** @return how many digests were queued (a mailbox that hears no open alert gets none) */
    @Transactional
    public int queueDigests() {
        String day = PlanDay.today(clock).toString();
        List<Alert> open = alerts.openAlerts().stream()
                .filter(a -> !a.silenced())
                // a reminder is sent once, when it fires: a daily digest would repeat it
                .filter(a -> a.condition != Condition.DATA_DUE_SOON)
                .sorted(Comparator.comparing((Alert a) -> a.severity).reversed())
                .toList();
        List<AlertRule> allRules = rules.all();
        int queued = 0;
        for (Receiver mailbox : receivers.mailboxes()) {
            List<AlertView> heard = open.stream()
                    .filter(a -> hears(mailbox, a, allRules))
                    .map(AlertView::of)
                    .toList();
            if (!heard.isEmpty()) {
                planner.digest(mailbox, day, heard);
                queued++;
            }
        }
        LOG.infof("Queued %d daily digests for %s", queued, day);
        return queued;
    }

    private static boolean hears(Receiver mailbox, Alert alert, List<AlertRule> rules) {
        if (mailbox.department != null) {
            return mailbox.department.equals(alert.department);
        }
        return rules.stream().anyMatch(r -> r.receiverIds.contains(mailbox.id) && r.routes(alert));
    }
}
