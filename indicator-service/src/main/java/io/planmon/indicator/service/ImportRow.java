package io.planmon.indicator.service;

import java.math.BigDecimal;

/**
 * One row of a batch push as read from JSON or CSV. {@code problem} is set when the row could not even be read (a
 * value that is not a number, a missing field); such a row is rejected without touching the database.
 *
 * @param index the row's position among the rows, from 0
 */
public record ImportRow(
        int index, String indicator, String period, BigDecimal value, String note, String field, String problem) {

    public static ImportRow read(int index, String indicator, String period, BigDecimal value, String note) {
        return new ImportRow(index, indicator, period, value, note, null, null);
    }

    public static ImportRow unreadable(int index, String indicator, String period, String field, String problem) {
        return new ImportRow(index, indicator, period, null, null, field, field + ": " + problem);
    }
}
