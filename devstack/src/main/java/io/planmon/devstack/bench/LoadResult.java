package io.planmon.devstack.bench;

import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * What one closed-loop run measured after its warm-up: answers per second and their latency, and every status seen,
 * so that a run that got refusals or errors is never mistaken for a fast one.
 *
 * @param statuses answers by HTTP status; -1 counts requests that failed without an answer
 * @param allAnswers answers including the warm-up's, for costs measured over the whole run
 */
record LoadResult(long answers, double seconds, Histogram latencyMicros, Map<Integer, Long> statuses, long allAnswers) {

    double perSecond() {
        return answers / seconds;
    }

    double p50Millis() {
        return latencyMicros.getValueAtPercentile(50) / 1000.0;
    }

    double p99Millis() {
        return latencyMicros.getValueAtPercentile(99) / 1000.0;
    }

    /** Answers with any status but the expected one, or none at all. */
    long unexpected(int expected) {
        return new TreeMap<>(statuses)
                .entrySet().stream()
                        .filter(entry -> entry.getKey() != expected)
                        .mapToLong(Map.Entry::getValue)
                        .sum();
    }
}
