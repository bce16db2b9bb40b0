package io.planmon.indicator.rest;

import io.planmon.indicator.domain.TargetChange;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** One change of a target: the old and the new target in the shape of a PUT body, who and when. */
public record TargetChangeView(
        Map<String, Object> previous, Map<String, Object> target, String changedBy, Instant changedAt) {

    static TargetChangeView of(TargetChange c) {
        return new TargetChangeView(
                body(c.previousKind, c.previousParams, c.previousBands),
                body(c.kind, c.params, c.bands),
                c.changedBy,
                c.changedAt);
    }

    private static Map<String, Object> body(String kind, Map<String, Object> params, Map<String, Object> bands) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        if (params != null) {
            body.putAll(params);
        }
        if (bands != null) {
            body.put("bands", bands);
        }
        return body;
    }
}
