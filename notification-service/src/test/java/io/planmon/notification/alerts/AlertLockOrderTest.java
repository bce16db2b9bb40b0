package io.planmon.notification.alerts;

import static io.planmon.notification.support.ActivityApi.PATIENCE;
import static io.planmon.notification.support.ActivityApi.uniqueCode;
import static io.planmon.notification.support.AlertApi.awaitAlert;
import static io.planmon.notification.support.AlertApi.uniqueDepartment;
import static io.planmon.notification.support.AlertEvents.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.planmon.devstack.test.PlanmonTestResource;
import io.planmon.events.EventCodec;
import io.planmon.notification.service.alert.AlertEngine;
import io.planmon.notification.support.Db;
import io.planmon.notification.support.GreenMailResource;
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
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A message handled on its own (the retry of a failed batch) takes the advisory locks of its alert identities all at
 * once, in the locks' order, as a batch does: while it waits for one, it holds none that come after it, so it never
 * waits in a circle with a concurrent batch.
 */
@QuarkusTest
@QuarkusTestResource(value = PlanmonTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = GreenMailResource.class, restrictToAnnotatedClass = false)
@TestSecurity(user = "office", roles = "monitor")
@OidcSecurity(claims = @Claim(key = "department", value = "OFFICE"))
class AlertLockOrderTest {
    @Inject
    AlertEngine engine;

    @Test
    void aMessageWaitingForOneOfItsLocksHoldsNoneOfTheOthers() throws Exception {
        // An OFF_TRACK status with a value: signals STATUS, then clearing DATA_OVERDUE and DATA_DUE_SOON, in that
        // order. The indicator is one whose DATA_DUE_SOON lock comes first in the locks' order, so that taken one by
        // one in the signals' order the message would hold the other two while it waits for it.
        String code = codeWhoseLastSignalLocksFirst();
        String waitedFor = identity(code, "DATA_DUE_SOON");
        CompletableFuture<Void> received;
        try (Connection holder = Db.connect()) {
            holder.setAutoCommit(false);
            assertThat(tryLock(holder, waitedFor)).isTrue();
            String json = EventCodec.encode(status(code, uniqueDepartment(), "2026", "ON_TRACK", "OFF_TRACK"));
            received = CompletableFuture.runAsync(() -> engine.receive(json));
            await().atMost(PATIENCE).until(AlertLockOrderTest::anAdvisoryLockIsAwaited);

            try (Connection probe = Db.connect()) {
                probe.setAutoCommit(false);
                for (String other : List.of(identity(code, "STATUS"), identity(code, "DATA_OVERDUE"))) {
                    assertThat(tryLock(probe, other))
                            .as("%s is not held while waiting", other)
                            .isTrue();
                }
                probe.rollback();
            }
            holder.rollback();
        }
        received.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        awaitAlert(code, "FIRING");
    }

    private static String identity(String code, String condition) {
        return "INDICATOR:" + code + ":" + condition;
    }

    private static String codeWhoseLastSignalLocksFirst() throws SQLException {
        while (true) {
            String code = uniqueCode();
            String first = Db.value(
                    String.class,
                    "select c from unnest(array['STATUS', 'DATA_OVERDUE', 'DATA_DUE_SOON']) c"
                            + " order by hashtext('INDICATOR:' || ?::text || ':' || c) limit 1",
                    code);
            if (first.equals("DATA_DUE_SOON")) {
                return code;
            }
        }
    }

    private static boolean tryLock(Connection c, String identity) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select pg_try_advisory_xact_lock(hashtext(?))")) {
            s.setString(1, identity);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static boolean anAdvisoryLockIsAwaited() throws SQLException {
        return Db.value(Long.class, "select count(*) from pg_locks where locktype = 'advisory' and not granted") > 0;
    }
}
