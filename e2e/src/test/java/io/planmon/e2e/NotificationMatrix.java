package io.planmon.e2e;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.response.ValidatableResponse;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The security matrix rows of notification-service and of the gateway's dashboard summary. Alerts belong to a
 * department (ECO owns the alert that is acknowledged, TRANSPORT does not); silences, rules, receivers and deliveries
 * belong to the monitoring office, so their "own" and "other" reporters are simply two department systems.
 */
final class NotificationMatrix {
    private static final String ECO = TaskFixture.LEAD;
    private static final String OTHER = TaskFixture.OTHER;
    private static final Consumer<ValidatableResponse> NOTHING = response -> {};

    private final SecurityMatrix m;

    private NotificationMatrix(SecurityMatrix m) {
        this.m = m;
    }

    static void addTo(SecurityMatrix m) {
        NotificationMatrix n = new NotificationMatrix(m);
        n.alerts();
        n.silences();
        n.rules();
        n.receivers();
        n.monitorsRead(get("GET /api/v1/deliveries", "/api/v1/deliveries"));
        m.read(get("GET /api/v1/dashboard/summary", "/api/v1/dashboard/summary"));
    }

    private void alerts() {
        // a reporter sees its own department's alerts only, and may not ask for another department's
        readExcept(
                get("GET /api/v1/alerts", "/api/v1/alerts"),
                Party.OWN_DEPARTMENT,
                200,
                r -> r.body("department", everyItem(equalTo("ECO"))));
        // the summary counts what the same caller's list holds: a reporter, its own department's
        m.read(get("GET /api/v1/alerts/summary", "/api/v1/alerts/summary"));
        readExcept(
                get("GET /api/v1/alerts?department=ECO", "/api/v1/alerts?department=ECO"),
                Party.OTHER_DEPARTMENT,
                403,
                NOTHING);

        // one alert is scoped like the list: ECO's alert is another department's to TRANSPORT
        readExcept(
                Endpoint.get(
                        "GET /api/v1/alerts/{id}",
                        p -> "/api/v1/alerts/" + NotificationFixture.alert(),
                        ECO,
                        null,
                        OTHER),
                Party.OTHER_DEPARTMENT,
                403,
                NOTHING);

        // every role may watch; a reporter's stream carries its own department's alerts only (AlertStreamIT)
        m.read(Endpoint.stream("GET /api/v1/alerts/stream", p -> "/api/v1/alerts/stream", ECO, null, OTHER));

        Endpoint ack = new Endpoint(
                "POST /api/v1/alerts/{id}/ack",
                "POST",
                p -> "/api/v1/alerts/" + NotificationFixture.alert() + "/ack",
                "application/json",
                p -> "{\"comment\": \"synthetic e2e security-matrix acknowledgement\"}",
                ECO,
                null,
                OTHER);
        Consumer<ValidatableResponse> acknowledged = r -> r.body("state", equalTo("ACKNOWLEDGED"));
        m.add(ack, Party.VIEWER, 403, NOTHING);
        m.add(ack, Party.OTHER_DEPARTMENT, 403, NOTHING);
        m.add(ack, Party.PLAN_ADMIN, 403, NOTHING);
        m.add(ack, Party.NO_TOKEN, 401, NOTHING);
        m.add(ack, Party.OWN_DEPARTMENT, 200, acknowledged);
        m.add(ack, Party.MONITOR, 200, acknowledged); // acknowledging twice is allowed and changes nothing
    }

    private void silences() {
        m.read(get("GET /api/v1/silences", "/api/v1/silences"));
        monitorWrites(
                write("POST /api/v1/silences", "POST", p -> "/api/v1/silences", NotificationFixture.SILENCE),
                201,
                created("/api/v1/silences", 200));
        monitorWrites(
                write(
                        "DELETE /api/v1/silences/{id}",
                        "DELETE",
                        p -> "/api/v1/silences/" + NotificationFixture.silence(),
                        "none"),
                200,
                r -> r.body("reason", containsString("synthetic")));
    }

