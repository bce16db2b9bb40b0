package io.planmon.indicator.rest;

import io.planmon.indicator.domain.evaluation.Outlook;
import io.planmon.indicator.domain.evaluation.Projection;
import java.math.BigDecimal;

/**
 * Where the trend leads by the target year, and the annual rate now needed (its unit depends on {@code trend}, see
 * docs/evaluation.md); without a projection only {@code reason} and {@code reasonEn} say why not.
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
        return new ProjectionView(null, null, null, null, null, null, false, outlook.reason(), outlook.reasonEn());
    }
}
