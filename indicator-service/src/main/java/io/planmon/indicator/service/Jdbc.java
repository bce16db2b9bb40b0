package io.planmon.indicator.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.hibernate.Session;

/**
 * Plain JDBC on the connection of the current transaction, for the set-based import: every round trip (a query, an
 * update, a whole batch) is counted in {@code planmon.import.jdbc.statements}, since Hibernate's statistics do not
 * see statements it did not prepare.
 */
@ApplicationScoped
public class Jdbc {
    private final Counter statements;

    private final EntityManager em;

    public Jdbc(MeterRegistry metrics, EntityManager em) {
        this.em = em;
        this.statements = Counter.builder("planmon.import.jdbc.statements")
                .description("round trips of the set-based import's own SQL (a JDBC batch counts once)")
                .register(metrics);
    }

    /** Work on the transaction's connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    <T> T call(Work<T> work) {
        Session session = em.unwrap(Session.class);
        return session.doReturningWork(work::run);
    }

    /** One round trip made. */
    void counted() {
        statements.increment();
    }

    static OffsetDateTime timestamp(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
