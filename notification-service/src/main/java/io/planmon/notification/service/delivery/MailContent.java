package io.planmon.notification.service.delivery;

import io.planmon.notification.config.DepartmentNames;
import io.planmon.notification.domain.alert.Change;
import io.planmon.notification.domain.routing.Receiver;
import io.planmon.notification.service.alert.AlertView;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.stream.Collectors;

/** Writes the immediate mail of a CRITICAL alert and a mailbox's daily digest, in Chinese and English. */
@ApplicationScoped
class MailContent {
    private final DepartmentNames departments;

    public MailContent(DepartmentNames departments) {
        this.departments = departments;
    }

    public MailMessage immediate(String to, Change change, AlertView a) {
        String subject = "[planmon][%s] %s %s %s"
                .formatted(a.severity(), change, a.subjectCode(), a.period() == null ? "" : a.period())
                .strip();
        return new MailMessage(to, subject, describe(a) + "\n\n" + change + " / " + a.state() + "\n");
    }

    /** A department mailbox's digest is headed by the department's name, an office mailbox's by its own. */
    public MailMessage digest(Receiver mailbox, String day, List<AlertView> open) {
        String heading = mailbox.department != null ? departments.of(mailbox.department) : mailbox.name;
        String subject = "[planmon] %s 每日预警摘要 / daily alert digest %s (%d)".formatted(heading, day, open.size());
        String body = open.isEmpty()
                ? "没有未解决的预警。No open alerts.\n"
                : open.stream().map(MailContent::describe).collect(Collectors.joining("\n\n---\n\n"));
        return new MailMessage(mailbox.email, subject, body);
    }

    static String describe(AlertView a) {
        StringBuilder text = new StringBuilder();
        text.append("%s %s: %s (%s)\n".formatted(a.severity(), a.condition(), a.subjectName(), a.subjectCode()));
        text.append("部门 Department: %s · 第%s条 Article %s · 期 Period: %s · 状态 Status: %s\n"
                .formatted(a.department(), a.article(), a.article(), a.period(), a.status()));
        if (a.reason() != null) {
            text.append(a.reason()).append('\n');
        }
        if (a.reasonEn() != null) {
            text.append(a.reasonEn()).append('\n');
        }
        a.numbers()
                .forEach((k, v) ->
                        text.append("  ").append(k).append(" = ").append(v).append('\n'));
        text.append("Link: ").append(a.self()).append('\n');
        text.append("对象 Subject: ").append(a.link());
        return text.toString();
    }
}
