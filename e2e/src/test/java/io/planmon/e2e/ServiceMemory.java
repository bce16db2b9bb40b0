package io.planmon.e2e;

import io.planmon.devstack.RunDirectory;
import io.planmon.devstack.Stack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much memory each service process used over the system tests: its resident set now and at its peak (VmRSS,
 * VmHWM of /proc), written to target/service-memory-<replicas>.txt when the platform stops. The Kubernetes resource requests
 * and limits are sized from these figures (docs/deployment.md, "Kubernetes manifests").
 */
final class ServiceMemory {
    private static final Pattern FIELD = Pattern.compile("^(VmRSS|VmHWM):\\s+(\\d+) kB$", Pattern.MULTILINE);

    private ServiceMemory() {}

    static void report(Stack stack, Path file) {
        StringBuilder report =
                new StringBuilder("service memory at the end of the system tests (MiB): resident, peak\n");
        for (Map.Entry<String, Long> server :
                RunDirectory.of(stack.config().dataDirectory()).pids().entrySet()) {
            Path status = Path.of("/proc", Long.toString(server.getValue()), "status");
            boolean service =
                    server.getKey().contains("-service") || server.getKey().startsWith("gateway");
            if (!service || !Files.exists(status)) {
                continue;
            }
            try {
                Matcher fields = FIELD.matcher(Files.readString(status));
                report.append(server.getKey());
                while (fields.find()) {
                    report.append(String.format(" %s=%d", fields.group(1), Long.parseLong(fields.group(2)) / 1024));
                }
                report.append('\n');
            } catch (IOException e) {
                report.append(server.getKey())
                        .append(" unreadable: ")
                        .append(e.getMessage())
                        .append('\n');
            }
        }
        try {
            Files.writeString(file, report);
        } catch (IOException e) {
            System.err.println("cannot write " + file + ": " + e.getMessage());
        }
        System.out.print(report);
    }
}
