package io.planmon.indicator.domain.evaluation;

import java.math.BigDecimal;

/**
 * The trend of the annual values carried to the target year (values to 2 decimals, catch-up rate to 2 decimals in the
 * unit its {@link Trend} states).
 *
 * @param projectedStatus ON_TRACK when the projected value reaches the target, OFF_TRACK otherwise
 * @param earlyWarning the projection misses the target while the current status is ON_TRACK
 */
public record Projection(
        int targetYear,
        BigDecimal projectedValue,
        BigDecimal targetValue,
        Status projectedStatus,
        BigDecimal catchUpRate,
        Trend trend,
        boolean earlyWarning,
        String reason,
        String reasonEn)
        implements Outlook {

    public Projection {
        projectedValue = Wording.round2(projectedValue);
        targetValue = Wording.round2(targetValue);
        catchUpRate = Wording.round2(catchUpRate);
    }

    /** Sets the projected status and the early warning from whether the trend reaches the target, and says so. */
    static Projection of(
            int targetYear,
            BigDecimal projectedValue,
            BigDecimal targetValue,
            boolean reaches,
            BigDecimal catchUpRate,
            Trend trend,
            Status current,
            String reason,
            String reasonEn) {
        boolean warn = !reaches && current == Status.ON_TRACK;
        return new Projection(
                targetYear,
                projectedValue,
                targetValue,
                reaches ? Status.ON_TRACK : Status.OFF_TRACK,
                catchUpRate,
                trend,
                warn,
                reason + (warn ? "；当前虽符合进度，但按趋势无法如期实现，提前预警" : ""),
                reasonEn + (warn ? "; early warning: on track now, but the trend misses the target" : ""));
    }
}
