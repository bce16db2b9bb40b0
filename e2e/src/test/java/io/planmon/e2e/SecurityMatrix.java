package io.planmon.e2e;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The role and department matrix: every endpoint of indicator-service (submissions and reporting in {@link
 * GovernanceMatrix}) and task-service, plus activity and articles, and of notification-service and the dashboard
 * summary ({@link NotificationMatrix}), against every kind of caller, with the status the gateway must answer. The test runs these rows and the table in
 * docs/security.md is rendered from them. Writes use synthetic values on periods and tasks no other test touches.
 */
final class SecurityMatrix {
    /** One cell: what {@code party} gets from {@code endpoint}; {@code cell} is how the documentation shows it. */
    record Row(Endpoint endpoint, Party party, int status, String cell, Consumer<ValidatableResponse> more) {
        @Override
        public String toString() {
            return endpoint.label() + " as " + party.heading + " -> " + cell;
        }
    }

    static final String STATS = "dept-stats";
    static final String TRANSPORT = "dept-transport";
    private static final String NOTE = "synthetic e2e security-matrix value";
    private static final Consumer<ValidatableResponse> NOTHING = response -> {};

    private final List<Row> rows = new ArrayList<>();

    private SecurityMatrix() {}

    static List<Row> rows() {
        SecurityMatrix m = new SecurityMatrix();
        m.indicators();
        GovernanceMatrix.addTo(m);
        m.tasks();
        m.read(Endpoint.get("GET /api/v1/activity", p -> "/api/v1/activity", STATS, null, TRANSPORT));
        NotificationMatrix.addTo(m);
        return m.rows;
    }

    /** The matrix as a Markdown table, one line per endpoint, one column per caller ("—": no such caller there). */
    static String markdown(List<Row> rows) {
        StringBuilder out = new StringBuilder("| endpoint |");
        StringBuilder rule = new StringBuilder("|---|");
        for (Party p : Party.values()) {
            out.append(' ').append(p.heading).append(" |");
            rule.append("---|");
        }
        out.append('\n').append(rule).append('\n');
        Map<String, Map<Party, String>> table = new java.util.LinkedHashMap<>();
        for (Row row : rows) {
            table.computeIfAbsent(row.endpoint().label(), k -> new EnumMap<>(Party.class))
                    .put(row.party(), row.cell());
        }
        table.forEach((label, cells) -> {
            out.append("| `")
                    .append(label.replace(" (", "` (").replaceFirst("^([^(]*)$", "$1`"))
                    .append(" |");
            for (Party p : Party.values()) {
                out.append(' ').append(cells.getOrDefault(p, "—")).append(" |");
            }
            out.append('\n');
        });
        return out.toString();
    }

