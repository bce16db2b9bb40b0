package io.planmon.gateway.dashboard;

import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the few fields the tallies need, forgiving whatever a service leaves out: the services' answers may gain, lose
 * or rename fields without the summary failing.
 */
final class Fields {
    private Fields() {}

    /** A non-blank text member, or {@code fallback} when the member is absent, blank or not text. */
    static String text(JsonObject object, String name, String fallback) {
        return object != null && object.getValue(name) instanceof String value && !value.isBlank()
                ? value.strip()
                : fallback;
    }

    /** A member that is itself an object, or null. */
    static JsonObject object(JsonObject object, String name) {
        return object != null && object.getValue(name) instanceof JsonObject value ? value : null;
    }

    /** Counters for the known values, all at zero, in their order: dashboards find every key even when it is 0. */
    static Map<String, Integer> zeros(List<String> known) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        known.forEach(value -> counts.put(value, 0));
        return counts;
    }

    static JsonObject json(Map<String, Integer> counts) {
        return new JsonObject(new LinkedHashMap<>(counts));
    }
}
