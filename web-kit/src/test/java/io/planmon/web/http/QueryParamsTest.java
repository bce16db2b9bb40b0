package io.planmon.web.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planmon.web.problem.Problem;
import io.planmon.web.problem.ProblemException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QueryParamsTest {

    enum Colour {
        RED,
        GREEN
    }

    @Test
    void anAbsentNumberIsTheFallbackAndAPresentOneMustBeInRange() {
        assertThat(QueryParams.integer("limit", null, 40, 1, 500)).isEqualTo(40);
        assertThat(QueryParams.integer("limit", " 7 ", 40, 1, 500)).isEqualTo(7);
        assertInvalid(
                () -> QueryParams.integer("limit", "501", 40, 1, 500),
                "limit",
                "must be an integer from 1 to 500, got '501'");
        assertInvalid(
                () -> QueryParams.integer("limit", "ten", 40, 1, 500),
                "limit",
                "must be an integer from 1 to 500, got 'ten'");
    }

    @Test
    void limitAndOffsetNameTheirParameters() {
        assertThat(QueryParams.limit(null, 40, 500)).isEqualTo(40);
        assertThat(QueryParams.offset(null)).isZero();
        assertThat(QueryParams.offset("12")).isEqualTo(12);
        assertInvalid(() -> QueryParams.limit("0", 40, 500), "limit", "must be an integer from 1 to 500, got '0'");
        assertInvalid(() -> QueryParams.offset("-1"), "offset", "must be an integer from 0 to 2147483647, got '-1'");
    }

    @Test
    void anOptionalNumberIsEmptyWhenAbsent() {
        assertThat(QueryParams.optionalInteger("article", null, 1, 50)).isEmpty();
        assertThat(QueryParams.optionalInteger("article", "50", 1, 50)).contains(50);
        assertInvalid(
                () -> QueryParams.optionalInteger("article", "51", 1, 50),
                "article",
                "must be an integer from 1 to 50, got '51'");
    }

    @Test
    void pathNumbersAreParsedOrRefusedNamingTheField() {
        assertThat(QueryParams.integer("number", "-3")).isEqualTo(-3);
        assertInvalid(() -> QueryParams.integer("number", "3.5"), "number", "must be an integer, got '3.5'");
        assertThat(QueryParams.wholeNumber("id", "0")).isZero();
        assertThat(QueryParams.wholeNumber("id", "9000000000")).isEqualTo(9_000_000_000L);
        assertInvalid(() -> QueryParams.wholeNumber("id", "abc"), "id", "must be a whole number, got 'abc'");
    }

    @Test
    void anIdIsAPositiveWholeNumber() {
        assertThat(QueryParams.id("id", " 42")).isEqualTo(42L);
        assertInvalid(() -> QueryParams.id("id", "0"), "id", "must be a positive integer id, got '0'");
        assertInvalid(() -> QueryParams.id("alert", "x1"), "alert", "must be a positive integer id, got 'x1'");
    }

    @Test
    void aChoiceIsOneOfTheAllowedValuesInUpperCaseOrAProblemListingThem() {
        assertThat(QueryParams.choice("status", null, List.of("OPEN", "CLOSED")))
                .isEmpty();
        assertThat(QueryParams.choice("status", " open ", List.of("OPEN", "CLOSED")))
                .contains("OPEN");
        assertInvalid(
                () -> QueryParams.choice("status", "", List.of("OPEN", "CLOSED")),
                "status",
                "must be one of OPEN, CLOSED, got ''");
        assertThat(QueryParams.choice("colour", "green", Colour.class)).contains(Colour.GREEN);
        assertInvalid(
                () -> QueryParams.choice("colour", "blue", Colour.class),
                "colour",
                "must be one of RED, GREEN, got 'blue'");
    }

    @Test
    void textIsStrippedAndEmptyWhenBlank() {
        assertThat(QueryParams.text(null)).isEmpty();
        assertThat(QueryParams.text("   ")).isEmpty();
        assertThat(QueryParams.text(" STATS ")).isEqualTo(Optional.of("STATS"));
    }

    private static void assertInvalid(Runnable call, String field, String message) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            Problem problem = e.toProblem("/here");
            assertThat(problem.type()).isEqualTo("urn:planmon:problem:validation");
            assertThat(problem.detail()).isEqualTo(field + ": " + message);
            assertThat(problem.errors()).containsExactly(new Problem.FieldError(field, message));
        });
    }
}
