package io.planmon.indicator.rest;

import io.planmon.indicator.domain.ObservationRevision;
import java.math.BigDecimal;
import java.time.Instant;

/** One revision of a value: who sent what when, what it replaced, and why. */
public record RevisionView(
        int revision, BigDecimal value, BigDecimal previousValue, String note, String recordedBy, Instant recordedAt) {

    static RevisionView of(ObservationRevision r) {
        return new RevisionView(
                r.revision,
                EvaluationView.strip(r.value),
                EvaluationView.strip(r.previousValue),
                r.note,
                r.recordedBy,
                r.recordedAt);
    }
}
