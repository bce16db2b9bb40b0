package io.planmon.gateway.dashboard;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Counts the open alerts (every state but RESOLVED) by severity and by state. */
final class AlertTally {
    static final String RESOLVED = "RESOLVED";
    static final String UNKNOWN = "UNKNOWN";
    static final List<String> SEVERITIES = List.of("CRITICAL", "WARNING", "INFO");
    static final List<String> OPEN_STATES = List.of("FIRING", "ACKNOWLEDGED");

    private AlertTally() {}

    /**
     * {@code {open: {SEVERITY: n}, byState: {STATE: n}, total, truncated}} of the lists of {@code GET /api/v1/alerts}
     * per open state. An alert found in two lists is counted once, and a resolved one not at all, in case a service
     * ignores the state filter. {@code truncated} says that a list came back full, so that there may be more.
     */
    static JsonObject of(List<JsonArray> lists, int limit) {
        Map<String, Integer> bySeverity = Fields.zeros(SEVERITIES);
        Map<String, Integer> byState = Fields.zeros(OPEN_STATES);
        Set<String> seen = new HashSet<>();
        boolean truncated = false;
        int total = 0;
        for (JsonArray alerts : lists) {
            truncated |= alerts.size() >= limit;
            for (Object entry : alerts) {
                if (!(entry instanceof JsonObject alert)) {
                    continue;
                }
                String state = Fields.text(alert, "state", UNKNOWN);
                Object id = alert.getValue("id");
                if (RESOLVED.equals(state) || (id != null && !seen.add(id.toString()))) {
                    continue;
                }
                bySeverity.merge(Fields.text(alert, "severity", UNKNOWN), 1, Integer::sum);
                byState.merge(state, 1, Integer::sum);
                total++;
            }
        }
        return new JsonObject()
                .put("open", Fields.json(bySeverity))
                .put("byState", Fields.json(byState))
                .put("total", total)
                .put("truncated", truncated);
    }
}
