package io.planmon.devstack.bench;

import java.io.PrintStream;
import java.util.List;

/** The targets for the dashboard's reads (docs/performance.md), checked against one run's figures. */
final class Targets {
    static final double SUMMARY_PER_SECOND = 8_000;
    static final double SUMMARY_P99_MILLIS = 20;
    static final double CATALOGUE_PER_SECOND = 3_000;
    static final double CATALOGUE_NOT_MODIFIED_PER_SECOND = 10_000;
    /** The list-size limit: no list answer above this by default. */
    static final int LIST_LIMIT_BYTES = 64 * 1024;

    private Targets() {}

    /** Prints each target with the figure it is judged by; true when all are met and no answer was unexpected. */
    static boolean report(List<ReadRow> rows, List<DashboardReads.Answer> answers, PrintStream out) {
        boolean met = true;
        out.println("targets:");
        for (ReadRow row : rows) {
            String read = row.answer().read().name();
            if (read.equals("summary") && !row.conditional()) {
                met &= check(
                        out,
                        "summary ≥ 8,000 req/s",
                        row.planmon().perSecond() >= SUMMARY_PER_SECOND,
                        String.format("%.0f req/s", row.planmon().perSecond()));
                met &= check(
                        out,
                        "summary p99 ≤ 20 ms",
                        row.planmon().p99Millis() <= SUMMARY_P99_MILLIS,
                        String.format("%.2f ms", row.planmon().p99Millis()));
            }
            if (read.equals("catalogue")) {
                double wanted = row.conditional() ? CATALOGUE_NOT_MODIFIED_PER_SECOND : CATALOGUE_PER_SECOND;
                met &= check(
                        out,
                        "catalogue" + (row.conditional() ? " as 304s" : "") + String.format(" ≥ %,.0f req/s", wanted),
                        row.planmon().perSecond() >= wanted,
                        String.format("%.0f req/s", row.planmon().perSecond()));
            }
            if (row.planmon().unexpected(row.expectedStatus()) > 0) {
                met &= check(
                        out,
                        row.label() + ": every answer " + row.expectedStatus(),
                        false,
                        row.planmon().statuses().toString());
            }
        }
        for (DashboardReads.Answer answer : answers) {
            if (answer.read().list()) {
                met &= check(
                        out,
                        answer.read().name() + " ≤ 64 KB",
                        answer.body().length <= LIST_LIMIT_BYTES,
                        Machine.size(answer.body().length));
            }
        }
        return met;
    }

    private static boolean check(PrintStream out, String target, boolean met, String figure) {
        out.printf("  %-40s %-8s %s%n", target, met ? "met" : "NOT MET", figure);
        return met;
    }
}
