package io.planmon.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * The smoke test through the published gateway port, with two instances of every data service behind it: values
 * pushed through both indicator instances each appear once in the activity feed, an off-track value raises one
 * CRITICAL alert and shows in the dashboard summary, tasks made through both task instances raise one alert each, the
 * live stream on each notification instance carries every alert whichever instance raised it, both instances of the
 * consumer group hold partitions, and every outbox drains. Synthetic values, in a fresh stack (down -v after each run).
 */
final class TwoInstanceChecks {
    private static final String RUN =
            UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    private static final String SPREAD = "STRATEGIC_EMERGING_OUTPUT_SHARE";
    private static final String OFF_TRACK = "GDP_PER_CAPITA";
    private static final int VALUES = 12;
    private static final int TASKS = 4;

    private final PlanmonApi api;
    private final ComposeProject project;

    TwoInstanceChecks(PlanmonApi api, ComposeProject project) {
        this.api = api;
        this.project = project;
    }

    void run() throws Exception {
        String stats = api.clientToken("dept-stats");
        String monitor = api.userToken("monitor");
        String admin = api.userToken("admin");
        long offTrackBefore = wholeOffTrack(monitor);
        List<String> tasks = new ArrayList<>();
        // Opened one after the other with nothing between: the gateway gives them to the two instances in turn.
        try (AlertStream first = AlertStream.open(api.gatewayUrl(), monitor);
                AlertStream second = AlertStream.open(api.gatewayUrl(), monitor)) {
            assertThat(List.of(first.status(), second.status())).containsOnly(200);
            for (int i = 0; i < VALUES; i++) {
                api.put(
                        stats,
                        "/api/v1/indicators/" + SPREAD + "/observations/" + (1901 + i),
                        "{\"value\": " + (40 + i % 7) + ".5, \"note\": \"synthetic deploy-check value\"}",
                        201);
            }
            // The plan's path doubles per-capita GDP from 2020 to 2035: 100 in 2026 is far below it.
            api.put(
                    stats,
                    "/api/v1/indicators/" + OFF_TRACK + "/observations/2020",
                    "{\"value\": 100.0, \"note\": \"synthetic deploy-check value\"}",
                    201);
            api.put(
                    stats,
                    "/api/v1/indicators/" + OFF_TRACK + "/observations/2026",
                    "{\"value\": 100.0, \"note\": \"synthetic deploy-check value\"}",
                    201);
            for (int i = 0; i < TASKS; i++) {
                tasks.add(createTask(admin, "DC-" + RUN + "-" + i));
            }

            await("every value once in the activity feed")
                    .atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> activityPeriods(monitor, SPREAD).size() >= VALUES);
            Map<String, Long> periods = activityPeriods(monitor, SPREAD).stream()
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertThat(periods)
                    .hasSize(VALUES)
                    .allSatisfy((period, n) -> assertThat(n).as(period).isEqualTo(1));
            await("the off-track value in the activity feed")
                    .atMost(Duration.ofSeconds(60))
                    .until(() -> activityPeriods(monitor, OFF_TRACK).contains("2026"));

            await("the off-track alert")
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> alerts(monitor, OFF_TRACK, "&severity=CRITICAL") >= 1);
            for (String code : tasks) {
                await("the alert of " + code)
                        .atMost(Duration.ofSeconds(60))
                        .pollInterval(Duration.ofSeconds(1))
                        .until(() -> alerts(monitor, code, "") >= 1);
            }
            Thread.sleep(2_000); // a duplicate would have been consumed by now
            assertThat(alerts(monitor, OFF_TRACK, "&severity=CRITICAL"))
                    .as(OFF_TRACK)
                    .isEqualTo(1);
            for (String code : tasks) {
                assertThat(alerts(monitor, code, "")).as(code).isEqualTo(1);
            }
            await("the off-track indicator in the dashboard summary")
                    .atMost(Duration.ofSeconds(60))
                    .until(() -> offTrack(monitor) > offTrackBefore);

