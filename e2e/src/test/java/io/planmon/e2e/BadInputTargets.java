package io.planmon.e2e;

import java.util.List;
import java.util.Map;

/**
 * Every endpoint of the public API as the bad-input test calls it: a path template, the values that make its path
 * valid, a valid body to spoil, the query parameters it reads and the caller that may call it (so that a spoilt request
 * reaches the endpoint's own validation rather than a 403). Writes point at data no other test reads (the synthetic
 * 1990 value of CARBON_EMISSIONS), at ids nothing has, or send what is already stored (RAIL_TRANSIT_LENGTH's settings,
 * as the security matrix does); the body of an endpoint that creates or renames something is wrong to begin with (a
 * value of the wrong kind), so that no spoilt variant of it can create anything.
 */
final class BadInputTargets {
    static final String STATS = "dept-stats";
    static final String ECO = "dept-eco";
    static final String HEALTH = "dept-health";
    static final String MONITOR = "monitor";
    static final String ADMIN = "admin";
    /** The path of an id nothing has: a write there refused for its body never finds what it would change. */
    private static final Map<String, String> NO_SUCH_ID = Map.of("id", "999999999");

    /** One endpoint; {@code caller} is a department client ({@code dept-…}) or a person (monitor, admin). */
    record Target(
            String method,
            String template,
            Map<String, String> params,
            String body,
            List<String> query,
            String caller,
            boolean streams) {

        String label() {
            return method + " " + template;
        }

        boolean hasBody() {
            return body != null;
        }
    }

    private BadInputTargets() {}