    private void rules() {
        monitorsRead(get("GET /api/v1/rules", "/api/v1/rules"));
        String rules = "/api/v1/rules";
        monitorWrites(write("POST /api/v1/rules", "POST", p -> rules, null), 201, created(rules, 204));
        monitorWrites(
                write("PUT /api/v1/rules/{id}", "PUT", p -> rules + "/" + NotificationFixture.rule(), null),
                200,
                r -> r.body("name", containsString("synthetic")));
        monitorWrites(
                write("DELETE /api/v1/rules/{id}", "DELETE", p -> rules + "/" + NotificationFixture.rule(), "none"),
                204,
                NOTHING);
    }

    private void receivers() {
        String receivers = "/api/v1/receivers";
        monitorWrites(get("GET /api/v1/receivers", receivers), 200, NOTHING);
        monitorWrites(
                write("POST /api/v1/receivers", "POST", p -> receivers, NotificationFixture.RECEIVER),
                201,
                created(receivers, 204));
        Function<Party, String> one = p -> receivers + "/" + NotificationFixture.receiver();
        monitorWrites(
                write("PUT /api/v1/receivers/{id}", "PUT", one, NotificationFixture.RECEIVER),
                200,
                r -> r.body("name", containsString("synthetic")));
        monitorWrites(write("DELETE /api/v1/receivers/{id}", "DELETE", one, "none"), 204, NOTHING);
    }

    /** Every caller with a token reads, {@code party} gets {@code status} (no cooperating department here). */
    private void readExcept(Endpoint e, Party party, int status, Consumer<ValidatableResponse> checks) {
        for (Party p : Party.values()) {
            if (p == party) {
                m.add(e, p, status, checks);
            } else if (p != Party.CO_DEPARTMENT) {
                m.add(e, p, p == Party.NO_TOKEN ? 401 : 200, NOTHING);
            }
        }
    }

    /** Viewer, monitor and plan admin read; department systems are refused. */
    private void monitorsRead(Endpoint e) {
        m.add(e, Party.VIEWER, 200, NOTHING);
        m.add(e, Party.MONITOR, 200, NOTHING);
        m.add(e, Party.OWN_DEPARTMENT, 403, NOTHING);
        m.add(e, Party.OTHER_DEPARTMENT, 403, NOTHING);
        m.add(e, Party.PLAN_ADMIN, 200, NOTHING);
        m.add(e, Party.NO_TOKEN, 401, NOTHING);
    }

    /** Only the monitor writes; its row comes last, so that the others are refused on a thing that still exists. */
    private void monitorWrites(Endpoint e, int status, Consumer<ValidatableResponse> checks) {
        m.add(e, Party.VIEWER, 403, NOTHING);
        m.add(e, Party.OWN_DEPARTMENT, 403, NOTHING);
        m.add(e, Party.OTHER_DEPARTMENT, 403, NOTHING);
        m.add(e, Party.PLAN_ADMIN, 403, NOTHING);
        m.add(e, Party.NO_TOKEN, 401, NOTHING);
        m.add(e, Party.MONITOR, status, checks);
    }

    /** The monitor's new silence, rule or receiver is synthetic and removed at once. */
    private static Consumer<ValidatableResponse> created(String collection, int deleted) {
        return r -> {
            r.body("id", notNullValue());
            NotificationFixture.delete(
                    collection, r.extract().<Number>path("id").longValue(), deleted);
        };
    }

    private static Endpoint get(String label, String path) {
        return Endpoint.get(label, p -> path, ECO, null, OTHER);
    }

    /** A write; a null body means the rule body (made late, since it names the fixture's receiver), "none" no body. */
    private static Endpoint write(String label, String method, Function<Party, String> path, String body) {
        Function<Party, String> made =
                "none".equals(body) ? p -> null : p -> body == null ? NotificationFixture.ruleBody() : body;
        return new Endpoint(label, method, path, "application/json", made, ECO, null, OTHER);
    }
}
