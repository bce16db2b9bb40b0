package io.planmon.indicator.domain.evaluation;

import io.planmon.indicator.domain.Period;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Judges DECREASING and INCREASING against the previous period of the same frequency: strictly better ON_TRACK,
 * equal AT_RISK, worse OFF_TRACK. The kind, not the indicator's polarity, says which way is better.
 */
final class DirectionRule {
    private DirectionRule() {}

    static Evaluation evaluate(Polarity better, Situation s) {
        Period previous = Series.previous(s.period());
        Optional<BigDecimal> before = s.series().at(previous);
        String zhHead = Wording.zhValue(s) + "，";
        String enHead = Wording.enValue(s);
        if (before.isEmpty()) {
            return Evaluation.without(
                    Status.INSUFFICIENT_DATA,
                    zhHead + "上一期" + Wording.zh(previous) + "尚无数据，无法比较",
                    enHead + ": no value for the previous period " + previous + " to compare with");
        }
        BigDecimal change = s.actual().subtract(before.get());
        Status status = better.better(s.actual(), before.get())
                ? Status.ON_TRACK
                : change.signum() == 0 ? Status.AT_RISK : Status.OFF_TRACK;
        String wanted = better == Polarity.LOWER_IS_BETTER ? "应持续减少" : "应持续增加";
        String wantedEn = better == Polarity.LOWER_IS_BETTER ? "should keep falling" : "should keep rising";
        return Evaluation.against(
                status,
                s.actual(),
                before.get(),
                zhHead + "上一期" + Wording.zh(previous) + "为" + Wording.num(before.get()) + "，变化" + Wording.signed(change)
                        + "（" + wanted + "），" + status.zh(),
                enHead + " against " + Wording.num(before.get()) + " in " + previous + ": change "
                        + Wording.signed(change) + " (" + wantedEn + "), " + status.en());
    }
}
