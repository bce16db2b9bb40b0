package io.planmon.indicator.domain.evaluation;

import io.planmon.indicator.domain.evaluation.Target.Ceiling;
import io.planmon.indicator.domain.evaluation.Target.Floor;
import io.planmon.indicator.domain.evaluation.Target.Range;
import java.math.BigDecimal;

/** Judges RANGE, CEILING and FLOOR: fixed bounds, where a value at a bound is still inside. */
final class LimitRule {
    private LimitRule() {}

    /** Inside [min, max] ON_TRACK; outside by at most the tolerance AT_RISK; further out OFF_TRACK. */
    static Evaluation range(Range target, Situation s) {
        BigDecimal actual = s.actual();
        String zhHead = Wording.zhValue(s) + "，";
        String enHead = Wording.enValue(s);
        String bounds = "[" + Wording.num(target.min()) + ", " + Wording.num(target.max()) + "]";
        boolean below = actual.compareTo(target.min()) < 0;
        boolean above = actual.compareTo(target.max()) > 0;
        if (!below && !above) {
            // Inside there is no bound to measure against: expected and gap stay empty.
            return Evaluation.without(
                    Status.ON_TRACK,
                    zhHead + "在合理区间" + bounds + "内，" + Status.ON_TRACK.zh(),
                    enHead + " is inside the range " + bounds + ", " + Status.ON_TRACK.en());
        }
        BigDecimal crossed = below ? target.min() : target.max();
        BigDecimal outside = actual.subtract(crossed).abs();
        Status status = outside.compareTo(target.tolerance()) <= 0 ? Status.AT_RISK : Status.OFF_TRACK;
        return Evaluation.against(
                status,
                actual,
                crossed,
                zhHead + (below ? "低于" : "高于") + "合理区间" + bounds + Wording.num(outside) + "（容差"
                        + Wording.param(target.tolerance()) + "），" + status.zh(),
                enHead + " is " + Wording.num(outside) + (below ? " below" : " above") + " the range " + bounds
                        + " (tolerance " + Wording.param(target.tolerance()) + "), " + status.en());
    }

    static Evaluation ceiling(Ceiling target, Situation s) {
        return limit(target.limit(), Polarity.LOWER_IS_BETTER, "上限", "ceiling", s);
    }

    static Evaluation floor(Floor target, Situation s) {
        return limit(target.limit(), Polarity.HIGHER_IS_BETTER, "下限", "floor", s);
    }

    /** Beyond the limit (strictly worse than it) OFF_TRACK, else ON_TRACK. */
    private static Evaluation limit(BigDecimal limit, Polarity inside, String zhName, String enName, Situation s) {
        boolean beyond = !inside.notWorse(s.actual(), limit);
        Status status = beyond ? Status.OFF_TRACK : Status.ON_TRACK;
        return Evaluation.against(
                status,
                s.actual(),
                limit,
                Wording.zhValue(s) + "，" + (beyond ? "超出" : "未超出") + zhName + Wording.num(limit) + "，" + status.zh(),
                Wording.enValue(s) + (beyond ? " is beyond" : " is within") + " the " + enName + " "
                        + Wording.num(limit) + ", " + status.en());
    }
}
