package io.planmon.e2e;

import static io.planmon.e2e.DashboardApi.push;
import static io.planmon.e2e.DashboardApi.setTarget;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An indicator page in a real browser draws what the plan asks of the indicator: the target path from the base year
 * to the target year, the at-risk band the API judges with, the projection to the target year, and says the target
 * and the catch-up rate in a sentence.
 */
class DashboardChartIT implements ThroughTheGateway {
    /** Owned by ECO, annual, without a target in the catalogue; no other system test touches it. */
    private static final String INDICATOR = "CARBON_INTENSITY";

    @Test
    void theIndicatorPageDrawsTheTargetPathWithItsBandAndTheProjection() {
        // A falling path, 0.50 in 2020 to 0.40 in 2030, judged with bands of its own; four synthetic values.
        setTarget(
                INDICATOR,
                "{\"kind\": \"TARGET_VALUE\", \"baseYear\": 2020, \"targetYear\": 2030,"
                        + " \"targetValue\": 0.40, \"bands\": {\"onTrack\": 0.9, \"atRisk\": 0.8}}");
        push(INDICATOR, "dept-eco", "2020", 0.50);
        push(INDICATOR, "dept-eco", "2021", 0.49);
        push(INDICATOR, "dept-eco", "2022", 0.485);
        push(INDICATOR, "dept-eco", "2023", 0.47);
        JsonPath indicator = given().auth()
                .oauth2(Tokens.user("viewer"))
                .get("/api/v1/indicators/" + INDICATOR)
                .jsonPath();
        assertThat(indicator.getString("projection.trend")).isEqualTo("LINEAR");

        try (Browser browser = new Browser()) {
            browser.signInAt("/indicators/" + INDICATOR, "viewer");
            browser.waitFor(By.cssSelector("[data-testid=indicator-chart][data-drawn=true] canvas"));
            WebElement chart = browser.driver().findElement(By.cssSelector("[data-testid=indicator-chart]"));
            assertThat(List.of(chart.getAttribute("data-series").split(" ")))
                    .as("series drawn")
                    .contains("actual", "path", "band-at-risk", "projection")
                    .doesNotContain("benchmark");
            assertThat(chart.getAttribute("data-periods"))
                    .as("the path runs from the base year to the target year")
                    .isEqualTo("2020/2030");
            assertThat(browser.waitFor(By.cssSelector("[data-testid=target]")).getText())
                    .contains("2020", "2030", "0.4", "0.9", "0.8")
                    .doesNotContain("默认值");
            assertThat(indicator.getString("projection.catchUpRate")).isNotNull();
            assertThat(browser.waitFor(By.cssSelector("[data-testid=catch-up]")).getText())
                    .as("the change needed a year, in the indicator's unit")
                    .matches("-?[0-9.]+ t CO2/10k CNY/年");
            assertThat(browser.waitFor(By.cssSelector("[data-testid=reason] p")).getText())
                    .isEqualTo(indicator.getString("latest.reason"));
            browser.screenshot("indicator-path");
        }
    }
}
