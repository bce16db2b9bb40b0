package io.planmon.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Chinese first, English a click away: a new browser shows the dashboard in Chinese; the header's button switches every
 * label, the names of plan areas and statuses and the number formats to English, and the choice is kept across a
 * reload and on other pages until switched back.
 */
class DashboardLanguageIT implements ThroughTheGateway {

    @Test
    void chineseFirstEnglishAClickAwayAndTheChoiceIsKept() {
        try (Browser browser = new Browser()) {
            browser.signInAt("/", "viewer");
            browser.waitFor(By.cssSelector("[data-area=HIGH_QUALITY_DEVELOPMENT] h3"));
            assertThat(pageLanguage(browser)).isEqualTo("zh-CN");
            assertThat(labels(browser)).containsExactly("总览", "指标", "任务", "告警", "English", "高质量发展");
            assertThat(browser.waitFor(By.id("demo-notice")).getText()).startsWith("演示环境");

            browser.waitFor(By.id("lang")).click();
            browser.waitFor(By.xpath("//nav[@id='nav']/a[.='Overview']"));
            assertThat(pageLanguage(browser)).isEqualTo("en-GB");
            assertThat(labels(browser))
                    .containsExactly("Overview", "Indicators", "Tasks", "Alerts", "中文", "High-quality development");
            assertThat(browser.waitFor(By.id("demo-notice")).getText()).startsWith("Demo environment");
            browser.screenshot("overview-en");

            browser.driver().navigate().refresh();
            browser.waitFor(By.cssSelector("[data-area=HIGH_QUALITY_DEVELOPMENT] h3"));
            assertThat(labels(browser)).as("kept after a reload").contains("Overview", "High-quality development");

            browser.waitFor(By.cssSelector("#nav a[href='/indicators']")).click();
            browser.waitFor(By.cssSelector("a[href^='/indicators/']"));
            assertThat(browser.all(By.cssSelector("main th")))
                    .as("the indicators table's headings")
                    .extracting(WebElement::getText)
                    .contains("Code", "Name", "Area", "Status");

            browser.waitFor(By.id("lang")).click();
            browser.waitFor(By.xpath("//nav[@id='nav']/a[.='指标']"));
            assertThat(pageLanguage(browser)).isEqualTo("zh-CN");
            assertThat(browser.all(By.cssSelector("main th")))
                    .extracting(WebElement::getText)
                    .contains("代码", "名称", "领域", "状态");

            // Back on the overview without a reload: its scorecards are drawn again although the summary is a 304 now.
            browser.waitFor(By.cssSelector("#nav a[href='/']")).click();
            assertThat(browser.waitFor(By.cssSelector("[data-area=HIGH_QUALITY_DEVELOPMENT] h3"))
                            .getText())
                    .isEqualTo("高质量发展");
        }
    }

    private static String pageLanguage(Browser browser) {
        return (String) browser.script("return document.documentElement.lang;");
    }

    /** The navigation, the language button and the first plan area's name, as shown. */
    private static List<String> labels(Browser browser) {
        List<String> shown = new ArrayList<>();
        browser.all(By.cssSelector("#nav a")).forEach(link -> shown.add(link.getText()));
        shown.add(browser.waitFor(By.id("lang")).getText());
        shown.add(browser.waitFor(By.cssSelector("[data-area=HIGH_QUALITY_DEVELOPMENT] h3"))
                .getText());
        return shown;
    }
}
