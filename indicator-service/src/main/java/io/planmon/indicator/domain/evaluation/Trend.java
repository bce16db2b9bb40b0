package io.planmon.indicator.domain.evaluation;

/** How a projection was made, and so what its numbers mean. */
public enum Trend {
    /**
     * MULTIPLE_OF_BASE: log-linear least squares on the values; the catch-up rate is the compound growth needed a year,
     * in percent: ((target / latest)^(1 / (T − latestYear)) − 1) · 100.
     */
    COMPOUND,
    /**
     * TARGET_VALUE: linear least squares on the values; the catch-up rate is the change needed a year, in the
     * indicator's unit: (target − latest) / (T − latestYear).
     */
    LINEAR,
    /**
     * PEAK_BY_YEAR: linear least squares on the annual increases, projected to the peak year against a target increase
     * of 0; the catch-up rate is how much the increase must change a year to be 0 by then: (0 − latest increase) /
     * (P − latestYear).
     */
    ANNUAL_INCREASE
}
