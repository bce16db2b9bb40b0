package io.planmon.indicator.service;

import io.planmon.indicator.domain.StoredTarget;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The order in which a batch applies its indicators: a reference before the indicators that compare with it, so
 * that each is evaluated once, after its reference's new values are in; otherwise the order of first appearance.
 */
@ApplicationScoped
public class ImportOrder {

    List<String> referencesFirst(Map<String, List<AcceptedRow>> groups) {
        Map<String, String> referenceOf = new HashMap<>();
        groups.forEach((code, rows) -> StoredTarget.referenceOf(
                        StoredTarget.of(rows.get(0).indicator()))
                .filter(groups::containsKey)
                .ifPresent(reference -> referenceOf.put(code, reference)));
        Map<String, Integer> depth = new HashMap<>();
        groups.keySet().forEach(code -> depth.put(code, depth(code, referenceOf, groups.size())));
        List<String> codes = new ArrayList<>(groups.keySet());
        codes.sort(Comparator.comparingInt(depth::get)); // stable: first appearance within a depth
        return codes;
    }

    /** How many references of the batch lie below {@code code}; bounded, so that a cycle cannot loop. */
    private static int depth(String code, Map<String, String> referenceOf, int limit) {
        int depth = 0;
        for (String c = referenceOf.get(code); c != null && depth < limit; c = referenceOf.get(c)) {
            depth++;
        }
        return depth;
    }
}
