package io.planmon.devstack.bench;

/**
 * One line of the read benchmark's table: a read through the gateway beside the static server's same bytes, and the
 * gateway's own CPU time per answer (its {@code process_cpu_time_ns_total} over the run), which on a shared machine says
 * more about its cost than the rate does.
 */
record ReadRow(
        DashboardReads.Answer answer,
        boolean conditional,
        LoadResult planmon,
        LoadResult ceiling,
        double gatewayCpuMicros) {

    static final String HEADER = String.format(
            "%-28s %9s | %10s %8s %8s %9s | %10s %8s %8s | %6s | %s",
            "read",
            "body",
            "planmon/s",
            "p50 ms",
            "p99 ms",
            "gw µs CPU",
            "static/s",
            "p50 ms",
            "p99 ms",
            "ratio",
            "unexpected");

    int expectedStatus() {
        return conditional ? 304 : 200;
    }

    String label() {
        return answer.read().name() + (conditional ? " (If-None-Match)" : "");
    }

    String format() {
        return String.format(
                "%-28s %9s | %10.0f %8.2f %8.2f %9.0f | %10.0f %8.2f %8.2f | %5.1f%% | %d planmon, %d static",
                label(),
                conditional ? "0 B" : Machine.size(answer.body().length),
                planmon.perSecond(),
                planmon.p50Millis(),
                planmon.p99Millis(),
                gatewayCpuMicros,
                ceiling.perSecond(),
                ceiling.p50Millis(),
                ceiling.p99Millis(),
                100 * planmon.perSecond() / ceiling.perSecond(),
                planmon.unexpected(expectedStatus()),
                ceiling.unexpected(expectedStatus()));
    }
}
