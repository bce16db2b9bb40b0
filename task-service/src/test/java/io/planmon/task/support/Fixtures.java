package io.planmon.task.support;

import io.planmon.task.domain.Assignment;
import io.planmon.task.service.TaskCommand;
import java.time.LocalDate;
import java.util.List;

/** Synthetic tasks for tests, created straight through the service so that any identity can then act on them. */
public final class Fixtures {
    private Fixtures() {}

    /** A synthetic task of article 20 with two milestones: one at {@code firstMilestone}, one on the due date. */
    public static TaskCommand task(
            String lead,
            List<String> co,
            LocalDate start,
            LocalDate due,
            LocalDate firstMilestone,
            String... indicators) {
        return new TaskCommand(
                TaskApi.uniqueCode(),
                20,
                "测试任务（合成数据）",
                "Test task (synthetic data)",
                null,
                lead,
                co,
                Assignment.CONFIRMED,
                start,
                due,
                List.of(
                        new TaskCommand.MilestoneCommand(null, "第一步", "Step one", firstMilestone),
                        new TaskCommand.MilestoneCommand(null, "完成", "Done", due)),
                List.of(indicators));
    }

    /** 2026-01-01 to 2030-12-31, led by TRANSPORT with QINGPU_NEW_CITY, first milestone at the end of 2027. */
    public static TaskCommand transportTask(String... indicators) {
        return task(
                "TRANSPORT",
                List.of("QINGPU_NEW_CITY"),
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2030, 12, 31),
                LocalDate.of(2027, 12, 31),
                indicators);
    }
}
