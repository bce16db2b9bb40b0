package io.planmon.kit.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseTroubleTest {

    @Test
    void aRefusedConnectionDeepInTheChainIsAnOutage() {
        SQLException refused = new SQLException("Connection to localhost:5433 refused", "08001");
        Exception wrapped = new RuntimeException("tx", new PersistenceException("Unable to acquire", refused));

        assertThat(DatabaseTrouble.of(wrapped)).isEqualTo(DatabaseTrouble.UNAVAILABLE);
        assertThat(DatabaseTrouble.UNAVAILABLE.status()).isEqualTo(503);
        assertThat(DatabaseTrouble.UNAVAILABLE.retryAfterSeconds()).isPositive();
    }

    @Test
    void theServersShutdownAndAnExhaustedPoolAreOutagesToo() {
        assertThat(DatabaseTrouble.of(new SQLException("terminating connection", "57P01")))
                .isEqualTo(DatabaseTrouble.UNAVAILABLE);
        assertThat(DatabaseTrouble.of(new SQLException("Sorry, acquisition timeout!")))
                .isEqualTo(DatabaseTrouble.UNAVAILABLE);
        assertThat(DatabaseTrouble.of(new SQLTransientConnectionException("gone")))
                .isEqualTo(DatabaseTrouble.UNAVAILABLE);
        assertThat(DatabaseTrouble.of(new PersistenceException(
                        "Unable to acquire JDBC Connection",
                        new SQLException("database \"planmon\" is not currently accepting connections", "55000"))))
                .isEqualTo(DatabaseTrouble.UNAVAILABLE);
    }

    @Test
    void lockAndStatementTimeoutsAreBusyAndSerializationFailuresConflicts() {
        assertThat(DatabaseTrouble.of(new SQLException("could not obtain lock", "55P03")))
                .isEqualTo(DatabaseTrouble.BUSY);
        assertThat(DatabaseTrouble.of(new SQLException("canceling statement due to statement timeout", "57014")))
                .isEqualTo(DatabaseTrouble.BUSY);
        assertThat(DatabaseTrouble.of(new SQLException("could not serialize", "40001")))
                .isEqualTo(DatabaseTrouble.CONFLICT);
        assertThat(DatabaseTrouble.of(new SQLException("deadlock detected", "40P01")))
                .isEqualTo(DatabaseTrouble.CONFLICT);
        assertThat(DatabaseTrouble.CONFLICT.status()).isEqualTo(409);
    }

    @Test
    void aBugIsNoDatabaseTroubleEvenWhenSqlIsInvolved() {
        assertThat(DatabaseTrouble.of(new IllegalStateException("bug"))).isEqualTo(DatabaseTrouble.NONE);
        assertThat(DatabaseTrouble.of(new SQLException("syntax error", "42601")))
                .isEqualTo(DatabaseTrouble.NONE);
        assertThat(DatabaseTrouble.of(new SQLException("duplicate key", "23505")))
                .isEqualTo(DatabaseTrouble.NONE);
        assertThat(DatabaseTrouble.of(new SQLException("no state"))).isEqualTo(DatabaseTrouble.NONE);
    }

    @Test
    void aCauseChainThatLoopsEndsWithoutAnAnswer() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);

        assertThat(DatabaseTrouble.of(first)).isEqualTo(DatabaseTrouble.NONE);
    }
}
