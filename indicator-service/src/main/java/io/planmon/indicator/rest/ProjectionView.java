package io.planmon.indicator.rest;

import io.planmon.indicator.domain.evaluation.Outlook;
import io.planmon.indicator.domain.evaluation.Outlook.CatchUp;
import io.planmon.indicator.domain.evaluation.Outlook.NoProjection;
import io.planmon.indicator.domain.evaluation.Projection;
import java.math.BigDecimal;

/**
 * Where the trend leads by the target year, and the annual rate now needed (its unit depends on {@code trend}, see
 * docs/evaluation.md); without a projection {@code reason} and {@code reasonEn} say why not, and with too few values
 * for a trend the catch-up rate (with its target year and trend) is still given.
 */
public record ProjectionView(
        Integer targetYear,
        BigDecimal projectedValue,
        BigDecimal targetValue,
        String projectedStatus,
        BigDecimal catchUpRate,
        String trend,
        boolean earlyWarning,
        String reason,
        String reasonEn) {

    static ProjectionView of(Outlook outlook) {
        if (outlook instanceof Projection p) {
            return new ProjectionView(
                    p.targetYear(),
                    p.projectedValue(),
                    p.targetValue(),
                    p.projectedStatus().name(),
                    p.catchUpRate(),
                    p.trend().name(),
                    p.earlyWarning(),
                    p.reason(),
                    p.reasonEn());
        }
        if (outlook instanceof NoProjection none && none.catchUp() != null) {
            CatchUp c = none.catchUp();
            return new ProjectionView(
                    c.targetYear(),
                    null,
                    null,
                    null,
                    c.rate(),
                    c.trend().name(),
                    false,
                    none.reason(),
                    none.reasonEn());
        }
        return new ProjectionView(null, null, null, null, null, null, false, outlook.reason(), outlook.reasonEn());
    }
}
