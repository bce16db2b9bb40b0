package io.planmon.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The overview polls politely: every 30 s, never sooner unless the alert stream reported a change, each time with
 * If-None-Match and the ETag of its last answer, and an unchanged summary costs a 304 — counted both in the page and
 * where the requests arrive (the gateway's own HTTP server metrics).
 */
class DashboardPollingIT implements ThroughTheGateway {
    private static final String SUMMARY = "/api/v1/dashboard/summary";
    /** Every summary the gateway answered, 200 or 304 (DashboardMetrics). */
    private static final String SUMMARIES = "planmon_gateway_dashboard_answers_total";
    /** Every request the gateway answered, by status (Quarkus' HTTP server metrics; a 304's uri is REDIRECTION). */
    private static final String REQUESTS = "http_server_requests_seconds_count";

    private static final String NOT_MODIFIED = "status=\"304\"";
    private static final Duration INTERVAL = Duration.ofSeconds(30);
    /** Two intervals and a little: at least two polls must fall in it. */
    private static final Duration WATCH = Duration.ofSeconds(65);

    /** Records every fetch() of the page (URL, when, If-None-Match, status, ETag) and every change of the live list. */
    private static final String RECORD =
            """
            window.planmonCalls = [];
            window.planmonStream = [];
            const original = window.fetch;
            window.fetch = (input, init) => {
              const headers = (init && init.headers) || {};
              const call = { url: String(input), at: performance.now(), ifNoneMatch: headers['If-None-Match'] || null,
                status: null, etag: null };
              window.planmonCalls.push(call);
              return original.call(window, input, init).then((response) => {
                call.status = response.status;
                call.etag = response.headers.get('ETag');
                return response;
              });
            };
            new MutationObserver(() => window.planmonStream.push(performance.now()))
              .observe(document.querySelector('[data-testid=live-alerts]'), { childList: true });
            """;

    @Test
    void theOverviewAsksConditionallyAndNoMoreOftenThanEvery30Seconds() throws InterruptedException {
        try (Browser browser = new Browser()) {
            browser.signInToOverview("viewer");
            browser.script(RECORD);
            long summariesBefore = DashboardApi.counted(SUMMARIES, "");
            long notModifiedBefore = DashboardApi.counted(REQUESTS, NOT_MODIFIED);
            Thread.sleep(WATCH.toMillis());
            long summaries = DashboardApi.counted(SUMMARIES, "") - summariesBefore;
            long notModified = DashboardApi.counted(REQUESTS, NOT_MODIFIED) - notModifiedBefore;

            List<Call> summary = calls(browser, SUMMARY);
            List<Call> activity = calls(browser, "/api/v1/activity?limit=8");
            @SuppressWarnings("unchecked")
            List<Number> stream = (List<Number>) browser.script("return window.planmonStream;");
            assertThat(summary).as("summary polls within %s", WATCH).hasSizeGreaterThanOrEqualTo(2);
            assertThat(activity).as("feed polls within %s", WATCH).hasSizeGreaterThanOrEqualTo(2);
            conditional(summary);
            conditional(activity);
            neverSooner(summary, stream);
            neverSooner(activity, stream);

            assertThat(summary).as("unchanged summaries answered 304").anyMatch(call -> call.status() == 304);
            // Nothing else asked the gateway meanwhile: what it counted is what the page sent and got.
            assertThat(summaries)
                    .as("summaries the gateway answered while the page was watched")
                    .isEqualTo(summary.size());
            assertThat(notModified)
                    .as("304s the gateway sent while the page was watched")
                    .isEqualTo(Stream.concat(summary.stream(), activity.stream())
                            .filter(call -> call.status() == 304)
                            .count());

            // The ETag the page holds is the summary's current one: a bearer client gets the same 304 for it.
            Call last = summary.get(summary.size() - 1);
            String held = last.status() == 304 ? last.ifNoneMatch() : last.etag();
            given().auth()
                    .oauth2(Tokens.user("viewer"))
                    .header("If-None-Match", held)
                    .get(SUMMARY)
                    .then()
                    .statusCode(304);
        }
    }

    /** Every poll names the ETag of the answer before it; a 200 comes only with a new ETag. */
    private static void conditional(List<Call> calls) {
        for (int i = 0; i < calls.size(); i++) {
            Call call = calls.get(i);
            assertThat(call.ifNoneMatch()).as("If-None-Match of %s", call).isNotBlank();
            assertThat(call.status()).as("%s", call).isIn(200, 304);
            if (call.status() == 200) {
                assertThat(call.etag()).as("a 200 brings a new ETag: %s", call).isNotEqualTo(call.ifNoneMatch());
            }
            if (i > 0) {
                Call previous = calls.get(i - 1);
                String held = previous.status() == 304 ? previous.ifNoneMatch() : previous.etag();
                assertThat(call.ifNoneMatch()).as("%s after %s", call, previous).isEqualTo(held);
            }
        }
    }

    /** Calls that no stream message preceded (by up to 2 s) are the timed polls: 30 s apart at the least. */
    private static void neverSooner(List<Call> calls, List<Number> stream) {
        List<Double> timed = new ArrayList<>();
        for (Call call : calls) {
            boolean pushed = stream.stream()
                    .mapToDouble(Number::doubleValue)
                    .anyMatch(at -> at <= call.at() && call.at() - at < 2000);
            if (!pushed) {
                timed.add(call.at());
            }
        }
        assertThat(timed).as("timed polls of %s", calls).hasSizeGreaterThanOrEqualTo(2);
        for (int i = 1; i < timed.size(); i++) {
            assertThat(timed.get(i) - timed.get(i - 1))
                    .as("ms between polls %s", timed)
                    .isGreaterThanOrEqualTo(INTERVAL.toMillis() - 100.0);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Call> calls(Browser browser, String url) {
        List<Map<String, Object>> recorded = (List<Map<String, Object>>) browser.script("return window.planmonCalls;");
        return recorded.stream()
                .filter(call -> url.equals(call.get("url")))
                .map(call -> new Call(
                        ((Number) call.get("at")).doubleValue(),
                        (String) call.get("ifNoneMatch"),
                        call.get("status") == null ? 0 : ((Number) call.get("status")).intValue(),
                        (String) call.get("etag")))
                .toList();
    }

    private record Call(double at, String ifNoneMatch, int status, String etag) {}
}
