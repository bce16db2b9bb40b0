package io.planmon.gateway.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Where the gateway finds a control character in a request, and which field its 400 problem names. */
class ControlCharacterRefusalTest {
    private static final List<Map.Entry<String, String>> NO_HEADERS = List.of();

    @ParameterizedTest
    @CsvSource({
        "/api/v1/indicators/%00, , path",
        "/api/v1/tasks/1%0a/progress, , path",
        "/api/v1/alerts/%C2%85, , path",
        "/api/v1/tasks, department=STATS%00, department",
        "/api/v1/tasks, limit=10&department=%1b%5B31m, department",
        "/api/v1/alerts, x%00=1, parameter name",
        "/api/v1/alerts, subject=%7f, subject",
        "/api/v1/alerts, subject=%zz, subject",
    })
    void namesThePathOrTheParameter(String path, String query, String field) {
        assertThat(ControlCharacterRefusal.find(path, query, NO_HEADERS))
                .hasValueSatisfying(error -> assertThat(error.field()).isEqualTo(field));
    }

    @ParameterizedTest
    @CsvSource({
        "/api/v1/indicators/GDP_PER_CAPITA/observations/2025, ",
        "/api/v1/tasks, department=STATS&limit=10",
        "/api/v1/tasks, department=TOWN%20HUAXIN&status=",
        "/api/v1/alerts, subject=%E4%B8%AD%E6%96%87&flag",
        "/q/swagger-ui/, ",
    })
    void letsOrdinaryRequestsThrough(String path, String query) {
        assertThat(ControlCharacterRefusal.find(path, query, List.of(Map.entry("Authorization", "Bearer a.b.c"))))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "x\u0001", "\u007f", "a\nb"})
    void namesTheHeader(String value) {
        assertThat(ControlCharacterRefusal.find("/api/v1/tasks", null, List.of(Map.entry("If-None-Match", value))))
                .hasValueSatisfying(error -> {
                    assertThat(error.field()).isEqualTo("If-None-Match");
                    assertThat(error.message()).startsWith("header must not contain control characters");
                });
    }

    @Test
    void leavesTabsAndBytesBeyondAsciiInHeaders() {
        // The euro sign's UTF-8 bytes as Latin-1 include 0x82, a C1 control if it were a character of its own.
        assertThat(ControlCharacterRefusal.find(
                        "/api/v1/tasks", "", List.of(Map.entry("User-Agent", "a\tb \u00e2\u0082\u00ac"))))
                .isEmpty();
    }

    @Test
    void findsThePathBeforeTheQueryAndTheQueryBeforeTheHeaders() {
        assertThat(ControlCharacterRefusal.find(
                        "/api/v1/tasks/%00", "department=%00", List.of(Map.entry("X-A", "\u0000"))))
                .hasValueSatisfying(error -> assertThat(error.field()).isEqualTo("path"));
        assertThat(ControlCharacterRefusal.find("/api/v1/tasks", "department=%00", List.of(Map.entry("X-A", "\u0000"))))
                .hasValueSatisfying(error -> assertThat(error.field()).isEqualTo("department"));
    }
}
