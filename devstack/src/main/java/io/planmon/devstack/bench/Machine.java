package io.planmon.devstack.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The machine a benchmark ran on, for the figures to be read against: CPUs, CPU model, Java, load. */
final class Machine {
    private Machine() {}

    static String describe() {
        return Runtime.getRuntime().availableProcessors() + " CPUs (nproc), " + cpuModel() + ", Java "
                + Runtime.version() + " (" + System.getProperty("java.vm.name") + "), " + load();
    }

    /** The 1, 5 and 15 minute load averages: on a shared machine, how much else was running. */
    static String load() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return "load average " + fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "load average unknown";
        }
    }

    static String size(long bytes) {
        return bytes < 1024 ? bytes + " B" : String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .findFirst()
                    .orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }
}
