package io.planmon.kit.http;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Reads the columns of native aggregate queries (summaries), whatever Java type the driver chose for them. */
public final class SqlValues {
    private SqlValues() {}

    /** A {@code timestamp with time zone} as an instant; null stays null. */
    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("not a time: " + value.getClass().getName());
    }

    /** A count or another whole number. */
    public static long number(Object value) {
        return ((Number) value).longValue();
    }

    /** The later of two instants, either of which may be null. */
    public static Instant newest(Instant a, Instant b) {
        return a == null || (b != null && b.isAfter(a)) ? b : a;
    }
}
