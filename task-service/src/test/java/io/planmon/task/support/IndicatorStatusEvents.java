package io.planmon.task.support;

import static io.restassured.RestAssured.given;

import io.planmon.devstack.test.TestKafka;
import io.planmon.events.CloudEvent;
import io.planmon.events.EventCodec;
import io.planmon.events.EventType;
import io.planmon.events.Topics;
import io.planmon.events.indicator.IndicatorStatusChangedV1;
import io.planmon.events.indicator.ProjectionRecoveredV1;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Synthetic indicator-service evaluations for the consumer tests, published as indicator-service does. */
public final class IndicatorStatusEvents {
    private IndicatorStatusEvents() {}

    /** An indicator code no other test uses, e.g. {@code SYN_1A2B3C4D}. */
    public static String uniqueIndicator() {
        return "SYN_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    /** A status change of a synthetic HEALTH indicator of article 38; {@code previous} may be null. */
    public static CloudEvent<?> statusEvent(String code, String period, String previous, String status) {
        return CloudEvent.of(
                EventType.INDICATOR_STATUS_CHANGED,
                "/planmon/indicator-service",
                code,
                new IndicatorStatusChangedV1(
                        code,
                        "合成指标",
                        "PEOPLES_CITY",
                        38,
                        "HEALTH",
                        period,
                        previous,
                        status,
                        BigDecimal.ONE,
                        null,
                        null,
                        null,
                        null,
                        "合成数据",
                        "synthetic data"));
    }

    /** The projection of {@code code} meets its target again: a type on the topic that is not a status. */
    public static CloudEvent<?> projectionRecovered(String code) {
        return CloudEvent.of(
                EventType.INDICATOR_PROJECTION_RECOVERED,
                "/planmon/indicator-service",
                code,
                new ProjectionRecoveredV1(
                        code,
                        "合成指标",
                        "PEOPLES_CITY",
                        38,
                        "HEALTH",
                        2035,
                        new BigDecimal("210"),
                        new BigDecimal("200"),
                        BigDecimal.ONE,
                        "合成数据",
                        "synthetic data"));
    }

    /** Sends the event to the indicator-status topic under {@code key}, as the outbox relay does. */
    public static void publish(String key, CloudEvent<?> event) throws Exception {
        TestKafka.send(Topics.INDICATOR_STATUS, key, EventCodec.encode(event));
    }

    /** The task's {@code indicatorStatus} entry for {@code code}, as the API shows it. */
    public static Map<String, Object> linked(long task, String code) {
        List<Map<String, Object>> indicators = given().get("/api/v1/tasks/{id}", task)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("indicatorStatus");
        return indicators.stream()
                .filter(i -> code.equals(i.get("code")))
                .findFirst()
                .orElseThrow();
    }
}
