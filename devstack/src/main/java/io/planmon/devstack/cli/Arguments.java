package io.planmon.devstack.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The command line, parsed: a command name and what follows it. */
record Arguments(String command, List<String> rest) {

    static final List<String> BENCHMARKS = List.of("ingest", "latency", "read");

    static final Set<String> COMMANDS = Set.of("up", "down", "status", "logs", "bench", "help");

    /**
     * Parses {@code up [--infra-only | --bench] [--replicas N] | down | status | logs <name> | bench <name> | help}.
     */
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
            case "up" -> checkUp(rest);
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

    /** How many instances of each data service {@code up} runs: {@code --replicas N}, else 1. */
    int replicas() {
        int at = rest.indexOf("--replicas");
        return at < 0 ? 1 : Integer.parseInt(rest.get(at + 1));
    }

    private static void checkUp(List<String> rest) {
        List<String> flags = new ArrayList<>(rest);
        int replicas = flags.indexOf("--replicas");
        if (replicas >= 0) {
            if (replicas + 1 >= flags.size() || !Set.of("1", "2").contains(flags.get(replicas + 1))) {
                throw new UsageException("--replicas takes 1 or 2, e.g. ./planmon up --replicas 2");
            }
            flags.subList(replicas, replicas + 2).clear();
        }
        if (flags.size() > 1
                || !flags.isEmpty() && !Set.of("--infra-only", "--bench").contains(flags.get(0))) {
            throw new UsageException(
                    "up takes --infra-only or --bench, and --replicas N, got " + String.join(" ", rest));
        }
    }

    /** The command line was wrong; the message says how. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
