package io.planmon.indicator.rest;

import static io.planmon.indicator.rest.Api.evaluation;
import static io.planmon.indicator.rest.Api.get;
import static io.planmon.indicator.rest.Api.num;
import static io.planmon.indicator.rest.Api.push;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.planmon.devstack.test.PlanmonTestResource;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The set-based import: rows grouped per indicator, one transaction each, a failing indicator reported as its rows,
 * one evaluation per indicator, statements bounded by indicators, the same events as pushing row by row.
 */
@QuarkusTest
@QuarkusTestResource(PlanmonTestResource.class)
@TestSecurity(user = "dept-stats", roles = "reporter")
@OidcSecurity(claims = @Claim(key = "department", value = "STATS"))
class SetBasedImportTest {
    private static final ObjectMapper JSON =
            new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    @Inject
    DataSource dataSource;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    MeterRegistry metrics;

    @Inject
    Scheduler scheduler;

    @Test
    void aLockedIndicatorIsRejectedAsItsOwnRowsAndTheOthersAreStored() throws SQLException {
        try (Connection other = dataSource.getConnection()) {
            // Another transaction holds the indicator's row lock for the whole call (lock-timeout is 2 s in tests).
            other.setAutoCommit(false);
            try (PreparedStatement lock =
                    other.prepareStatement("select code from indicator where code = 'TEST_BATCH_LOCKED' for update")) {
                lock.executeQuery().close();
            }
            postJson(
                            """
                    {"observations": [
                      {"indicator": "TEST_BATCH_A", "period": "2020", "value": 10, "note": "synthetic"},
                      {"indicator": "TEST_BATCH_LOCKED", "period": "2020", "value": 5, "note": "synthetic"},
                      {"indicator": "NO_SUCH", "period": "2020", "value": 1},
                      {"indicator": "TEST_BATCH_A", "period": "2021", "value": 12, "note": "synthetic"},
                      {"indicator": "TEST_BATCH_LOCKED", "period": "2021", "value": 6, "note": "synthetic"},
                      {"indicator": "TEST_BATCH_A", "period": "2022", "value": "x"},
                      {"indicator": "TEST_GROWTH", "period": "1950", "value": 2.5, "note": "synthetic"}
                    ]}""")
                    .statusCode(200)
                    .body("imported", equalTo(3))
                    .body("rejected.index", contains(1, 2, 4, 5))
                    .body("rejected.field", contains("indicator", "indicator", "indicator", "value"))
                    .body("rejected[0].message", containsString("could not be locked"))
                    .body("rejected[2].message", containsString("send them again"))
                    .body("rejected[2].period", equalTo("2021"));
            // The single PUT of a locked indicator is a problem to retry, not a 500.
            push("TEST_BATCH_LOCKED", "2020", "5")
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("indicator"));
            other.rollback();
        }
        get("/api/v1/indicators/TEST_BATCH_A/observations").statusCode(200).body("period", contains("2020", "2021"));
        evaluation("TEST_BATCH_A", "2021").body("[0].status", equalTo("ON_TRACK"));
        get("/api/v1/indicators/TEST_BATCH_LOCKED/observations").statusCode(200).body("$", hasSize(0));
        // Once the lock is gone, the same rows are stored.
        postJson(
                        """
                {"observations": [
                  {"indicator": "TEST_BATCH_LOCKED", "period": "2020", "value": 5, "note": "synthetic"},
                  {"indicator": "TEST_BATCH_LOCKED", "period": "2021", "value": 6, "note": "synthetic"}
                ]}""")
                .statusCode(200)
                .body("imported", equalTo(2))
                .body("evaluations[0].indicator", equalTo("TEST_BATCH_LOCKED"))
                .body("evaluations[0].latestStatus", equalTo("ON_TRACK"));
    }

    @Test
    void aBackfillOfTheReferenceChangesTheDependentsStatusesOnceInTheBatch() {
        StringBuilder dependent = new StringBuilder("indicator,period,value,note\n");
        for (int m = 1; m <= 12; m++) {
            dependent.append(String.format("TEST_DEP,2025-%02d,5.0,synthetic%n", m));
        }
        postCsv(dependent.toString()).statusCode(200).body("imported", equalTo(12));
        evaluation("TEST_DEP", "2025-06").body("[0].status", equalTo("AWAITING_REFERENCE"));

        // The reference arrives for the whole year: 4.0 (d = +1 ON_TRACK), 5.3 (d = -0.3 AT_RISK), 6.0 (OFF_TRACK);
        // in the same batch one dependent month is revised, so the dependent is evaluated once, after the reference.
        StringBuilder backfill = new StringBuilder("indicator,period,value,note\n");
        backfill.append("TEST_DEP,2025-12,7.0,synthetic revision\n");
        for (int m = 1; m <= 12; m++) {
            String value = m <= 4 ? "4.0" : m <= 8 ? "5.3" : "6.0";
            backfill.append(String.format("TEST_REF,2025-%02d,%s,synthetic%n", m, value));
        }
        postCsv(backfill.toString())
                .statusCode(200)
                .body("imported", equalTo(12))
                .body("updated", equalTo(1))
                .body("evaluations.indicator", contains("TEST_REF", "TEST_DEP"))
                .body("evaluations[1].from", equalTo("2025-01"))
                .body("evaluations[1].periods", equalTo(12))
                .body("evaluations[1].latestPeriod", equalTo("2025-12"))
                .body("evaluations[1].latestStatus", equalTo("ON_TRACK"))
                .body("evaluations[1].changes", hasSize(12))
                .body("evaluations[1].changes[0].previousStatus", equalTo("AWAITING_REFERENCE"))
                .body("evaluations[1].changes.status[4]", equalTo("AT_RISK"));
        evaluation("TEST_DEP", "2025-01").body("[0].status", equalTo("ON_TRACK"));
        evaluation("TEST_DEP", "2025-05").body("[0].status", equalTo("AT_RISK")).body("[0].gap", num("-0.3"));
        evaluation("TEST_DEP", "2025-09").body("[0].status", equalTo("OFF_TRACK"));
        evaluation("TEST_DEP", "2025-12").body("[0].status", equalTo("ON_TRACK"));
        get("/api/v1/indicators/TEST_DEP/status-changes?from=2025-05&to=2025-05")
                .statusCode(200)
                .body("status", contains("AWAITING_REFERENCE", "AT_RISK"));

        // A correction of one reference month re-evaluates that month of the dependent, and only what changed.
        postCsv("indicator,period,value\nTEST_REF,2025-09,4.9\n")
                .statusCode(200)
                .body("updated", equalTo(1))
                .body("evaluations[1].indicator", equalTo("TEST_DEP"))
                .body("evaluations[1].periods", equalTo(1))
                .body("evaluations[1].latestPeriod", equalTo("2025-12"))
                .body("evaluations[1].changes.period", contains("2025-09"));
        evaluation("TEST_DEP", "2025-09").body("[0].status", equalTo("ON_TRACK"));
        evaluation("TEST_DEP", "2025-10").body("[0].status", equalTo("OFF_TRACK"));
    }

    @Test
    void aBatchAnnouncesTheSameEventsAsTheSameRowsPushedOneByOne() throws SQLException {
        // Both twins start from the same three months, pushed singly.
        for (String code : List.of("TEST_ROWWISE", "TEST_SETWISE")) {
            push(code, "2024-01", "100").statusCode(201);
            push(code, "2024-02", "98").statusCode(201);
            push(code, "2024-03", "97").statusCode(201);
        }
        long after = lastOutboxId();
        // A revision of a stored month, an unchanged resend, then 21 new months in order: falls, standstills, rises.
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"2024-02", "99"});
        rows.add(new String[] {"2024-03", "97"});
        int value = 97;
        for (int i = 4; i <= 24; i++) {
            value += i % 5 == 0 ? 3 : i % 3 == 0 ? 0 : -1;
            rows.add(new String[] {
                String.format("%d-%02d", 2024 + (i - 1) / 12, (i - 1) % 12 + 1), Integer.toString(value)
            });
        }
        for (String[] row : rows) {
            push("TEST_ROWWISE", row[0], row[1]).statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        }
        StringBuilder batch = new StringBuilder("{\"observations\": [");
        for (int i = 0; i < rows.size(); i++) {
            batch.append(i == 0 ? "" : ",")
                    .append(String.format(
                            "{\"indicator\": \"TEST_SETWISE\", \"period\": \"%s\", \"value\": %s, \"note\": \"synthetic\"}",
                            rows.get(i)[0], rows.get(i)[1]));
        }
        postJson(batch + "]}")
                .statusCode(200)
                .body("imported", equalTo(21))
                .body("updated", equalTo(1))
                .body("unchanged", equalTo(1));

        List<String> oneByOne = events("TEST_ROWWISE", after);
        List<String> batched = events("TEST_SETWISE", after);
        assertThat(oneByOne)
                .filteredOn(e -> e.contains("\"status\":\"AT_RISK\""))
                .isNotEmpty();
        assertThat(oneByOne)
                .filteredOn(e -> e.contains("\"status\":\"OFF_TRACK\""))
                .isNotEmpty();
        assertThat(oneByOne)
                .filteredOn(e -> e.startsWith("{\"data\":{\"department\":\"STATS\",\"note\""))
                .hasSize(22);
        assertThat(batched).hasSizeGreaterThan(40).containsExactlyInAnyOrderElementsOf(oneByOne);
    }

    @Test
    void aBatchOf500RowsTakesStatementsBoundedByItsIndicatorsNotItsRows() {
        StringBuilder csv = new StringBuilder("indicator,period,value,note\n");
        for (int i = 1; i <= 5; i++) {
            for (int m = 0; m < 100; m++) {
                csv.append(String.format(
                        "TEST_COUNT_%d,%d-%02d,%d,synthetic%n", i, 2010 + m / 12, m % 12 + 1, 100 + (m * 7) % 13));
            }
        }
        scheduler.pause(); // the outbox relay queries every second; only the call under test is counted
        try {
            Statistics statistics = sessionFactory.getStatistics();
            statistics.clear();
            double jdbcBefore = jdbcStatements();
            postCsv(csv.toString())
                    .statusCode(200)
                    .body("imported", equalTo(500))
                    .body("evaluations", hasSize(5))
                    .body("evaluations[0].periods", equalTo(100));
            long hibernate = statistics.getPrepareStatementCount();
            long jdbc = Math.round(jdbcStatements() - jdbcBefore);
            assertThat(hibernate).isGreaterThanOrEqualTo(1);
            assertThat(jdbc).isGreaterThanOrEqualTo(5 * 6); // series, upsert, revisions, evaluations (2), outbox each
            // Per indicator: its lock, read, writes and evaluation; a row-by-row import took thousands.
            assertThat(hibernate + jdbc).isLessThanOrEqualTo(5 * 16 + 2);
        } finally {
            scheduler.resume();
        }
        get("/api/v1/indicators/TEST_COUNT_3/observations/2010-05/revisions")
                .statusCode(200)
                .body("revision", contains(1));
    }

    @Test
    void aDryRunAnswersTheFullSummaryAndStoresAndPublishesNothing() throws SQLException {
        push("TEST_DRY_RUN", "2025-01", "50").statusCode(201);
        List<Long> before = tableSizes();
        double recorded = recorded();
        String json =
                """
                {"observations": [
                  {"indicator": "TEST_DRY_RUN", "period": "2025-01", "value": 52, "note": "synthetic"},
                  {"indicator": "TEST_DRY_RUN", "period": "2025-02", "value": 51, "note": "synthetic"},
                  {"indicator": "TEST_DRY_RUN", "period": "2025-03", "value": 51, "note": "synthetic"},
                  {"indicator": "TEST_DRY_RUN", "period": "2025-13", "value": 1}
                ]}""";
        String csv =
                "indicator,period,value,note\nTEST_DRY_RUN,2025-01,52,synthetic\nTEST_DRY_RUN,2025-02,51,synthetic\n"
                        + "TEST_DRY_RUN,2025-03,51,synthetic\nTEST_DRY_RUN,2025-13,1,\n";
        for (ValidatableResponse dry : List.of(dryRun(ContentType.JSON.toString(), json), dryRun("text/csv", csv))) {
            dry.statusCode(200)
                    .body("dryRun", equalTo(true))
                    .body("imported", equalTo(2))
                    .body("updated", equalTo(1))
                    .body("rejected.index", contains(3))
                    .body("evaluations[0].indicator", equalTo("TEST_DRY_RUN"))
                    .body("evaluations[0].from", equalTo("2025-01"))
                    .body("evaluations[0].latestPeriod", equalTo("2025-03"))
                    .body("evaluations[0].latestStatus", equalTo("AT_RISK"))
                    .body("evaluations[0].changes.period", contains("2025-02", "2025-03"))
                    .body("evaluations[0].changes.status", contains("ON_TRACK", "AT_RISK"));
            // Nothing stored, no revision, no evaluation, no status change, no event, nothing counted as recorded.
            assertThat(tableSizes()).isEqualTo(before);
            assertThat(recorded()).isEqualTo(recorded);
        }
        get("/api/v1/indicators/TEST_DRY_RUN/observations").statusCode(200).body("value", contains(num("50")));

        // The real push then does what the dry run said.
        postJson(json)
                .statusCode(200)
                .body("dryRun", equalTo(false))
                .body("imported", equalTo(2))
                .body("updated", equalTo(1))
                .body("evaluations[0].changes.status", contains("ON_TRACK", "AT_RISK"));
        assertThat(tableSizes()).isNotEqualTo(before);
        assertThat(recorded()).isEqualTo(recorded + 3);
        evaluation("TEST_DRY_RUN", "2025-03").body("[0].status", equalTo("AT_RISK"));
    }

    private List<Long> tableSizes() throws SQLException {
        List<Long> sizes = new ArrayList<>();
        for (String table : List.of(
                "observation", "observation_revision", "evaluation", "evaluation_status_change", "outbox_event")) {
            sizes.add(count("select count(*) from " + table));
        }
        return sizes;
    }

    /** Rows counted in planmon_observations_recorded_total, whatever their outcome. */
    private double recorded() {
        return metrics.find("planmon.observations.recorded").counters().stream()
                .mapToDouble(c -> c.count())
                .sum();
    }

    private static ValidatableResponse dryRun(String contentType, String body) {
        return Api.post("/api/v1/observations?dryRun=true", contentType, body);
    }

    private List<String> events(String code, long afterId) throws SQLException {
        List<String> events = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement("select payload from outbox_event where message_key = ?"
                        + " and id > ? and event_type in ('io.planmon.observation.recorded.v1',"
                        + " 'io.planmon.indicator.status-changed.v1') order by id")) {
            select.setString(1, code);
            select.setLong(2, afterId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    JsonNode event = JSON.readTree(rs.getString(1));
                    ObjectNode data = (ObjectNode) event.get("data");
                    data.remove(List.of("indicatorCode", "indicatorName", "recordedAt"));
                    events.add(JSON.writeValueAsString(
                            JSON.treeToValue(JSON.createObjectNode().set("data", data), Map.class)));
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return events;
    }

    private long lastOutboxId() throws SQLException {
        return count("select coalesce(max(id), 0) from outbox_event");
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement(sql);
                ResultSet rs = select.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private double jdbcStatements() {
        return metrics.get("planmon.import.jdbc.statements").counter().count();
    }

    static ValidatableResponse postJson(String body) {
        return Api.postJson("/api/v1/observations", body);
    }

    static ValidatableResponse postCsv(String body) {
        return Api.post("/api/v1/observations", "text/csv", body);
    }
}
