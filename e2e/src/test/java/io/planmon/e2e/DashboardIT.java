package io.planmon.e2e;

import static io.planmon.e2e.DashboardApi.push;
import static io.planmon.e2e.ThroughTheGateway.gateway;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The monitoring office's dashboard in a real browser against the real stack: signing in through Keycloak's login page,
 * the overview's counts, an indicator's chart and reason, an alert arriving live and acknowledged, signing out; a
 * viewer is offered no acknowledgement; a write with the session cookie but without the CSRF token is refused.
 */
class DashboardIT implements ThroughTheGateway {
    /** Owned by CULTURE, judged by its rise against the year before; no other system test pushes it. */
    private static final String INDICATOR = "TOURIST_VISITS";
    /** Owned by DRC, judged the same way, pushed by the viewer's test only. */
    private static final String VIEWERS_INDICATOR = "TOTAL_FACTOR_PRODUCTIVITY";

    private static final By FIRING_ROW = By.xpath("//tr[@data-subject='" + INDICATOR
            + "'][.//span[@data-value='OFF_TRACK']][.//button[@data-action='acknowledge']]");

    @Test
    void theMonitorFollowsAnIndicatorOffTrackLiveAndAcknowledgesIt() {
        push(INDICATOR, "dept-culture", "2023", 1000);
        push(INDICATOR, "dept-culture", "2024", 1100);
        try (Browser browser = new Browser()) {
            browser.signInToOverview("monitor");
            await("the overview shows the summary's counts")
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(2))
                    .untilAsserted(() -> overviewMatchesSummary(browser));
            browser.screenshot("overview");

            browser.waitFor(By.cssSelector("#nav a[href='/indicators']")).click();
            browser.waitFor(By.cssSelector("a[href='/indicators/" + INDICATOR + "']"))
                    .click();
            browser.waitFor(By.cssSelector("[data-testid=indicator-chart][data-drawn=true] canvas"));
            String reason = indicator().getString("latest.reason");
            assertThat(browser.waitFor(By.cssSelector("[data-testid=reason] p")).getText())
                    .isEqualTo(reason);
            assertThat(browser.driver().getCurrentUrl()).isEqualTo(gateway() + "/indicators/" + INDICATOR);
            browser.screenshot("indicator");

            browser.waitFor(By.cssSelector("#nav a[href='/tasks']")).click();
            browser.waitFor(By.cssSelector("[data-testid=task-list] table tbody tr"));
            browser.screenshot("tasks");

            browser.waitFor(By.cssSelector("#nav a[href='/alerts']")).click();
            browser.waitFor(By.cssSelector("[data-testid=alert-table]"));
            browser.script("window.planmonTestMarker = 'no reload';");
            push(
                    INDICATOR,
                    "dept-culture",
                    "2025",
                    900); // fewer visitors than the year before: OFF_TRACK, a CRITICAL alert
            String alertId = new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                    .ignoring(StaleElementReferenceException.class)
                    .until(driver -> driver.findElements(FIRING_ROW).stream()
                            .findFirst()
                            .map(row -> row.getAttribute("data-alert-id"))
                            .orElse(null));
            assertThat(browser.script("return window.planmonTestMarker;"))
                    .as("arrived live")
                    .isEqualTo("no reload");
            browser.screenshot("alerts-live");

            Response forged = given().cookies(sessionCookies(browser))
                    .contentType(ContentType.JSON)
                    .body("{\"comment\": \"forged\"}")
                    .post("/api/v1/alerts/" + alertId + "/ack");
            assertThat(forged.statusCode()).isEqualTo(403);
            assertThat(forged.jsonPath().getString("type")).isEqualTo("urn:planmon:problem:csrf-token-missing");
            assertThat(alert(alertId).getString("state")).isEqualTo("FIRING");

            // Found afresh: a change of this alert arriving on the stream meanwhile redraws its row.
            await("the acknowledge button clicked")
                    .atMost(Duration.ofSeconds(10))
                    .ignoreExceptions()
                    .until(() -> {
                        browser.driver()
                                .findElement(FIRING_ROW)
                                .findElement(By.cssSelector("[data-action=acknowledge]"))
                                .click();
                        return true;
                    });
            browser.waitFor(By.cssSelector("[data-testid=ack-comment]")).sendKeys("synthetic e2e: seen by the office");
            browser.waitFor(By.cssSelector("[data-action=confirm-ack]")).click();
            await("acknowledged").atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                JsonPath acknowledged = alert(alertId);
                assertThat(acknowledged.getString("state")).isEqualTo("ACKNOWLEDGED");
                assertThat(acknowledged.getString("acknowledgedBy")).isEqualTo("monitor");
                assertThat(acknowledged.getString("ackComment")).isEqualTo("synthetic e2e: seen by the office");
                assertThat(browser.all(FIRING_ROW)).isEmpty();
            });
            browser.screenshot("alerts-acknowledged");

            browser.waitFor(By.id("signout")).click();
            browser.waitFor(By.id("sign-in-again"));
            browser.screenshot("signed-out");
            browser.open(gateway() + "/");
            assertThat(browser.waitFor(By.id("username")).isDisplayed())
                    .as("signed in again only through Keycloak")
                    .isTrue();
        }
    }

    @Test
    void aViewerIsOfferedNoAcknowledgement() {
        // A firing alert that the monitor would be offered to acknowledge: a fall against the year before.
        push(VIEWERS_INDICATOR, "dept-drc", "2024", 100);
        push(VIEWERS_INDICATOR, "dept-drc", "2025", 99);
        try (Browser browser = new Browser()) {
            browser.signInAt("/alerts", "viewer");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                    .until(driver -> !driver.findElements(By.xpath("//tr[@data-subject='" + VIEWERS_INDICATOR
                                    + "'][.//span[@data-value='OFF_TRACK']][contains(@class, 'firing')]"))
                            .isEmpty());
            assertThat(browser.all(By.cssSelector("[data-action=acknowledge]"))).isEmpty();
            assertThat(browser.all(By.cssSelector("[data-action=silence]"))).isEmpty();
            assertThat(browser.all(By.cssSelector("[data-action=deliveries]"))).isNotEmpty();
            browser.screenshot("alerts-viewer");
        }
    }

    private static void overviewMatchesSummary(Browser browser) {
        JsonPath summary = given().auth()
                .oauth2(Tokens.user("monitor"))
                .get("/api/v1/dashboard/summary")
                .jsonPath();
        Map<String, Map<String, Integer>> byArea = summary.getMap("indicators.byArea");
        Map<String, String> expected = new HashMap<>();
        Map<String, String> shown = new HashMap<>();
        byArea.forEach((area, counts) -> {
            expected.put(
                    area,
                    String.valueOf(
                            counts.values().stream().mapToInt(Integer::intValue).sum()));
            browser.all(By.cssSelector("[data-area=" + area + "] [data-testid=area-total]"))
                    .forEach(total -> shown.put(area, total.getText()));
        });
        expected.put("tasks", summary.getString("tasks.total"));
        shown.put(
                "tasks",
                browser.waitFor(By.cssSelector("[data-testid=tasks-total]")).getText());
        for (String severity : new String[] {"CRITICAL", "WARNING", "INFO"}) {
            expected.put(severity, summary.getString("alerts.open." + severity));
            shown.put(
                    severity,
                    browser.waitFor(By.cssSelector("[data-severity=" + severity + "]"))
                            .getText());
        }
        if (!shown.equals(expected)) {
            browser.driver().navigate().refresh(); // counts moved between the two reads: look again
        }
        assertThat(shown).isEqualTo(expected);
    }

    /** The browser's own cookies, as a page on another site would make the browser send them. */
    private static Map<String, String> sessionCookies(Browser browser) {
        Map<String, String> cookies = new HashMap<>();
        for (Cookie cookie : browser.driver().manage().getCookies()) {
            cookies.put(cookie.getName(), cookie.getValue());
        }
        assertThat(cookies.keySet()).anyMatch(name -> name.startsWith("q_session_dashboard"));
        return cookies;
    }

    private static JsonPath indicator() {
        return given().auth()
                .oauth2(Tokens.user("monitor"))
                .get("/api/v1/indicators/" + INDICATOR)
                .jsonPath();
    }

    private static JsonPath alert(String id) {
        return given().auth()
                .oauth2(Tokens.user("monitor"))
                .get("/api/v1/alerts/" + id)
                .jsonPath();
    }
}
