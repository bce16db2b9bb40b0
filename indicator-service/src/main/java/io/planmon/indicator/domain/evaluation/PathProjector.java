package io.planmon.indicator.domain.evaluation;

import io.planmon.indicator.domain.evaluation.Outlook.CatchUp;
import io.planmon.indicator.domain.evaluation.Outlook.NoProjection;
import io.planmon.indicator.domain.evaluation.Series.Point;
import io.planmon.indicator.domain.evaluation.Target.PathTarget;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;

/**
 * Projects MULTIPLE_OF_BASE (compound trend) and TARGET_VALUE (linear trend) to the target year from the annual
 * values since the base year, the plan's own window; see {@link Trend} for the catch-up rate of each.
 */
final class PathProjector {
    private PathProjector() {}

    static Outlook project(PathTarget target, Series series, Polarity polarity, Status current) {
        Optional<BigDecimal> base = series.inYear(target.baseYear());
        if (base.isEmpty()) {
            return new NoProjection(
                    "缺少基期" + target.baseYear() + "年的数据，无法预测",
                    "no value for the base year " + target.baseYear() + " to project from");
        }
        List<Point> points = series.annualFrom(target.baseYear());
        Point latest = points.get(points.size() - 1);
        if (latest.year() >= target.targetYear()) {
            return NoProjection.targetYearReached(target.targetYear(), latest.year());
        }
        Path path = target.path(base.get(), polarity);
        // A compound rate from a value of 0 or less has no meaning; such a series gets no rate at all.
        boolean rateKnown = !path.compound() || latest.value().signum() > 0;
        CatchUp catchUp = rateKnown ? catchUp(path, latest, target.targetYear()) : null;
        if (points.size() < 3) {
            // The trend needs three values, the rate only the latest one: early in the plan period it is all there is.
            return rateKnown
                    ? NoProjection.tooFewPoints(points.size(), catchUp)
                    : NoProjection.tooFewPoints(points.size());
        }
        if (path.compound() && points.stream().anyMatch(p -> p.value().signum() <= 0)) {
            return new NoProjection("复合增长趋势要求各年数据均为正值，无法预测", "a compound trend needs positive values only");
        }
        BigDecimal projected = BigDecimal.valueOf(
                path.compound()
                        ? LeastSquares.compoundAt(points, target.targetYear())
                        : LeastSquares.linearAt(points, target.targetYear()));
        // Judged as shown (2 decimals): a trend that lands on the target to the cent reaches it.
        boolean reaches = path.reached(Wording.round2(projected));
        return Projection.of(
                target.targetYear(),
                projected,
                path.target(),
                reaches,
                catchUp.rate(),
                catchUp.trend(),
                current,
                "按" + target.baseYear() + "年以来的" + (path.compound() ? "复合增长" : "线性") + "趋势，"
                        + target.targetYear() + "年预计为" + Wording.num(projected) + "，" + (reaches ? "可达到" : "达不到")
                        + "目标值" + Wording.num(path.target()) + "；" + catchUp.reason(),
                "on the " + (path.compound() ? "compound" : "linear") + " trend since " + target.baseYear() + ", "
                        + Wording.num(projected) + " is projected for " + target.targetYear() + " against the target "
                        + Wording.num(path.target()) + (reaches ? ", reaching it" : ", missing it") + "; "
                        + catchUp.reasonEn());
    }

    /** Growth (compound, in %) or change (linear, in the unit) a year from the latest value to the target on time. */
    private static CatchUp catchUp(Path path, Point latest, int targetYear) {
        int years = targetYear - latest.year();
        BigDecimal rate = path.compound()
                ? BigDecimal.valueOf(
                        (Math.pow(path.target().doubleValue() / latest.value().doubleValue(), 1.0 / years) - 1) * 100)
                : path.target().subtract(latest.value()).divide(BigDecimal.valueOf(years), MathContext.DECIMAL64);
        String zhNeed = path.compound() ? "年均增长" + Wording.num(rate) + "%" : "年均变化" + Wording.signed(rate);
        String enNeed =
                path.compound() ? Wording.num(rate) + "% a year" : "a change of " + Wording.signed(rate) + " a year";
        return new CatchUp(
                targetYear,
                rate,
                path.compound() ? Trend.COMPOUND : Trend.LINEAR,
                "如期实现需自" + latest.year() + "年起" + zhNeed,
                "reaching it on time needs " + enNeed + " from " + latest.year());
    }
}
