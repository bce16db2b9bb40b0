package io.planmon.indicator.service;

import java.util.List;

/**
 * What a batch push did (or, in a dry run, would do): new values, new revisions, values sent again unchanged, each
 * rejected row with why, and per evaluated indicator the statuses the values produce.
 *
 * @param imported first values of a period
 * @param updated new revisions of a period that had another value
 * @param dryRun true when nothing was stored: the counts and statuses say what storing would have done
 * @param evaluations one entry per indicator evaluated: those with stored rows and those that use them as their
 *     reference, in the order they were evaluated
 */
public record ImportSummary(
        int imported,
        int updated,
        int unchanged,
        List<Rejected> rejected,
        boolean dryRun,
        List<Evaluated> evaluations) {

    public ImportSummary(int imported, int updated, int unchanged, List<Rejected> rejected) {
        this(imported, updated, unchanged, rejected, false, List.of());
    }

    /** A row that was not stored; {@code field} names what is wrong with it (indicator, period, value, note). */
    public record Rejected(int index, String indicator, String period, String field, String message) {}

    /**
     * One indicator's evaluation after the batch.
     *
     * @param from the earliest period evaluated: the periods from it to the latest were evaluated again
     * @param periods how many periods with a value were evaluated
     * @param latestPeriod the indicator's latest evaluated period and its status (null when it has none)
     * @param changes every period whose status the batch changed (a first evaluation changes from null)
     */
    public record Evaluated(
            String indicator,
            String from,
            int periods,
            String latestPeriod,
            String latestStatus,
            List<StatusMove> changes) {}

    /** A period's status before and after the batch. */
    public record StatusMove(String period, String previousStatus, String status) {}
}
