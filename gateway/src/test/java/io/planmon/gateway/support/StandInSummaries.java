package io.planmon.gateway.support;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The counts a stand-in answers at its summary endpoint, taken from its synthetic collection the way the services take
 * them with their aggregate queries (the summary contract): every known status present, 0 when none.
 */
final class StandInSummaries {
    static final String AS_OF = "2026-05-01T08:00:00Z";
    private static final List<String> INDICATOR_STATUSES = List.of(
            "ON_TRACK",
            "AT_RISK",
            "OFF_TRACK",
            "ACHIEVED",
            "AWAITING_REFERENCE",
            "INSUFFICIENT_DATA",
            "NO_TARGET",
            "NO_DATA");
    private static final List<String> TASK_STATUSES =
            List.of("NOT_STARTED", "IN_PROGRESS", "BEHIND", "OVERDUE", "COMPLETED");
    private static final List<String> SEVERITIES = List.of("CRITICAL", "WARNING", "INFO");
    private static final List<String> OPEN_STATES = List.of("FIRING", "ACKNOWLEDGED");

    private StandInSummaries() {}

    static JsonObject of(String route, JsonArray items, Predicate<JsonObject> visible) {
        return switch (route) {
            case "indicators" -> indicators(items);
            case "tasks" -> tasks(items);
            default -> alerts(items, visible);
        };
    }

    private static JsonObject indicators(JsonArray items) {
        Map<String, Map<String, Integer>> byArea = new TreeMap<>();
        Map<String, Integer> byStatus = zeros(INDICATOR_STATUSES);
        for (JsonObject indicator : objects(items)) {
            JsonObject latest = indicator.getJsonObject("latest");
            String status = latest == null ? null : latest.getString("status");
            status = status == null ? "NO_DATA" : status;
            byArea.computeIfAbsent(indicator.getString("area", "UNASSIGNED"), area -> zeros(INDICATOR_STATUSES))
                    .merge(status, 1, Integer::sum);
            byStatus.merge(status, 1, Integer::sum);
        }
        JsonObject areas = new JsonObject();
        byArea.forEach((area, counts) -> areas.put(area, new JsonObject(new LinkedHashMap<>(counts))));
        return new JsonObject()
                .put("byArea", areas)
                .put("byStatus", new JsonObject(new LinkedHashMap<>(byStatus)))
                .put("total", items.size())
                .put("asOf", AS_OF);
    }

    private static JsonObject tasks(JsonArray items) {
        Map<String, Integer> byStatus = zeros(TASK_STATUSES);
        objects(items).forEach(task -> byStatus.merge(task.getString("status"), 1, Integer::sum));
        return new JsonObject()
                .put("byStatus", new JsonObject(new LinkedHashMap<>(byStatus)))
                .put("total", items.size())
                .put("asOf", AS_OF);
    }

    private static JsonObject alerts(JsonArray items, Predicate<JsonObject> visible) {
        Map<String, Integer> bySeverity = zeros(SEVERITIES);
        Map<String, Integer> byState = zeros(OPEN_STATES);
        int total = 0;
        for (JsonObject alert : objects(items)) {
            if (visible.test(alert) && !alert.getString("state").equals("RESOLVED")) {
                bySeverity.merge(alert.getString("severity"), 1, Integer::sum);
                byState.merge(alert.getString("state"), 1, Integer::sum);
                total++;
            }
        }
        return new JsonObject()
                .put("open", new JsonObject(new LinkedHashMap<>(bySeverity)))
                .put("byState", new JsonObject(new LinkedHashMap<>(byState)))
                .put("total", total)
                .put("asOf", AS_OF);
    }

    private static List<JsonObject> objects(JsonArray items) {
        return items.stream().map(JsonObject.class::cast).toList();
    }

    private static Map<String, Integer> zeros(List<String> known) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        known.forEach(value -> counts.put(value, 0));
        return counts;
    }
}
