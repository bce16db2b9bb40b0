package io.planmon.indicator.domain.evaluation;

import io.planmon.indicator.domain.Period;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What one evaluation reads: the period and its value, the indicator's series and settings, and the reference
 * indicator's series for the kinds that compare with one (empty otherwise).
 */
public record Situation(
        Period period, BigDecimal actual, Series series, Series reference, Polarity polarity, Bands bands) {

    public Situation {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(polarity, "polarity");
        // The value being judged wins over what the series holds for its period: a revision may not be stored yet.
        // Copied only when it differs, so that evaluating a stored series period by period costs no copy per period.
        Series given = series == null ? Series.EMPTY : series;
        series = given.at(period).filter(actual::equals).isPresent() ? given : given.with(period, actual);
        reference = reference == null ? Series.EMPTY : reference;
        bands = bands == null ? Bands.DEFAULT : bands;
    }

    public int year() {
        return period.year();
    }
}
