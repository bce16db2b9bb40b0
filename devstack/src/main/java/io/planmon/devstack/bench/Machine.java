package io.planmon.devstack.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** What the figures were measured on: CPUs, memory and CPU model, as /proc tells them (Linux). */
final class Machine {
    private Machine() {}

    static String describe() {
        int cpus = Runtime.getRuntime().availableProcessors();
        String memory = line(Path.of("/proc/meminfo"), "MemTotal")
                .map(l -> String.format("%.1f GiB RAM", Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0))
                .orElse("RAM unknown");
        String model = line(Path.of("/proc/cpuinfo"), "model name")
                .map(l -> l.substring(l.indexOf(':') + 1).trim())
                .orElse("CPU model unknown");
        return cpus + " CPUs (nproc), " + memory + ", " + model;
    }

    private static Optional<String> line(Path file, String key) {
        try (var lines = Files.lines(file)) {
            return lines.filter(l -> l.startsWith(key)).findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
