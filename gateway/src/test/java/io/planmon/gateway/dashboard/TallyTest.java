package io.planmon.gateway.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The counts forgive what a service leaves out or adds, and never count an alert twice or a resolved one at all. */
class TallyTest {

    @Test
    void countsIndicatorsWithoutAreaStatusOrLatest() {
        JsonObject counts = IndicatorTally.of(
                new JsonArray(
                        """
                [{"code": "A", "area": "PEOPLES_CITY", "latest": {"status": "ON_TRACK"}},
                 {"code": "B", "latest": {"status": "AT_RISK"}},
                 {"code": "C", "area": "PEOPLES_CITY", "latest": {"status": 3}},
                 {"code": "D", "area": " ", "latest": "soon"},
                 {"code": "E", "area": "PEOPLES_CITY", "latest": {"status": "DELAYED"}},
                 "not an indicator", null]
                """));

        JsonObject city = counts.getJsonObject("byArea").getJsonObject("PEOPLES_CITY");
        assertThat(city.getInteger("ON_TRACK")).isEqualTo(1);
        assertThat(city.getInteger("NO_DATA")).isEqualTo(1);
        assertThat(city.getInteger("DELAYED")).as("a status added later").isEqualTo(1);
        JsonObject unassigned = counts.getJsonObject("byArea").getJsonObject(IndicatorTally.NO_AREA);
        assertThat(unassigned.getInteger("AT_RISK")).isEqualTo(1);
        assertThat(unassigned.getInteger("NO_DATA")).isEqualTo(1);
        assertThat(counts.getJsonObject("byStatus").getInteger("NO_DATA")).isEqualTo(2);
        assertThat(counts.getInteger("total")).isEqualTo(5);
    }

    @Test
    void listsEveryKnownStatusEvenAtZero() {
        JsonObject counts = TaskTally.of(new JsonArray("[{\"id\": 1}, {\"id\": 2, \"status\": \"OVERDUE\"}]"));

        assertThat(counts.getJsonObject("byStatus").fieldNames())
                .containsExactly("NOT_STARTED", "IN_PROGRESS", "BEHIND", "OVERDUE", "COMPLETED", TaskTally.UNKNOWN);
        assertThat(counts.getJsonObject("byStatus").getInteger("OVERDUE")).isEqualTo(1);
        assertThat(counts.getJsonObject("byStatus").getInteger(TaskTally.UNKNOWN))
                .isEqualTo(1);
        assertThat(counts.getInteger("total")).isEqualTo(2);
    }

    @Test
    void countsEachOpenAlertOnceEvenIfTheStateFilterWasIgnored() {
        JsonArray everything = new JsonArray(
                """
                [{"id": 1, "severity": "CRITICAL", "state": "FIRING"},
                 {"id": 2, "severity": "WARNING", "state": "ACKNOWLEDGED"},
                 {"id": 3, "severity": "INFO", "state": "RESOLVED"},
                 {"severity": "WARNING"}]
                """);

        JsonObject counts = AlertTally.of(List.of(everything, everything), 500);

        assertThat(counts.getJsonObject("open").getInteger("CRITICAL")).isEqualTo(1);
        assertThat(counts.getJsonObject("open").getInteger("WARNING"))
                .as("one of them without id or state")
                .isEqualTo(3);
        assertThat(counts.getJsonObject("open").getInteger("INFO")).isZero();
        assertThat(counts.getJsonObject("byState").getInteger("FIRING")).isEqualTo(1);
        assertThat(counts.getInteger("total")).isEqualTo(4);
        assertThat(counts.getBoolean("truncated")).isFalse();
    }

    @Test
    void saysWhenAListCameBackFull() {
        JsonArray full = new JsonArray("[{\"id\": 1, \"severity\": \"INFO\", \"state\": \"FIRING\"}]");

        assertThat(AlertTally.of(List.of(full, new JsonArray()), 1).getBoolean("truncated"))
                .isTrue();
    }
}
