package io.planmon.indicator.domain.evaluation;

import io.planmon.indicator.domain.Frequency;
import io.planmon.indicator.domain.evaluation.Target.PathTarget;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/** Judges MULTIPLE_OF_BASE and TARGET_VALUE: the progress ratio p = (actual − base) / (expected − base) in the bands. */
final class PathRule {
    private PathRule() {}

    static Evaluation evaluate(PathTarget target, Situation s) {
        if (s.period().frequency() != Frequency.ANNUAL) {
            return Evaluation.without(
                    Status.INSUFFICIENT_DATA,
                    Wording.zh(s.period()) + "不是年度数据，路径目标按年度评估",
                    s.period() + " is not an annual value; path targets are evaluated on annual values");
        }
        if (s.year() < target.baseYear()) {
            // Values before the base year are history the path starts from, not a shortfall against it.
            return Evaluation.without(
                    Status.NO_TARGET,
                    s.year() + "年早于基期" + target.baseYear() + "年，目标路径自基期起算",
                    s.year() + " precedes the base year " + target.baseYear() + " from which the path starts");
        }
        Optional<BigDecimal> base = s.series().inYear(target.baseYear());
        if (base.isEmpty()) {
            return Evaluation.without(
                    Status.INSUFFICIENT_DATA,
                    "缺少基期" + target.baseYear() + "年的数据，无法计算" + s.year() + "年应达值",
                    "no value for the base year " + target.baseYear() + ", so nothing is expected for " + s.year()
                            + " yet");
        }
        Path path = target.path(base.get(), s.polarity());
        BigDecimal actual = s.actual();
        String zhHead = Wording.zhValue(s) + "，";
        String enHead = Wording.enValue(s);
        if (s.year() >= path.targetYear() && path.reached(actual)) {
            return Evaluation.against(
                    Status.ACHIEVED,
                    actual,
                    path.target(),
                    zhHead + "已达到" + path.zhGoal() + "的目标值" + Wording.num(path.target()) + "，目标已实现",
                    enHead + " meets the target " + Wording.num(path.target()) + " of " + path.en() + ": achieved");
        }
        BigDecimal expected = path.expectedAt(s.year());
        String zhExpected = zhHead + path.zh() + "应达" + Wording.num(expected) + "，";
        String enExpected = enHead + " against " + Wording.num(expected) + " expected on " + path.en();
        if (expected.compareTo(path.base()) == 0) {
            return flat(path, actual, expected, zhExpected, enExpected);
        }
        BigDecimal ratio = actual.subtract(path.base()).divide(expected.subtract(path.base()), MathContext.DECIMAL64);
        // The bands judge the ratio as shown (3 decimals), so that a shown 0.950 is never called AT_RISK.
        Status status = s.bands().classify(Wording.round3(ratio));
        return new Evaluation(
                status,
                expected,
                actual.subtract(expected),
                null,
                ratio,
                zhExpected + "进度比" + Wording.ratio(ratio) + "，" + status.zh(),
                enExpected + ": progress ratio " + Wording.ratio(ratio) + ", " + status.en());
    }

    /**
     * No movement is expected yet (the base year itself, or a factor of 1 / a target equal to the base): the ratio
     * would divide by zero, so it is left out and the value is judged against the expected one directly: not worse
     * is ON_TRACK, worse is OFF_TRACK (with nothing to make progress on, there is no "partly behind").
     */
    private static Evaluation flat(Path path, BigDecimal actual, BigDecimal expected, String zh, String en) {
        boolean holds = path.direction().notWorse(actual, expected);
        Status status = holds ? Status.ON_TRACK : Status.OFF_TRACK;
        return Evaluation.against(
                status,
                actual,
                expected,
                zh + "尚不要求变化，" + (holds ? "已达到" : "未达到") + "应达值，" + status.zh(),
                en + " (no change expected yet): " + (holds ? "holds it" : "falls short of it") + ", " + status.en());
    }
}
