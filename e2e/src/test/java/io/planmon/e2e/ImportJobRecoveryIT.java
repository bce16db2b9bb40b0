package io.planmon.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.planmon.devstack.Database;
import io.planmon.devstack.Stack;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An asynchronous import survives the death of indicator-service: the service is killed (SIGKILL, no shutdown hook)
 * in the middle of a job, started again, and the job resumes where its committed progress ends. Every row is applied
 * exactly once: each period has exactly one revision per round of the file, and the job's counts match the file.
 * The values are synthetic, in periods long past (1900 on), of two indicators no other system test uses.
 */
class ImportJobRecoveryIT implements ThroughTheGateway {
    private static final int ROUNDS = 50;
    private static final int MONTHS = 1000;
    private static final int QUARTERS = 400;
    private static final int ROWS = ROUNDS * (MONTHS + QUARTERS);

    @Test
    void aJobCutOffByAKilledServiceResumesAndAppliesEveryRowExactlyOnce() throws Exception {
        Stack stack = PlatformStack.get();
        String stats = Tokens.client("dept-stats");
        ExtractableResponse<Response> accepted = given().auth()
                .oauth2(stats)
                .contentType("text/csv")
                .body(csv())
                .post("/api/v1/observations?async=true")
                .then()
                .statusCode(202)
                .extract();
        String location = accepted.header("Location");
        String id = accepted.path("id");
        assertThat(accepted.<Integer>path("rowsTotal")).isEqualTo(ROWS);

        ExtractableResponse<Response> before = await("the job under way")
                .atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> job(stats, location), job -> job.<Integer>path("rowsDone") >= 6_000);
        assertThat(before.<String>path("state")).isEqualTo("RUNNING");
        assertThat(before.<Integer>path("rowsDone")).isLessThan(ROWS);

        Kill.nine(stack, "indicator-service");
        stack.restartService("indicator-service");

        ExtractableResponse<Response> done = await("the resumed job's end")
                .atMost(Duration.ofMinutes(4))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> job(stats, location), job -> List.of("DONE", "FAILED")
                        .contains(job.<String>path("state")));
        assertThat(done.<String>path("failure")).isNull();
        assertThat(done.<String>path("state")).isEqualTo("DONE");
        assertThat(log(stack)).contains("import job " + id + " resumed");
        assertThat(done.<Integer>path("rowsDone")).isEqualTo(ROWS);
        assertThat(done.<Integer>path("imported")).isEqualTo(MONTHS + QUARTERS);
        assertThat(done.<Integer>path("updated")).isEqualTo((ROUNDS - 1) * (MONTHS + QUARTERS));
        assertThat(done.<Integer>path("unchanged")).isZero();
        assertThat(done.<Integer>path("rejectedCount")).isZero();

        // Exactly one revision per round: none lost, none applied twice, numbered 1..ROUNDS, the last value last.
        assertThat(count(
                        stack.database(),
                        "select count(*) from indicator.observation o"
                                + " where o.indicator_code in ('FIXED_ASSET_INVESTMENT_GROWTH', 'INCOME_GROWTH')"
                                + " and o.period < '2000' and o.revision = " + ROUNDS))
                .isEqualTo(MONTHS + QUARTERS);
        assertThat(count(
                        stack.database(),
                        "select count(*) from indicator.observation_revision r"
                                + " join indicator.observation o on o.id = r.observation_id"
                                + " where o.indicator_code in ('FIXED_ASSET_INVESTMENT_GROWTH', 'INCOME_GROWTH')"
                                + " and o.period < '2000' and r.recorded_by = 'dept-stats'"))
                .isEqualTo(ROWS);
        List<Object> revisions = given().auth()
                .oauth2(stats)
                .get("/api/v1/indicators/FIXED_ASSET_INVESTMENT_GROWTH/observations/1900-01/revisions")
                .then()
                .statusCode(200)
                .extract()
                .path("revision");
        assertThat(revisions).hasSize(ROUNDS).first().isEqualTo(1);
    }

    /** ROUNDS sweeps over 1000 months and 400 quarters, each sweep with other values: one revision each. */
    private static String csv() {
        StringBuilder csv = new StringBuilder("indicator,period,value,note\n");
        for (int round = 0; round < ROUNDS; round++) {
            for (int m = 0; m < MONTHS; m++) {
                csv.append("FIXED_ASSET_INVESTMENT_GROWTH,")
                        .append(YearMonth.of(1900, 1).plusMonths(m))
                        .append(',')
                        .append(round + m % 10)
                        .append(".5,synthetic recovery test\n");
            }
            for (int q = 0; q < QUARTERS; q++) {
                csv.append("INCOME_GROWTH,")
                        .append(1900 + q / 4)
                        .append('Q')
                        .append(1 + q % 4)
                        .append(',')
                        .append(round + q % 7)
                        .append(".25,synthetic recovery test\n");
            }
        }
        return csv.toString();
    }

    private static ExtractableResponse<Response> job(String token, String location) {
        return given().auth().oauth2(token).get(location).then().statusCode(200).extract();
    }

    private static String log(Stack stack) throws java.io.IOException {
        Path file = stack.config().dataDirectory().resolve("logs/indicator-service.log");
        return Files.readString(file);
    }

    private static long count(Database database, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