    static List<Target> all(long task) {
        Map<String, String> carbon = Map.of("code", "CARBON_EMISSIONS", "period", "1990");
        Map<String, String> gdp = Map.of("code", "GDP_PER_CAPITA", "period", "2021");
        Map<String, String> rail = Map.of("code", "RAIL_TRANSIT_LENGTH");
        Map<String, String> taskId = Map.of("id", String.valueOf(task));
        Map<String, String> one = Map.of("id", "1");
        List<String> page = List.of("limit", "offset");
        List<String> range = List.of("from", "to", "limit", "offset");
        return List.of(
                get("/api/v1/indicators", STATS, List.of("area", "department", "article", "limit", "offset")),
                get("/api/v1/indicators/summary", STATS, List.of()),
                get("/api/v1/indicators/{code}", gdp, STATS, List.of()),
                get("/api/v1/indicators/{code}/observations", gdp, STATS, range),
                get("/api/v1/indicators/{code}/evaluations", gdp, STATS, range),
                get("/api/v1/indicators/{code}/status-changes", gdp, STATS, range),
                get("/api/v1/indicators/{code}/target/changes", gdp, STATS, List.of()),
                get("/api/v1/indicators/{code}/observations/{period}/revisions", gdp, STATS, page),
                write(
                        "PUT",
                        "/api/v1/indicators/{code}/observations/{period}",
                        carbon,
                        ECO,
                        "{\"value\": 61.5, \"note\": \"synthetic e2e bad-input value\"}"),
                write(
                        "POST",
                        "/api/v1/observations",
                        Map.of(),
                        ECO,
                        "{\"observations\": [{\"indicator\": \"CARBON_EMISSIONS\", \"period\": \"1990\", \"value\": 61.5,"
                                + " \"note\": \"synthetic e2e bad-input value\"}]}"),
                get("/api/v1/imports/{id}", Map.of("id", "00000000-0000-0000-0000-000000000000"), ECO, List.of()),
                write("PUT", "/api/v1/indicators/{code}/target", rail, ADMIN, "{\"kind\": \"INCREASING\"}"),
                write("PUT", "/api/v1/indicators/{code}/due-days", rail, ADMIN, "{\"dueDays\": null}"),
                write("PUT", "/api/v1/indicators/{code}/reminder-days", rail, ADMIN, "{\"reminderDays\": null}"),
                write("PUT", "/api/v1/indicators/{code}/future-periods", rail, ADMIN, "{\"allowed\": false}"),
                get("/api/v1/departments/{code}/reporting", Map.of("code", "HEALTH"), MONITOR, List.of("from")),
                get("/api/v1/reporting", MONITOR, List.of("from")),
                get("/api/v1/submissions", HEALTH, List.of("department", "period", "state", "limit", "offset")),
                get("/api/v1/submissions/{id}", one, HEALTH, List.of()),
                write(
                        "POST",
                        "/api/v1/submissions",
                        Map.of(),
                        HEALTH,
                        "{\"department\": \"HEALTH\", \"period\": \"not-a-period\"}"),
                write(
                        "POST",
                        "/api/v1/submissions/{id}/approve",
                        NO_SUCH_ID,
                        MONITOR,
                        "{\"comment\": \"synthetic e2e approval\"}"),
                write(
                        "POST",
                        "/api/v1/submissions/{id}/return",
                        NO_SUCH_ID,
                        MONITOR,
                        "{\"comment\": \"synthetic e2e return\"}"),
                write(
                        "POST",
                        "/api/v1/submissions/{id}/reopen",
                        NO_SUCH_ID,
                        ADMIN,
                        "{\"reason\": \"synthetic e2e reopening\"}"),
                get("/api/v1/articles", STATS, List.of()),
                get("/api/v1/articles/{number}", Map.of("number", "20"), STATS, List.of()),
                get("/api/v1/tasks", ECO, List.of("article", "department", "status", "limit", "offset")),
                get("/api/v1/tasks/summary", ECO, List.of()),
                get("/api/v1/tasks/{id}", taskId, ECO, List.of()),
                get("/api/v1/tasks/{id}/progress", taskId, ECO, page),
                write(
                        "POST",
                        "/api/v1/tasks/{id}/progress",
                        taskId,
                        ECO,
                        "{\"percent\": 15, \"narrative\": \"synthetic e2e bad-input report\"}"),
                write("POST", "/api/v1/tasks", Map.of(), ADMIN, "{\"code\": \"T01-01\", \"article\": 1}"),
                write("PUT", "/api/v1/tasks/{id}", taskId, ADMIN, "{\"title\": [\"synthetic\"]}"),
                get("/api/v1/activity", MONITOR, List.of("subject", "limit", "cursor")),
                get(
                        "/api/v1/alerts",
                        MONITOR,
                        List.of("state", "severity", "department", "subject", "limit", "cursor")),
                get("/api/v1/alerts/summary", MONITOR, List.of()),
                get("/api/v1/alerts/{id}", one, MONITOR, List.of()),
                new Target("GET", "/api/v1/alerts/stream", Map.of(), null, List.of(), MONITOR, true),
                write(
                        "POST",
                        "/api/v1/alerts/{id}/ack",
                        NO_SUCH_ID,
                        MONITOR,
                        "{\"comment\": \"synthetic e2e acknowledgement\"}"),
                get("/api/v1/deliveries", MONITOR, List.of("alert", "limit", "cursor")),
                get("/api/v1/silences", MONITOR, List.of("all")),
                write(
                        "POST",
                        "/api/v1/silences",
                        Map.of(),
                        MONITOR,
                        "{\"subject\": \"E2E-SYNTHETIC-BAD-INPUT\", \"reason\": \"synthetic\", \"expiresAt\": \"yesterday\"}"),
                write("DELETE", "/api/v1/silences/{id}", NO_SUCH_ID, MONITOR, null),
                get("/api/v1/rules", MONITOR, List.of()),
                write(
                        "POST",
                        "/api/v1/rules",
                        Map.of(),
                        MONITOR,
                        "{\"name\": \"synthetic\", \"minSeverity\": \"NOT_A_SEVERITY\"}"),
                write("PUT", "/api/v1/rules/{id}", NO_SUCH_ID, MONITOR, "{\"name\": \"synthetic\"}"),
                write("DELETE", "/api/v1/rules/{id}", NO_SUCH_ID, MONITOR, null),
                get("/api/v1/receivers", MONITOR, List.of()),
                get("/api/v1/receivers/{id}", NO_SUCH_ID, MONITOR, List.of()),
                write(
                        "POST",
                        "/api/v1/receivers",
                        Map.of(),
                        MONITOR,
                        "{\"name\": \"synthetic\", \"kind\": \"PIGEON\"}"),
                write("PUT", "/api/v1/receivers/{id}", NO_SUCH_ID, MONITOR, "{\"kind\": \"EMAIL\"}"),
                write("DELETE", "/api/v1/receivers/{id}", NO_SUCH_ID, MONITOR, null),
                get("/api/v1/dashboard/summary", MONITOR, List.of()));
    }

    private static Target get(String template, String caller, List<String> query) {
        return get(template, Map.of(), caller, query);
    }

    private static Target get(String template, Map<String, String> params, String caller, List<String> query) {
        return new Target("GET", template, params, null, query, caller, false);
    }

    private static Target write(
            String method, String template, Map<String, String> params, String caller, String body) {
        return new Target(method, template, params, body, List.of(), caller, false);
    }
}
