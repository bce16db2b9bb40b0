package io.planmon.indicator.domain.evaluation;

import io.planmon.indicator.domain.evaluation.Target.InStepWith;
import io.planmon.indicator.domain.evaluation.Target.NotBelowReference;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Judges NOT_BELOW_REFERENCE and IN_STEP_WITH on d = actual − reference of the same period, in percentage points.
 * The reference value is also the {@code expected} of the evaluation, so that the gap is d.
 */
final class ReferenceRule {
    private ReferenceRule() {}

    /** d ≥ 0 ON_TRACK; −t ≤ d &lt; 0 AT_RISK; below OFF_TRACK. */
    static Evaluation notBelow(NotBelowReference target, Situation s) {
        return judge(target.referenceCode(), target.tolerance(), BigDecimal.ZERO, s);
    }

    /** d ≥ −t ON_TRACK; −2t ≤ d &lt; −t AT_RISK; below OFF_TRACK. */
    static Evaluation inStep(InStepWith target, Situation s) {
        return judge(
                target.referenceCode(), target.tolerance(), target.tolerance().negate(), s);
    }

    /** {@code onTrackFrom} is the lowest d that is ON_TRACK; AT_RISK reaches one tolerance further down. */
    private static Evaluation judge(String code, BigDecimal tolerance, BigDecimal onTrackFrom, Situation s) {
        Optional<BigDecimal> reference = s.reference().at(s.period());
        if (reference.isEmpty()) {
            return Evaluation.without(
                    Status.AWAITING_REFERENCE,
                    Wording.zhValue(s) + "，参照指标" + code + "同期数据尚未发布，待发布后评估",
                    Wording.enValue(s) + ": waiting for " + code + " of the same period");
        }
        BigDecimal ref = reference.get();
        BigDecimal d = s.actual().subtract(ref);
        Status status = d.compareTo(onTrackFrom) >= 0
                ? Status.ON_TRACK
                : d.compareTo(onTrackFrom.subtract(tolerance)) >= 0 ? Status.AT_RISK : Status.OFF_TRACK;
        return new Evaluation(
                status,
                ref,
                d,
                ref,
                null,
                Wording.zhValue(s) + "，参照指标" + code + "为" + Wording.num(ref) + "，相差" + Wording.signed(d) + "个百分点（容差"
                        + Wording.param(tolerance) + "），" + status.zh(),
                Wording.enValue(s) + " against " + Wording.num(ref) + " for " + code
                        + ": " + Wording.signed(d) + " pp (tolerance " + Wording.param(tolerance) + "), "
                        + status.en());
    }
}
