package io.planmon.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * How soon the overview paints in Chromium, measured, never asserted (docs/performance.md, "Dashboard"): signed in as
 * {@code monitor}, the overview is loaded N times with a warm and N times with an emptied browser cache, and the first
 * contentful paint, the largest contentful paint and the moment the scorecards are on screen are printed as median and
 * p95, beside the same page served by a plain static server (StaticOverview) in the same run.
 *
 * <p>Not a test of the build (no IT suffix): run it against a started stack with {@code -Dplanmon.gateway=URL}, or
 * without it on the e2e platform, as docs/performance.md says.
 */
class DashboardPaintBench {
    /** Set before each document's scripts: the last LCP, and the frame after the first scorecard entered the page. */
    private static final String OBSERVE =
            """
            window.planmonPaint = {};
            new PerformanceObserver((list) => list.getEntries().forEach((entry) => { window.planmonPaint.lcp = entry.startTime; }))
              .observe({ type: 'largest-contentful-paint', buffered: true });
            const planmonCards = new MutationObserver(() => {
              if (document.querySelector('[data-testid=area-cards] [data-area]')) {
                planmonCards.disconnect();
                requestAnimationFrame(() => setTimeout(() => { window.planmonPaint.cards = performance.now(); }, 0));
              }
            });
            planmonCards.observe(document, { childList: true, subtree: true });
            """;

    private static final String READ =
            """
            const fcp = performance.getEntriesByName('first-contentful-paint')[0];
            const navigation = performance.getEntriesByType('navigation')[0];
            return { fcp: fcp ? fcp.startTime : null, lcp: window.planmonPaint.lcp ?? null, cards: window.planmonPaint.cards,
              ttfb: navigation ? navigation.responseStart : null };
            """;
    private static final List<String> METRICS = List.of("ttfb", "fcp", "lcp", "cards");

    @Test
    void overviewPaint() throws IOException {
        String gateway = System.getProperty("planmon.gateway", "");
        if (gateway.isBlank()) {
            gateway = PlatformStack.get().gatewayUrl();
        }
        int loads = Integer.getInteger("planmon.bench.loads", 20);
        Path repository = Path.of("").toAbsolutePath().getParent();
        StringBuilder report = new StringBuilder();
        try (Browser browser = new Browser()) {
            browser.open(gateway + "/");
            browser.signIn("monitor");
            browser.waitFor(By.cssSelector("[data-testid=area-cards] [data-area]"));
            browser.devTools("Page.addScriptToEvaluateOnNewDocument", Map.of("source", OBSERVE));
            String config = (String) browser.script("return document.getElementById('planmon-config').textContent;");
            String caching = given().get(gateway + "/assets/app.js").header("Cache-Control");
            try (StaticOverview ceiling = new StaticOverview(repository, config, caching)) {
                for (String data : List.of("/api/v1/dashboard/summary", "/api/v1/activity?limit=8")) {
                    @SuppressWarnings("unchecked")
                    Map<String, String> answer = (Map<String, String>) browser.script(
                            """
                            return fetch(arguments[0], { headers: { Accept: 'application/json', 'X-Requested-With': 'JavaScript' } })
                              .then((r) => r.text().then((body) => ({ body, etag: r.headers.get('ETag') })));
                            """,
                            data);
                    ceiling.data(data, answer.get("body"), answer.get("etag"));
                }
                report.append(String.format(
                        Locale.ROOT,
                        "Dashboard overview paint: %d loads per row, Chromium %s, %s%n",
                        loads,
                        browser.version(),
                        machine()));
                report.append(String.format(
                        Locale.ROOT,
                        "%-44s %15s %15s %15s %15s%n",
                        "ms from navigation start, median / p95",
                        "TTFB",
                        "FCP",
                        "LCP",
                        "scorecards"));
                for (boolean cold : List.of(false, true)) {
                    Map<String, List<Double>> page = new HashMap<>();
                    Map<String, List<Double>> plain = new HashMap<>();
                    for (int i = -3; i < loads; i++) { // three loads of each to warm up, not counted
                        measure(browser, gateway + "/", cold, i < 0 ? new HashMap<>() : page);
                        measure(browser, ceiling.url() + "/", cold, i < 0 ? new HashMap<>() : plain);
                    }
                    String cache = cold ? "emptied cache" : "warm cache";
                    report.append(row("gateway, signed in (" + cache + ")", page));
                    report.append(row("ceiling: static server (" + cache + ")", plain));
                }
            }
        }
        System.out.print(report);
        Path out = Path.of("target/dashboard-paint.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    /** One load: waits for the scorecards, then a moment for the last LCP entry, and records the four times. */
    private static void measure(Browser browser, String url, boolean cold, Map<String, List<Double>> into) {
        if (cold) {
            browser.devTools("Network.clearBrowserCache", Map.of());
        }
        browser.open(url);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(driver -> browser.script("return window.planmonPaint && window.planmonPaint.cards;") != null);
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> times = (Map<String, Object>) browser.script(READ);
        assertThat(times.get("cards")).as("the scorecards of %s were seen", url).isNotNull();
        for (String metric : METRICS) {
            if (times.get(metric) instanceof Number value) {
                into.computeIfAbsent(metric, m -> new ArrayList<>()).add(value.doubleValue());
            }
        }
    }

    private static String row(String name, Map<String, List<Double>> times) {
        StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-44s", name));
        for (String metric : METRICS) {
            List<Double> values = new ArrayList<>(times.getOrDefault(metric, List.of()));
            values.sort(null);
            row.append(
                    values.isEmpty()
                            ? String.format(Locale.ROOT, " %15s", "n/a")
                            : String.format(
                                    Locale.ROOT, " %7.0f / %5.0f", percentile(values, 50), percentile(values, 95)));
        }
        return row.append(System.lineSeparator()).toString();
    }

    /** Nearest rank. */
    private static double percentile(List<Double> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static String machine() throws IOException {
        String model = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                .filter(line -> line.startsWith("model name"))
                .map(line -> line.substring(line.indexOf(':') + 1).strip())
                .findFirst()
                .orElse("unknown CPU");
        String load = Files.readString(Path.of("/proc/loadavg")).strip().split(" ", 4)[0];
        return Runtime.getRuntime().availableProcessors() + " CPUs " + model + ", 1-minute load average " + load
                + " before the loads";
    }
}