            List<String> raised = new ArrayList<>(tasks);
            raised.add(OFF_TRACK);
            for (AlertStream stream : List.of(first, second)) {
                await("every alert on both live streams")
                        .atMost(Duration.ofSeconds(30))
                        .untilAsserted(() -> assertThat(stream.data()).contains(raised));
            }
        }
        instancesShareTheWork();
        for (String database : List.of("indicator", "task", "notification")) {
            await("the " + database + " outbox drained")
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> pending(database) == 0);
        }
    }

    /** Each instance served requests (its access log), and each notification instance holds partitions. */
    private void instancesShareTheWork() {
        Map<String, String> served = Map.of(
                "indicator-service", "\"PUT /api/v1/indicators/" + SPREAD,
                "task-service", "\"POST /api/v1/tasks",
                "notification-service", "\"GET /api/v1/alerts/stream");
        served.forEach((service, request) -> {
            for (String instance : List.of(service, service + "-2")) {
                assertThat(project.logs(instance))
                        .as(instance + " served " + request)
                        .contains(request);
            }
        });
        Pattern assigned = Pattern.compile("kafka_consumer_coordinator_assigned_partitions\\{[^}]*"
                + "client_id=\"kafka-consumer-observations\"[^}]*\\} ([0-9.E+-]+)");
        for (String instance : List.of("notification-service", "notification-service-2")) {
            String metrics = project.exec(
                    instance,
                    "exec 3<>/dev/tcp/127.0.0.1/8083 && printf 'GET /q/metrics"
                            + " HTTP/1.1\\r\\nHost: localhost\\r\\nConnection: close\\r\\n\\r\\n' >&3 && cat <&3");
            Matcher value = assigned.matcher(metrics);
            assertThat(value.find())
                    .as(instance + " reports its observations consumer")
                    .isTrue();
            assertThat(Double.parseDouble(value.group(1)))
                    .as(instance + " partitions")
                    .isGreaterThan(0);
        }
    }

    private long pending(String database) {
        String count = project.exec(
                "postgres",
                "psql -U postgres -d planmon_" + database + " -tAc 'select count(*)" + " from " + database
                        + ".outbox_event where published_at is null'");
        return Long.parseLong(count.strip());
    }

    private String createTask(String token, String code) throws Exception {
        String title = "synthetic deploy-check task " + code;
        api.post(
                token,
                "/api/v1/tasks",
                "{\"code\": \"" + code + "\", \"article\": 21, \"title\": \"" + title
                        + "\", \"titleEn\": \"" + title + "\", \"leadDepartment\": \"ECO\", \"coDepartments\": [],"
                        + " \"assignment\": \"PROPOSED\", \"start\": \"2026-01-01\", \"due\": \"2030-12-31\"}",
                201);
        return code;
    }

    /** The periods of the indicator's activity entries, one per entry, so that a duplicate shows. */
    private List<String> activityPeriods(String token, String indicator) throws Exception {
        JsonNode entries = api.getJson(token, "/api/v1/activity?limit=200&subject=" + indicator);
        Pattern period = Pattern.compile(indicator + " (\\d{4}) =");
        return StreamSupport.stream(entries.spliterator(), false)
                .map(entry -> period.matcher(entry.path("summaryEn").asText()))
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .toList();
    }

    private int alerts(String token, String subject, String filter) throws Exception {
        var response = api.get(token, "/api/v1/alerts?subject=" + subject + filter);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Integer.parseInt(response.headers().firstValue("X-Total-Count").orElseThrow());
    }

    /**
     * The summary's OFF_TRACK count, or -1 while the summary is partial: a part whose service does not answer within the
     * gateway's dashboard timeout is left out (cold JVMs on a loaded machine), and the next read asks again.
     */
    private long offTrack(String token) throws Exception {
        JsonNode summary = api.getJson(token, "/api/v1/dashboard/summary");
        if (summary.path("partial").asBoolean(true)) {
            System.out.println("[smoke] the dashboard summary is partial for now: " + summary.path("missing"));
            return -1;
        }
        return summary.path("indicators").path("byStatus").path("OFF_TRACK").asLong(-1);
    }

    /** The count from the first whole summary. */
    private long wholeOffTrack(String token) {
        long[] count = {-1};
        await("a whole dashboard summary")
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> (count[0] = offTrack(token)) >= 0);
        return count[0];
    }
}