    private void indicators() {
        read(Endpoint.get("GET /api/v1/indicators", p -> "/api/v1/indicators", STATS, null, TRANSPORT));
        read(Endpoint.get("GET /api/v1/indicators/summary", p -> "/api/v1/indicators/summary", STATS, null, TRANSPORT));
        read(indicatorGet("", "GDP_PER_CAPITA"));
        read(indicatorGet("/observations", "GDP_PER_CAPITA/observations"));
        read(indicatorGet("/evaluations", "GDP_PER_CAPITA/evaluations"));
        read(indicatorGet("/status-changes", "GDP_PER_CAPITA/status-changes"));
        read(indicatorGet("/target/changes", "GDP_PER_CAPITA/target/changes"));

        // every successful write gets a period of its own, so that each is a fresh CREATED / imported row
        Map<Party, String> single = periods("2021", "2022");
        write(
                new Endpoint(
                        "PUT /api/v1/indicators/{code}/observations/{period}",
                        "PUT",
                        p -> "/api/v1/indicators/GDP_PER_CAPITA/observations/" + single.get(p),
                        "application/json",
                        p -> "{\"value\": 118.5, \"note\": \"" + NOTE + "\"}",
                        STATS,
                        null,
                        TRANSPORT),
                201,
                201,
                403,
                r -> r.body("outcome", equalTo("CREATED")));

        // after the writes above, so that period 2021 has a revision history whatever the other tests did
        read(indicatorGet("/observations/{period}/revisions", "GDP_PER_CAPITA/observations/2021/revisions"));

        Map<Party, String> json = periods("2023", "2019");
        batch(new Endpoint(
                "POST /api/v1/observations (JSON)",
                "POST",
                p -> "/api/v1/observations",
                "application/json",
                p -> "{\"observations\": [{\"indicator\": \"GDP_PER_CAPITA\", \"period\": \"" + json.get(p)
                        + "\", \"value\": 121.0, \"note\": \"" + NOTE + "\"}]}",
                STATS,
                null,
                TRANSPORT));
        Map<Party, String> csv = periods("2018", "2017");
        batch(new Endpoint(
                "POST /api/v1/observations (CSV)",
                "POST",
                p -> "/api/v1/observations",
                "text/csv",
                p -> "indicator,period,value,note\nGDP_PER_CAPITA," + csv.get(p) + ",109.5,\"" + NOTE + "\"\n",
                STATS,
                null,
                TRANSPORT));

        // the target of an indicator is the plan office's: its owning department may not set it either
        planOfficeSetting("target", "{\"kind\": \"INCREASING\"}", NOTHING);
        // so is when its values are due (null: the frequency's default, what it already is)
        planOfficeSetting("due-days", "{\"dueDays\": null}", r -> r.body("dueDays", equalTo(90)));
        // and when its department is reminded before that (null: the default of 7, what it already is)
        planOfficeSetting("reminder-days", "{\"reminderDays\": null}", r -> r.body("reminderDays", equalTo(7)));
    }

    /**
     * A setting of RAIL_TRANSIT_LENGTH (owned by TRANSPORT) that only the plan office changes: 403 for the owning and for
     * another department, 200 for the plan admin.
     */
    private void planOfficeSetting(String setting, String body, Consumer<ValidatableResponse> more) {
        write(
                new Endpoint(
                        "PUT /api/v1/indicators/{code}/" + setting,
                        "PUT",
                        p -> "/api/v1/indicators/RAIL_TRANSIT_LENGTH/" + setting,
                        "application/json",
                        p -> body,
                        TRANSPORT,
                        null,
                        STATS),
                403,
                200,
                403,
                more);
    }

    private void tasks() {
        String lead = TaskFixture.LEAD;
        String co = TaskFixture.CO;
        String other = TaskFixture.OTHER;
        read(Endpoint.get("GET /api/v1/articles", p -> "/api/v1/articles", STATS, null, TRANSPORT));
        read(Endpoint.get("GET /api/v1/articles/{number}", p -> "/api/v1/articles/20", STATS, null, TRANSPORT));
        read(Endpoint.get("GET /api/v1/tasks", p -> "/api/v1/tasks", lead, co, other));
        read(Endpoint.get("GET /api/v1/tasks/summary", p -> "/api/v1/tasks/summary", lead, co, other));
        read(Endpoint.get("GET /api/v1/tasks/{id}", p -> "/api/v1/tasks/" + TaskFixture.id(), lead, co, other));
        read(Endpoint.get(
                "GET /api/v1/tasks/{id}/progress",
                p -> "/api/v1/tasks/" + TaskFixture.id() + "/progress",
                lead,
                co,
                other));

        Function<Party, String> report = p -> "{\"percent\": " + (10 + p.ordinal())
                + ", \"narrative\": \"synthetic e2e security-matrix report\","
                + " \"note\": \"synthetic: the percent is made up for the test\"}";
        Endpoint progress = new Endpoint(
                "POST /api/v1/tasks/{id}/progress",
                "POST",
                p -> "/api/v1/tasks/" + TaskFixture.id() + "/progress",
                "application/json",
                report,
                lead,
                co,
                other);
        Consumer<ValidatableResponse> reported = r -> r.body("narrative", containsString("synthetic"));
        write(progress, 201, 201, 403, reported);
        add(progress, Party.CO_DEPARTMENT, 201, reported);

        Endpoint create = new Endpoint(
                "POST /api/v1/tasks",
                "POST",
                p -> "/api/v1/tasks",
                "application/json",
                p -> TaskFixture.body(TaskFixture.nextCode()),
                lead,
                co,
                other);
        write(create, 403, 201, 403, r -> r.body("leadDepartment", equalTo("ECO")));
        add(create, Party.CO_DEPARTMENT, 403, NOTHING);

        Endpoint update = new Endpoint(
                "PUT /api/v1/tasks/{id}",
                "PUT",
                p -> "/api/v1/tasks/" + TaskFixture.id(),
                "application/json",
                p -> TaskFixture.body(null),
                lead,
                co,
                other);
        write(update, 403, 200, 403, r -> r.body("coDepartments", equalTo(List.of("HEALTH"))));
        add(update, Party.CO_DEPARTMENT, 403, NOTHING);
    }

