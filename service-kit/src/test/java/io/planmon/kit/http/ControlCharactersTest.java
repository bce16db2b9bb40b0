package io.planmon.kit.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.planmon.web.problem.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which parameters and headers are refused for control characters, and which field the refusal names. */
class ControlCharactersTest {

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "STATS\u0000", "a\tb", "a\nb", "\r", "\u001b[31m", "\u007f", "\u0085", "\u009f"})
    void refusesEveryControlCharacterInAParameter(String value) {
        assertThat(ControlCharacters.inParameter(value))
                .hasValueSatisfying(m -> assertThat(m).startsWith("must not contain control characters (U+"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "STATS", "TOWN_HUAXIN", "2026-03", "with space", "中文", "é", "a+b", "%00"})
    void acceptsParametersWithoutOne(String value) {
        assertThat(ControlCharacters.inParameter(value)).isEmpty();
    }

    @Test
    void namesThePositionAndTheCodePoint() {
        assertThat(ControlCharacters.inParameter("ab\u0000"))
                .contains("must not contain control characters (U+0000 at 2)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "synthetic\u001b[31m", "\u007f", "\u0085", "a\fb"})
    void refusesControlsOtherThanLineBreaksAndTabsInAText(String text) {
        assertThat(ControlCharacters.inText(text)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"over\nlines", "a\tb", "crlf\r\n", "中文", ""})
    void acceptsLineBreaksAndTabsInAText(String text) {
        assertThat(ControlCharacters.inText(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "a\u0001b", "a\nb", "a\rb", "\u007f"})
    void refusesC0ControlsAndDeleteInAHeader(String value) {
        assertThat(ControlCharacters.inHeader(value)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer abc.def.ghi", "a\tb", "\u00e2\u0082\u00ac", "\"etag-1\"", ""})
    void acceptsTabsAndBytesBeyondAsciiInAHeader(String value) {
        // "\u00e2\u0082\u00ac" is the euro sign's UTF-8 bytes read as Latin-1: not a control character sent as such.
        assertThat(ControlCharacters.inHeader(value)).isEmpty();
    }

    @Test
    void namesTheFirstParameterHoldingOne() {
        Map<String, List<String>> query = new LinkedHashMap<>();
        query.put("limit", List.of("10"));
        query.put("department", List.of("STATS", "DRC\u0000"));
        query.put("status", List.of("\u0000"));

        assertThat(ControlCharacters.firstParameter(query))
                .contains(new Problem.FieldError("department", "must not contain control characters (U+0000 at 3)"));
    }

    @Test
    void namesAParameterNameThatHoldsOne() {
        assertThat(ControlCharacters.firstParameter(Map.of("a\u0000", List.of("1"))))
                .hasValueSatisfying(e -> assertThat(e.field()).isEqualTo("parameter name"));
    }

    @Test
    void namesTheHeaderThatHoldsOne() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Accept", List.of("application/json"));
        headers.put("If-None-Match", List.of("\"1\u0000\""));

        assertThat(ControlCharacters.firstHeader(headers)).hasValueSatisfying(e -> {
            assertThat(e.field()).isEqualTo("If-None-Match");
            assertThat(e.message()).startsWith("header must not contain control characters");
        });
    }

    @Test
    void findsNothingWhereThereIsNothing() {
        assertThat(ControlCharacters.firstParameter(Map.of("department", List.of("STATS"))))
                .isEmpty();
        assertThat(ControlCharacters.firstHeader(Map.of("Accept", List.of("*/*"))))
                .isEmpty();
    }
}
