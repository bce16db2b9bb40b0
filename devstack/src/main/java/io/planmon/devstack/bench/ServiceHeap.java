package io.planmon.devstack.bench;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The heap of a service as its Prometheus metrics tell it: the sum of jvm_memory_used/max_bytes over heap pools. */
final class ServiceHeap {
    private static final Pattern LINE =
            Pattern.compile("^(jvm_memory_used_bytes|jvm_memory_max_bytes)\\{([^}]*)\\}\\s+(\\S+)", Pattern.MULTILINE);

    private ServiceHeap() {}

    /** Used and max heap in MiB. */
    record Reading(double usedMiB, double maxMiB) {
        @Override
        public String toString() {
            return String.format("%.0f of %.0f MiB", usedMiB, maxMiB);
        }
    }

    static Reading of(String prometheusText) {
        double used = 0;
        double max = 0;
        Matcher m = LINE.matcher(prometheusText);
        while (m.find()) {
            if (!m.group(2).contains("area=\"heap\"")) {
                continue;
            }
            double value = Double.parseDouble(m.group(3));
            if (m.group(1).equals("jvm_memory_used_bytes")) {
                used += value;
            } else if (value > 0) {
                max += value;
            }
        }
        return new Reading(used / 1024 / 1024, max / 1024 / 1024);
    }
}
