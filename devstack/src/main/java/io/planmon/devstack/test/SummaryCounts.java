package io.planmon.devstack.test;

import java.util.Map;
import java.util.TreeMap;

/**
 * A summary's counts as the services' tests compare them with the list they summarise: a summary names every status
 * (0 included), a tally of the list only the ones it saw.
 */
public final class SummaryCounts {
    private SummaryCounts() {}

    /** The counts that are not 0, sorted by name (JSON numbers of any type, as a JSON path hands them out). */
    public static Map<String, Integer> nonZero(Map<String, ?> counts) {
        Map<String, Integer> kept = new TreeMap<>();
        counts.forEach((name, count) -> {
            int n = ((Number) count).intValue();
            if (n != 0) {
                kept.put(name, n);
            }
        });
        return kept;
    }
}
