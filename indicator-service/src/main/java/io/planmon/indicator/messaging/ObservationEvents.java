package io.planmon.indicator.messaging;

import io.planmon.events.EventType;
import io.planmon.events.indicator.ObservationRecordedV1;
import io.planmon.indicator.domain.Indicator;
import io.planmon.kit.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;

/** Announces stored values on {@code planmon.observations.v1}, keyed by indicator code, through the outbox. */
@ApplicationScoped
public class ObservationEvents {

    /** One new value or revision, for {@link Outbox#publishAll}; {@code previousValue} is null for a first value. */
    public Outbox.Pending recorded(
            Indicator indicator,
            String period,
            BigDecimal value,
            int revision,
            BigDecimal previousValue,
            String recordedBy,
            String note,
            Instant recordedAt) {
        return new Outbox.Pending(
                EventType.OBSERVATION_RECORDED,
                indicator.code,
                new ObservationRecordedV1(
                        indicator.code,
                        indicator.name,
                        period,
                        value,
                        indicator.unit,
                        revision,
                        previousValue,
                        indicator.ownerDepartment,
                        recordedBy,
                        note,
                        recordedAt));
    }
}
