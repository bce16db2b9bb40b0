package io.planmon.devstack.bench;

import java.util.ArrayList;
import java.util.List;

/** Repeated timings of one operation, in milliseconds, and their median. */
final class Timings {
    private final List<Double> millis = new ArrayList<>();

    void add(long nanos) {
        millis.add(nanos / 1e6);
    }

    double median() {
        List<Double> sorted = new ArrayList<>(millis);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    @Override
    public String toString() {
        return millis.stream().map(m -> String.format("%.0f", m)).toList().toString();
    }
}
