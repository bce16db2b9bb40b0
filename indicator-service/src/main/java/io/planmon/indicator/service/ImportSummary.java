package io.planmon.indicator.service;

import java.util.List;

/**
 * What a batch push did: new values, new revisions, values sent again unchanged, and each rejected row with why.
 *
 * @param imported first values of a period
 * @param updated new revisions of a period that had another value
 */
public record ImportSummary(int imported, int updated, int unchanged, List<Rejected> rejected) {

    /** A row that was not stored; {@code field} names what is wrong with it (indicator, period, value, note). */
    public record Rejected(int index, String indicator, String period, String field, String message) {}
}
