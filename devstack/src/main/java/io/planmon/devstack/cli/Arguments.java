package io.planmon.devstack.cli;

import java.util.List;
import java.util.Set;

/** The command line, parsed: a command name and what follows it. */
record Arguments(String command, List<String> rest) {

    static final List<String> BENCHMARKS = List.of("ingest", "latency", "read");

    static final Set<String> COMMANDS = Set.of("up", "down", "status", "logs", "bench", "help");

    /** Parses {@code up [--infra-only | --bench] | down | status | logs <name> | bench <name> | help}. */
    static Arguments parse(String... args) {
        if (args.length == 0 || Set.of("help", "-h", "--help").contains(args[0])) {
            return new Arguments("help", List.of());
        }
        String command = args[0];
        List<String> rest = List.of(args).subList(1, args.length);
        if (!COMMANDS.contains(command)) {
            throw new UsageException("unknown command '" + command + "'");
        }
        switch (command) {
            case "up" -> {
                if (rest.size() > 1
                        || !rest.isEmpty() && !Set.of("--infra-only", "--bench").contains(rest.get(0))) {
                    throw new UsageException("up takes --infra-only or --bench, got " + String.join(" ", rest));
                }
            }
            case "bench" -> {
                if (rest.size() != 1 || !BENCHMARKS.contains(rest.get(0))) {
                    throw new UsageException(
                            "bench needs one of " + String.join(", ", BENCHMARKS) + ", e.g. ./planmon bench ingest");
                }
            }
            case "logs" -> {
                if (rest.size() != 1) {
                    throw new UsageException("logs needs one name, e.g. ./planmon logs gateway");
                }
            }
            default -> {
                if (!rest.isEmpty()) {
                    throw new UsageException(command + " takes no arguments");
                }
            }
        }
        return new Arguments(command, rest);
    }

    boolean has(String flag) {
        return rest.contains(flag);
    }

    /** The command line was wrong; the message says how. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
