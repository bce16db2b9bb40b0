package io.planmon.indicator.domain.evaluation;

import io.planmon.indicator.domain.evaluation.Outlook.CatchUp;
import io.planmon.indicator.domain.evaluation.Outlook.NoProjection;
import io.planmon.indicator.domain.evaluation.Series.Point;
import io.planmon.indicator.domain.evaluation.Target.PeakByYear;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Projects PEAK_BY_YEAR: a trend of the values themselves cannot turn, so the projection follows the annual increase
 * instead and asks whether it is down to 0 (the peak) by the peak year.
 */
final class PeakProjector {
    private static final String TOO_FEW = "达峰趋势需要至少连续3年的数据";
    private static final String TOO_FEW_EN = "a peak trend needs at least 3 annual values in consecutive years";

    private PeakProjector() {}

    static Outlook project(PeakByYear target, Series series, Status current) {
        List<Point> values = series.annualFrom(Integer.MIN_VALUE);
        if (values.isEmpty()) {
            return NoProjection.tooFewPoints(0);
        }
        Point latest = values.get(values.size() - 1);
        if (latest.year() >= target.peakYear()) {
            return NoProjection.targetYearReached(target.peakYear(), latest.year());
        }
        List<Point> increases = increases(values);
        if (increases.isEmpty()) {
            return new NoProjection(TOO_FEW, TOO_FEW_EN);
        }
        CatchUp catchUp = catchUp(target, increases.get(increases.size() - 1));
        if (increases.size() < 2) {
            // No trend of the increase yet, but how fast it must fall is known from the one there is.
            return new NoProjection(TOO_FEW + "；" + catchUp.reason(), TOO_FEW_EN + "; " + catchUp.reasonEn(), catchUp);
        }
        BigDecimal projected = BigDecimal.valueOf(LeastSquares.linearAt(increases, target.peakYear()));
        boolean reaches = Wording.round2(projected).signum() <= 0;
        return Projection.of(
                target.peakYear(),
                projected,
                BigDecimal.ZERO,
                reaches,
                catchUp.rate(),
                catchUp.trend(),
                current,
                "按年增量的线性趋势，" + target.peakYear() + "年增量预计为" + Wording.signed(projected) + "，" + (reaches ? "可" : "难以")
                        + "如期达峰；" + catchUp.reason(),
                "on the linear trend of the annual increase, the increase in " + target.peakYear() + " is projected at "
                        + Wording.signed(projected) + (reaches ? ", peaking on time" : ", not peaking on time") + "; "
                        + catchUp.reasonEn());
    }

    /** How much the latest annual increase must change each year to be 0 in the peak year. */
    private static CatchUp catchUp(PeakByYear target, Point latestIncrease) {
        BigDecimal rate = latestIncrease
                .value()
                .negate()
                .divide(BigDecimal.valueOf(target.peakYear() - latestIncrease.year()), MathContext.DECIMAL64);
        return new CatchUp(
                target.peakYear(),
                rate,
                Trend.ANNUAL_INCREASE,
                "最新年增量" + Wording.signed(latestIncrease.value()) + "，需每年变化" + Wording.signed(rate),
                "the latest increase " + Wording.signed(latestIncrease.value()) + " needs to change by "
                        + Wording.signed(rate) + " a year");
    }

    /** The increase of each year over the year before, only where both years have a value. */
    private static List<Point> increases(List<Point> values) {
        List<Point> increases = new ArrayList<>();
        for (int i = 1; i < values.size(); i++) {
            Point before = values.get(i - 1);
            Point now = values.get(i);
            if (now.year() == before.year() + 1) {
                increases.add(new Point(now.year(), now.value().subtract(before.value())));
            }
        }
        return increases;
    }
}
