package io.planmon.indicator.messaging;

import io.planmon.events.EventType;
import io.planmon.events.indicator.ObservationRecordedV1;
import io.planmon.indicator.domain.Indicator;
import io.planmon.indicator.domain.Observation;
import io.planmon.kit.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;

/** Announces stored values on {@code planmon.observations.v1}, keyed by indicator code, through the outbox. */
@ApplicationScoped
public class ObservationEvents {
    private final Outbox outbox;

    public ObservationEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void recorded(Indicator indicator, Observation.Result result) {
        Observation o = result.observation();
        outbox.publish(
                EventType.OBSERVATION_RECORDED,
                indicator.code,
                new ObservationRecordedV1(
                        indicator.code,
                        indicator.name,
                        o.period,
                        o.value,
                        indicator.unit,
                        o.revision,
                        result.previousValue(),
                        indicator.ownerDepartment,
                        o.recordedBy,
                        o.note,
                        o.recordedAt));
    }
}
