package io.planmon.notification.domain.alert;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period as events name it ({@code 2026}, {@code 2026Q1}…{@code 2026Q4}, {@code 2026-01}…{@code
 * 2026-12}), only as far as alerts need it: whether one period is the very next of another.
 *
 * @param perYear periods in a year: 1 (annual), 4 (quarterly) or 12 (monthly)
 * @param ordinal the period's place in a count that never restarts: year × perYear + (index − 1)
 */
public record ReportingPeriod(int perYear, int ordinal) {
    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:Q([1-4])|-(0[1-9]|1[0-2]))?");

    public static Optional<ReportingPeriod> parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            return Optional.of(new ReportingPeriod(4, year * 4 + Integer.parseInt(m.group(2)) - 1));
        }
        if (m.group(3) != null) {
            return Optional.of(new ReportingPeriod(12, year * 12 + Integer.parseInt(m.group(3)) - 1));
        }
        return Optional.of(new ReportingPeriod(1, year));
    }

    /**
     * Whether {@code next} is the period right after {@code previous} in the same frequency (2026Q4 → 2027Q1); false
     * for a gap, another frequency, or text that is no period.
     */
    public static boolean follows(String previous, String next) {
        Optional<ReportingPeriod> before = parse(previous);
        Optional<ReportingPeriod> after = parse(next);
        return before.isPresent()
                && after.isPresent()
                && before.get().perYear == after.get().perYear
                && after.get().ordinal == before.get().ordinal + 1;
    }

    /**
     * Whether {@code period} is earlier than {@code than} in the same frequency, compared as text: a signal about an
     * earlier period than its alert's (a late revision) does not rewrite the alert. Null or another frequency: false.
     */
    public static boolean older(String period, String than) {
        return period != null && than != null && period.length() == than.length() && period.compareTo(than) < 0;
    }
}
