package io.planmon.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.planmon.devstack.Stack;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * What must hold once a fault is over: every outbox drained, every consumer group caught up (lag 0), and each value that
 * was stored (every 2xx'd one among them) stored once and announced once in the activity feed, with the value sent.
 */
final class AfterTheFault {
    private static final Duration SETTLE = Duration.ofSeconds(90);
    private static final Pattern ANNOUNCED =
            Pattern.compile("reported " + WriteStream.INDICATOR + " (\\d{4}-\\d{2}) = ([-0-9.]+) \\(revision (\\d+)");

    private AfterTheFault() {}

    static void outboxesDrained(Stack stack) {
        await("every outbox drained")
                .atMost(SETTLE)
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    for (String schema : List.of("indicator", "task", "notification")) {
                        assertThat(OutboxRows.pending(stack.database(), schema))
                                .as(schema + " outbox")
                                .isZero();
                    }
                });
    }

    static void consumersCaughtUp(Stack stack) {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                stack.kafkaBootstrap(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                10_000))) {
            await("consumers caught up")
                    .atMost(SETTLE)
                    .pollInterval(Duration.ofSeconds(1))
                    .untilAsserted(() -> {
                        for (String group : List.of("task-service", "notification-service")) {
                            assertThat(lag(admin, group)).as(group + " lag").isZero();
                        }
                    });
        }
    }

    /** Every stored value of the stream's periods is the one sent, and in the feed exactly once, as revision 1. */
    static void storedOnceAndAnnouncedOnce(String monitor, List<WriteStream.Write> writes) {
        Map<String, String> sent = new HashMap<>();
        writes.forEach(w -> sent.put(w.period(), w.value()));
        Set<String> succeeded = writes.stream()
                .filter(WriteStream.Write::succeeded)
                .map(WriteStream.Write::period)
                .collect(java.util.stream.Collectors.toSet());
        String first = writes.get(0).period();
        String last = writes.get(writes.size() - 1).period();
        await("every stored value announced once").atMost(SETTLE).untilAsserted(() -> {
            Map<String, String> stored = stored(monitor, first, last);
            assertThat(stored.keySet()).as("stored periods").containsAll(succeeded);
            stored.forEach((period, value) -> assertThat(new java.math.BigDecimal(value))
                    .as("stored value of " + period)
                    .isEqualByComparingTo(sent.get(period)));
            Map<String, Integer> announced = announced(monitor, sent.keySet());
            assertThat(announced).as("announcements per stored period").containsOnlyKeys(stored.keySet());
            assertThat(announced.values()).as("announcements per period").containsOnly(1);
        });
    }

    private static Map<String, String> stored(String monitor, String first, String last) {
        Map<String, String> stored = new HashMap<>();
        List<Map<String, Object>> rows = given().auth()
                .oauth2(monitor)
                .queryParam("from", first)
                .queryParam("to", last)
                .queryParam("limit", 500)
                .get("/api/v1/indicators/" + WriteStream.INDICATOR + "/observations")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        rows.forEach(row -> stored.put(String.valueOf(row.get("period")), String.valueOf(row.get("value"))));
        return stored;
    }

    /** How often each period of {@code periods} is announced, walking the indicator's whole feed page by page. */
    private static Map<String, Integer> announced(String monitor, Set<String> periods) {
        Map<String, Integer> counts = new HashMap<>();
        String next = "/api/v1/activity?subject=" + WriteStream.INDICATOR + "&limit=500";
        while (next != null) {
            Response page =
                    given().auth().oauth2(monitor).urlEncodingEnabled(false).get(next);
            page.then().statusCode(200);
            for (String summary : page.jsonPath().getList("summaryEn", String.class)) {
                Matcher m = ANNOUNCED.matcher(summary);
                if (m.find() && periods.contains(m.group(1))) {
                    assertThat(m.group(3))
                            .as("revision announced for " + m.group(1))
                            .isEqualTo("1");
                    counts.merge(m.group(1), 1, Integer::sum);
                }
            }
            next = nextLink(page.header("Link"));
        }
        return counts;
    }

    private static String nextLink(String link) {
        if (link == null) {
            return null;
        }
        Matcher m = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"next\"").matcher(link);
        if (!m.find()) {
            return null;
        }
        String url = m.group(1);
        int api = url.indexOf("/api/");
        return api < 0 ? url : url.substring(api);
    }

    private static long lag(Admin admin, String group) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata()
                .get();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
                admin.listOffsets(latest).all().get();
        long lag = 0;
        for (Map.Entry<TopicPartition, OffsetAndMetadata> entry : committed.entrySet()) {
            if (entry.getValue() != null) {
                lag += ends.get(entry.getKey()).offset() - entry.getValue().offset();
            }
        }
        return lag;
    }
}
