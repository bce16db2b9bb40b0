package io.planmon.indicator.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.planmon.indicator.domain.Observation;
import io.planmon.indicator.service.SeriesChange;
import java.math.BigDecimal;
import java.time.Instant;

/** An observation as the API shows it; {@code outcome} says what the last push did. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ObservationView(
        String indicator,
        String period,
        BigDecimal value,
        int revision,
        String note,
        String recordedBy,
        Instant recordedAt,
        Observation.Outcome outcome) {

    /** A stored value, without an outcome: a series entry, not the answer to a push. */
    static ObservationView current(Observation o) {
        return new ObservationView(
                o.indicatorCode,
                o.period,
                EvaluationView.strip(o.value),
                o.revision,
                o.note,
                o.recordedBy,
                o.recordedAt,
                null);
    }

    static ObservationView of(SeriesChange.RowResult r) {
        return new ObservationView(
                r.indicator(),
                r.period(),
                r.value(),
                r.revision(),
                r.note(),
                r.recordedBy(),
                r.recordedAt(),
                r.outcome());
    }
}
