package io.planmon.indicator.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.planmon.devstack.test.PlanmonTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A batch of several indicators is stored in one transaction (its rows carry one transaction id), as far as its
 * indicators are free: those another transaction holds are waited for together in a second one (a single one on its
 * own), and a batch above the limit goes indicator by indicator at once.
 */
@QuarkusTest
@QuarkusTestResource(PlanmonTestResource.class)
@TestSecurity(user = "dept-stats", roles = "reporter")
@OidcSecurity(claims = @Claim(key = "department", value = "STATS"))
class OneTransactionBatchTest {
    @Inject
    DataSource dataSource;

    @Inject
    MeterRegistry metrics;

    @Test
    void aBatchOfSeveralIndicatorsIsStoredInOneTransaction() throws SQLException {
        double batches = transactions("batch");
        SetBasedImportTest.postJson(
                        """
                {"observations": [
                  {"indicator": "TEST_ONE_TX_A", "period": "2020-01", "value": 10, "note": "synthetic"},
                  {"indicator": "TEST_ONE_TX_B", "period": "2020-01", "value": 20, "note": "synthetic"},
                  {"indicator": "TEST_ONE_TX_A", "period": "2020-02", "value": 11, "note": "synthetic"},
                  {"indicator": "TEST_ONE_TX_C", "period": "2020-01", "value": 30, "note": "synthetic"}
                ]}""")
                .statusCode(200)
                .body("imported", equalTo(4))
                .body("evaluations.indicator", contains("TEST_ONE_TX_A", "TEST_ONE_TX_B", "TEST_ONE_TX_C"));
        assertThat(writers("2020-01", "2020-02")).isEqualTo(1);
        assertThat(transactions("batch")).isEqualTo(batches + 1);
    }

    @Test
    void aBatchWithABusyIndicatorStoresTheFreeOnesInOneTransactionAndTheBusyOneOnItsOwn() throws SQLException {
        double busy = transactions("batch-busy");
        try (Connection other = holding("TEST_ONE_TX_C")) {
            // C is held for the whole call: the batch's one transaction leaves it out without waiting and stores A
            // and B; C's group then waits on its own, and after the lock timeout (2 s in tests) its row is refused.
            SetBasedImportTest.postJson(
                            """
                    {"observations": [
                      {"indicator": "TEST_ONE_TX_A", "period": "2021-01", "value": 10, "note": "synthetic"},
                      {"indicator": "TEST_ONE_TX_C", "period": "2021-01", "value": 30, "note": "synthetic"},
                      {"indicator": "TEST_ONE_TX_B", "period": "2021-01", "value": 20, "note": "synthetic"}
                    ]}""")
                    .statusCode(200)
                    .body("imported", equalTo(2))
                    .body("rejected.index", contains(1))
                    .body("rejected[0].field", equalTo("indicator"));
            other.rollback();
        }
        assertThat(writers("2021-01", "2021-01")).isEqualTo(1);
        assertThat(transactions("batch-busy")).isEqualTo(busy + 1);
    }

    @Test
    void theBusyIndicatorsOfABatchAreWaitedForTogetherInASecondTransaction() throws Exception {
        double rest = transactions("batch-rest");
        CompletableFuture<Integer> imported;
        try (Connection other = holding("TEST_ONE_TX_B", "TEST_ONE_TX_C")) {
            // B and C are held when the batch begins: its first transaction stores A, its second waits for B and C.
            imported = CompletableFuture.supplyAsync(() -> SetBasedImportTest.postJson(
                            """
                    {"observations": [
                      {"indicator": "TEST_ONE_TX_A", "period": "2023-01", "value": 10, "note": "synthetic"},
                      {"indicator": "TEST_ONE_TX_B", "period": "2023-01", "value": 20, "note": "synthetic"},
                      {"indicator": "TEST_ONE_TX_C", "period": "2023-01", "value": 30, "note": "synthetic"}
                    ]}""")
                    .statusCode(200)
                    .extract()
                    .path("imported"));
            Thread.sleep(500);
            other.rollback();
        }
        assertThat(imported.get(10, TimeUnit.SECONDS)).isEqualTo(3);
        assertThat(writers("2023-01", "2023-01")).isEqualTo(2);
        assertThat(transactions("batch-rest")).isEqualTo(rest + 1);
    }

    @Test
    void aReferenceWhoseDependentIsBusyIsLeftOutOfTheBatchsTransaction() throws SQLException {
        try (Connection other = holding("TEST_ONE_TX_DEP")) {
            // A new value of REF re-evaluates DEP, so REF is free only with DEP: it waits on its own and is refused.
            SetBasedImportTest.postJson(
                            """
                    {"observations": [
                      {"indicator": "TEST_ONE_TX_REF", "period": "2022-01", "value": 5, "note": "synthetic"},
                      {"indicator": "TEST_ONE_TX_A", "period": "2022-01", "value": 10, "note": "synthetic"}
                    ]}""")
                    .statusCode(200)
                    .body("imported", equalTo(1))
                    .body("rejected.index", contains(0));
            other.rollback();
        }
        SetBasedImportTest.postJson(
                        """
                {"observations": [
                  {"indicator": "TEST_ONE_TX_REF", "period": "2022-02", "value": 5, "note": "synthetic"},
                  {"indicator": "TEST_ONE_TX_DEP", "period": "2022-02", "value": 3, "note": "synthetic"},
                  {"indicator": "TEST_ONE_TX_B", "period": "2022-02", "value": 20, "note": "synthetic"}
                ]}""")
                .statusCode(200)
                .body("imported", equalTo(3));
        // Once DEP is free again, the reference and its dependent go in the batch's one transaction.
        assertThat(writers("2022-02", "2022-02")).isEqualTo(1);
    }

    /** A connection whose open transaction holds the indicators' row locks until it rolls back. */
    private Connection holding(String... codes) throws SQLException {
        Connection other = dataSource.getConnection();
        other.setAutoCommit(false);
        try (PreparedStatement lock =
                other.prepareStatement("select code from indicator where code = any(?) order by code for update")) {
            lock.setArray(1, other.createArrayOf("text", codes));
            lock.executeQuery().close();
        }
        return other;
    }

    @Test
    void aBatchAboveTheLimitIsStoredIndicatorByIndicator() throws SQLException {
        // 1,002 rows (planmon.import.one-transaction-rows is 1,000): 501 months of A and of B, from 1960-01.
        StringBuilder csv = new StringBuilder("indicator,period,value,note\n");
        for (String code : new String[] {"TEST_ONE_TX_A", "TEST_ONE_TX_B"}) {
            for (int m = 0; m < 501; m++) {
                csv.append(String.format("%s,%d-%02d,%d,synthetic%n", code, 1960 + m / 12, m % 12 + 1, 100 + m));
            }
        }
        SetBasedImportTest.postCsv(csv.toString()).statusCode(200).body("imported", equalTo(1002));
        assertThat(writers("1960-01", "2001-09")).isEqualTo(2);
    }

    /** How many transactions wrote the current values of the TEST_ONE_TX_ indicators for the periods from {@code from} to {@code to}. */
    private long writers(String from, String to) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement("select count(distinct xmin::text) from observation"
                        + " where indicator_code like 'TEST_ONE_TX_%' and period between ? and ?")) {
            select.setString(1, from);
            select.setString(2, to);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private double transactions(String scope) {
        Counter counter =
                metrics.find("planmon.import.transactions").tag("scope", scope).counter();
        return counter == null ? 0 : counter.count();
    }
}
