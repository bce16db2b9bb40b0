package io.planmon.gateway.dashboard;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;

/** Counts tasks by status. */
final class TaskTally {
    /** A task whose entry carries no status. */
    static final String UNKNOWN = "UNKNOWN";

    // The task service's statuses (docs/tasks.md); one it adds later is counted under its own name.
    static final List<String> STATUSES = List.of("NOT_STARTED", "IN_PROGRESS", "BEHIND", "OVERDUE", "COMPLETED");

    private TaskTally() {}

    /** {@code {byStatus: {STATUS: n}, total}} of {@code GET /api/v1/tasks}. */
    static JsonObject of(JsonArray tasks) {
        Map<String, Integer> byStatus = Fields.zeros(STATUSES);
        int total = 0;
        for (Object entry : tasks) {
            if (entry instanceof JsonObject task) {
                byStatus.merge(Fields.text(task, "status", UNKNOWN), 1, Integer::sum);
                total++;
            }
        }
        return new JsonObject().put("byStatus", Fields.json(byStatus)).put("total", total);
    }
}