    /** A read below {@code /api/v1/indicators/GDP_PER_CAPITA}, owned by STATS. */
    private static Endpoint indicatorGet(String label, String path) {
        return Endpoint.get(
                "GET /api/v1/indicators/{code}" + label, p -> "/api/v1/indicators/" + path, STATS, null, TRANSPORT);
    }

    /** Anyone with a token reads; the cooperating column is filled where the endpoint has one. */
    void read(Endpoint e) {
        for (Party p : Party.values()) {
            if (p == Party.CO_DEPARTMENT && e.coOwner() == null) {
                continue;
            }
            add(e, p, p == Party.NO_TOKEN ? 401 : 200, NOTHING);
        }
    }

    /** People who only read are refused by role; the owner and the plan admin get what is given. */
    private void write(Endpoint e, int own, int admin, int other, Consumer<ValidatableResponse> adminChecks) {
        add(e, Party.VIEWER, 403, NOTHING);
        add(e, Party.MONITOR, 403, NOTHING);
        add(e, Party.OWN_DEPARTMENT, own, own < 300 ? adminChecks : NOTHING);
        add(e, Party.OTHER_DEPARTMENT, other, NOTHING);
        add(e, Party.PLAN_ADMIN, admin, adminChecks);
        add(e, Party.NO_TOKEN, 401, NOTHING);
    }

    /** A batch answers 200 to its writers and rejects, row by row, what the caller's department does not own. */
    private void batch(Endpoint e) {
        add(e, Party.VIEWER, 403, NOTHING);
        add(e, Party.MONITOR, 403, NOTHING);
        Consumer<ValidatableResponse> stored =
                r -> r.body("imported", equalTo(1)).body("rejected", hasSize(0));
        add(e, Party.OWN_DEPARTMENT, 200, stored);
        rows.add(new Row(e, Party.OTHER_DEPARTMENT, 200, "200, row rejected", r -> r.body("imported", equalTo(0))
                .body("rejected", hasSize(1))
                .body("rejected[0].message", containsString("STATS"))));
        add(e, Party.PLAN_ADMIN, 200, stored);
        add(e, Party.NO_TOKEN, 401, NOTHING);
    }

    void add(Endpoint e, Party p, int status, Consumer<ValidatableResponse> more) {
        rows.add(new Row(e, p, status, String.valueOf(status), more));
    }

    /** Own department and plan admin write on their own periods; refused callers aim at one that is never stored. */
    private static Map<Party, String> periods(String own, String admin) {
        Map<Party, String> periods = new EnumMap<>(Party.class);
        for (Party p : Party.values()) {
            periods.put(p, "2016");
        }
        periods.put(Party.OWN_DEPARTMENT, own);
        periods.put(Party.PLAN_ADMIN, admin);
        return periods;
    }
}
