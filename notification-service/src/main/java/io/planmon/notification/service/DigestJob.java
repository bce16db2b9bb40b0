package io.planmon.notification.service;

import io.planmon.notification.domain.Alert;
import io.planmon.notification.domain.AlertRepository;
import io.planmon.notification.domain.Change;
import io.planmon.notification.domain.Receiver;
import io.planmon.notification.domain.ReceiverRepository;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Once a day, queues to each department mailbox a digest of the department's open, unsilenced alerts (the
 * immediate mails cover only CRITICAL ones).
 */
@ApplicationScoped
public class DigestJob {
    private static final Logger LOG = Logger.getLogger(DigestJob.class);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final AlertRepository alerts;
    private final ReceiverRepository receivers;
    private final DeliveryPlanner planner;
    private final MailContent mail;
    private final Clock clock;

    public DigestJob(
            AlertRepository alerts,
            ReceiverRepository receivers,
            DeliveryPlanner planner,
            MailContent mail,
            Clock clock) {
        this.alerts = alerts;
        this.receivers = receivers;
        this.planner = planner;
        this.mail = mail;
        this.clock = clock;
    }

    @Scheduled(
            identity = "daily-digest",
            cron = "${planmon.alerts.digest-cron:0 0 8 * * ?}",
            timeZone = "Asia/Shanghai",
            // A tick during shutdown would find the database already closed.
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        queueDigests();
    }

    /** @return how many digests were queued */
    @Transactional
    public int queueDigests() {
        String day = LocalDate.ofInstant(clock.instant(), SHANGHAI).toString();
        Map<String, List<Alert>> byDepartment = alerts.openAlerts().stream()
                .filter(a -> a.department != null && !a.silenced())
                .sorted(Comparator.comparing((Alert a) -> a.severity).reversed())
                .collect(Collectors.groupingBy(a -> a.department));
        int queued = 0;
        for (var entry : byDepartment.entrySet()) {
            List<AlertView> open = entry.getValue().stream().map(AlertView::of).toList();
            for (Receiver mailbox : receivers.mailboxesOf(entry.getKey())) {
                MailMessage digest = mail.digest(mailbox.email, entry.getKey(), day, open);
                planner.enqueue(null, mailbox, Change.DIGEST, planner.write(digest));
                queued++;
            }
        }
        LOG.infof("Queued %d daily digests for %s", queued, day);
        return queued;
    }
}
