package io.planmon.gateway.dashboard;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts the indicator catalogue by plan area and status of the latest evaluation. */
final class IndicatorTally {
    /** An indicator that has no evaluation yet. */
    static final String NO_DATA = "NO_DATA";
    /** An indicator whose catalogue entry names no area. */
    static final String NO_AREA = "UNASSIGNED";

    // The indicator service's statuses (SPEC.md "Target kinds"); one it adds later is counted under its own name.
    static final List<String> STATUSES = List.of(
            "ON_TRACK",
            "AT_RISK",
            "OFF_TRACK",
            "ACHIEVED",
            "AWAITING_REFERENCE",
            "INSUFFICIENT_DATA",
            "NO_TARGET",
            NO_DATA);

    private IndicatorTally() {}

    /** {@code {byArea: {AREA: {STATUS: n}}, byStatus: {STATUS: n}, total}} of {@code GET /api/v1/indicators}. */
    static JsonObject of(JsonArray indicators) {
        Map<String, Map<String, Integer>> byArea = new TreeMap<>();
        Map<String, Integer> byStatus = Fields.zeros(STATUSES);
        int total = 0;
        for (Object entry : indicators) {
            if (!(entry instanceof JsonObject indicator)) {
                continue;
            }
            String area = Fields.text(indicator, "area", NO_AREA);
            String status = Fields.text(Fields.object(indicator, "latest"), "status", NO_DATA);
            byArea.computeIfAbsent(area, a -> Fields.zeros(STATUSES)).merge(status, 1, Integer::sum);
            byStatus.merge(status, 1, Integer::sum);
            total++;
        }
        JsonObject areas = new JsonObject();
        byArea.forEach((area, counts) -> areas.put(area, Fields.json(counts)));
        return new JsonObject()
                .put("byArea", areas)
                .put("byStatus", Fields.json(byStatus))
                .put("total", total);
    }
}
