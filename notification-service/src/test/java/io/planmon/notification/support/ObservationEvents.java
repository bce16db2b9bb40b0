package io.planmon.notification.support;

import io.planmon.devstack.test.TestKafka;
import io.planmon.events.CloudEvent;
import io.planmon.events.EventCodec;
import io.planmon.events.EventType;
import io.planmon.events.Topics;
import io.planmon.events.indicator.ObservationRecordedV1;
import java.math.BigDecimal;
import java.time.Instant;

/** Builds and publishes observation events as indicator-service does. */
public final class ObservationEvents {
    private ObservationEvents() {}

    public static CloudEvent<ObservationRecordedV1> observation(
            String code, String department, String period, String value, int revision, String previousValue) {
        ObservationRecordedV1 data = new ObservationRecordedV1(
                code,
                "人均地区生产总值",
                period,
                new BigDecimal(value),
                "CNY",
                revision,
                previousValue == null ? null : new BigDecimal(previousValue),
                department,
                "stats-system",
                null,
                Instant.now());
        return CloudEvent.of(EventType.OBSERVATION_RECORDED, "/planmon/indicator-service", code, data);
    }

    public static CloudEvent<ObservationRecordedV1> observation(String code, String value) {
        return observation(code, "STATS", "2025", value, 1, null);
    }

    public static void publish(CloudEvent<?> event) throws Exception {
        TestKafka.send(Topics.OBSERVATIONS, event.subject(), EventCodec.encode(event));
    }
}
