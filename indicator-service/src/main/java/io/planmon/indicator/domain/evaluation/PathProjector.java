package io.planmon.indicator.domain.evaluation;

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
        int years = target.targetYear() - latest.year();
        if (years <= 0) {
            return NoProjection.targetYearReached(target.targetYear(), latest.year());
        }
        if (points.size() < 3) {
            return NoProjection.tooFewPoints(points.size());
        }
        Path path = target.path(base.get(), polarity);
        if (path.compound() && points.stream().anyMatch(p -> p.value().signum() <= 0)) {
            return new NoProjection("复合增长趋势要求各年数据均为正值，无法预测", "a compound trend needs positive values only");
        }
        BigDecimal projected = BigDecimal.valueOf(
                path.compound()
                        ? LeastSquares.compoundAt(points, target.targetYear())
                        : LeastSquares.linearAt(points, target.targetYear()));
        // Judged as shown (2 decimals): a trend that lands on the target to the cent reaches it.
        boolean reaches = path.reached(Wording.round2(projected));
        BigDecimal catchUp = path.compound()
                ? BigDecimal.valueOf(
                        (Math.pow(path.target().doubleValue() / latest.value().doubleValue(), 1.0 / years) - 1) * 100)
                : path.target().subtract(latest.value()).divide(BigDecimal.valueOf(years), MathContext.DECIMAL64);
        String zhNeed = path.compound() ? "年均增长" + Wording.num(catchUp) + "%" : "年均变化" + Wording.signed(catchUp);
        String enNeed = path.compound()
                ? Wording.num(catchUp) + "% a year"
                : "a change of " + Wording.signed(catchUp) + " a year";
        return Projection.of(
                target.targetYear(),
                projected,
                path.target(),
                reaches,
                catchUp,
                path.compound() ? Trend.COMPOUND : Trend.LINEAR,
                current,
                "按" + target.baseYear() + "年以来的" + (path.compound() ? "复合增长" : "线性") + "趋势，"
                        + target.targetYear() + "年预计为" + Wording.num(projected) + "，" + (reaches ? "可达到" : "达不到")
                        + "目标值" + Wording.num(path.target()) + "；如期实现需自" + latest.year() + "年起" + zhNeed,
                "on the " + (path.compound() ? "compound" : "linear") + " trend since " + target.baseYear() + ", "
                        + Wording.num(projected) + " is projected for " + target.targetYear() + " against the target "
                        + Wording.num(path.target()) + (reaches ? ", reaching it" : ", missing it")
                        + "; reaching it on time needs " + enNeed + " from " + latest.year());
    }
}
