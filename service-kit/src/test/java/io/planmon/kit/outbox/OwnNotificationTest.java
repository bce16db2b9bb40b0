package io.planmon.kit.outbox;

import static io.planmon.kit.support.Events.overdue;
import static io.planmon.kit.support.Events.subject;
import static org.assertj.core.api.Assertions.assertThat;

import io.planmon.devstack.test.PlanmonTestResource;
import io.planmon.events.EventType;
import io.planmon.kit.jdbc.DirectConnections;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

/**
 * A commit of this instance rings its relay itself, so PostgreSQL's notification of it is passed over; a notification
 * from any other connection (another instance's, a bulk import's) still wakes the relay.
 */
@QuarkusTest
@QuarkusTestResource(PlanmonTestResource.class)
class OwnNotificationTest {
    @Inject
    Outbox outbox;

    @Inject
    OutboxSignal signal;

    @Inject
    EntityManager em;

    @Inject
    DirectConnections connections;

    @Test
    void theBackendsOfThisInstancesOutboxWritesAreItsOwnAndNoOthers() throws Exception {
        int single = QuarkusTransaction.requiringNew().call(() -> {
            outbox.publish(EventType.TASK_OVERDUE, subject("OWN-ONE"), overdue("one"));
            return backendOfThisTransaction();
        });
        int batch = QuarkusTransaction.requiringNew().call(() -> {
            outbox.publishAll(
                    List.of(new Outbox.Pending(EventType.TASK_OVERDUE, subject("OWN-MANY"), overdue("many"))));
            return backendOfThisTransaction();
        });

        assertThat(signal.rangAlready(single)).isTrue();
        assertThat(signal.rangAlready(batch)).isTrue();
        try (Connection elsewhere = connections.open("another-instance", Map.of())) {
            assertThat(signal.rangAlready(elsewhere.unwrap(PGConnection.class).getBackendPID()))
                    .isFalse();
        }
    }

    private int backendOfThisTransaction() {
        return em.unwrap(Session.class)
                .doReturningWork(c -> c.unwrap(PGConnection.class).getBackendPID());
    }
}
