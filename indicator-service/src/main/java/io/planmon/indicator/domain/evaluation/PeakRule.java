package io.planmon.indicator.domain.evaluation;

import io.planmon.indicator.domain.Frequency;
import io.planmon.indicator.domain.evaluation.Series.Point;
import io.planmon.indicator.domain.evaluation.Target.PeakByYear;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Judges PEAK_BY_YEAR P on annual values. Up to P the increase must not accelerate; after P the value must not rise
 * above the highest value up to P.
 */
final class PeakRule {
    private PeakRule() {}

    static Evaluation evaluate(PeakByYear target, Situation s) {
        if (s.period().frequency() != Frequency.ANNUAL) {
            return Evaluation.without(
                    Status.INSUFFICIENT_DATA,
                    Wording.zh(s.period()) + "不是年度数据，达峰目标按年度评估",
                    s.period() + " is not an annual value; a peak target is evaluated on annual values");
        }
        return s.year() <= target.peakYear() ? beforePeak(target, s) : afterPeak(target, s);
    }

    /**
     * ON_TRACK when this year's increase ≤ last year's. A fall or standstill (increase ≤ 0) is always ON_TRACK: it is
     * not growth, even when last year fell faster. The two increases need the two preceding consecutive years.
     */
    private static Evaluation beforePeak(PeakByYear target, Situation s) {
        int y = s.year();
        Optional<BigDecimal> last = s.series().inYear(y - 1);
        Optional<BigDecimal> beforeLast = s.series().inYear(y - 2);
        String zhHead = Wording.zhValue(s) + "，";
        String enHead = Wording.enValue(s);
        if (last.isEmpty() || beforeLast.isEmpty()) {
            return Evaluation.without(
                    Status.INSUFFICIENT_DATA,
                    zhHead + "判断增量是否加快需要" + (y - 2) + "、" + (y - 1) + "年的数据",
                    enHead + ": telling whether growth accelerates needs the values of " + (y - 2) + " and " + (y - 1));
        }
        BigDecimal increase = s.actual().subtract(last.get());
        BigDecimal lastIncrease = last.get().subtract(beforeLast.get());
        BigDecimal allowed = lastIncrease.max(BigDecimal.ZERO);
        boolean steady = increase.compareTo(allowed) <= 0;
        Status status = steady ? Status.ON_TRACK : Status.AT_RISK;
        return Evaluation.against(
                status,
                s.actual(),
                last.get().add(allowed),
                zhHead + "较上年变化" + Wording.signed(increase) + "，上年变化" + Wording.signed(lastIncrease) + "，"
                        + (steady ? "增长未加快" : "增长加快") + "（" + target.peakYear() + "年前达峰），" + status.zh(),
                enHead + ": change " + Wording.signed(increase) + " after " + Wording.signed(lastIncrease)
                        + " the year before, " + (steady ? "not accelerating" : "accelerating") + " (peak by "
                        + target.peakYear() + "), " + status.en());
    }

    private static Evaluation afterPeak(PeakByYear target, Situation s) {
        Optional<BigDecimal> peak = s.series().annualFrom(Integer.MIN_VALUE).stream()
                .filter(p -> p.year() <= target.peakYear())
                .map(Point::value)
                .max(BigDecimal::compareTo);
        String zhHead = Wording.zhValue(s) + "，";
        String enHead = Wording.enValue(s);
        if (peak.isEmpty()) {
            return Evaluation.without(
                    Status.INSUFFICIENT_DATA,
                    zhHead + "缺少" + target.peakYear() + "年及以前的数据，无法确定峰值",
                    enHead + ": no value up to " + target.peakYear() + " to tell the peak from");
        }
        boolean above = s.actual().compareTo(peak.get()) > 0;
        Status status = above ? Status.OFF_TRACK : Status.ON_TRACK;
        return Evaluation.against(
                status,
                s.actual(),
                peak.get(),
                zhHead + (above ? "高于" : "未超过") + target.peakYear() + "年及以前的峰值" + Wording.num(peak.get()) + "，"
                        + status.zh(),
                enHead + (above ? " is above" : " is not above") + " the peak " + Wording.num(peak.get()) + " up to "
                        + target.peakYear() + ", " + status.en());
    }
}
