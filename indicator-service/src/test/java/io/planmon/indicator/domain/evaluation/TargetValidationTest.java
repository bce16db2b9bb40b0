package io.planmon.indicator.domain.evaluation;

import static io.planmon.indicator.domain.evaluation.Fixtures.OWN_CODE;
import static io.planmon.indicator.domain.evaluation.Fixtures.params;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planmon.indicator.domain.Frequency;
import io.planmon.web.problem.Problem.FieldError;
import io.planmon.web.problem.ProblemException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every field error the plan-admin API can answer a target with. */
class TargetValidationTest {

    private static Validated<Target> parse(String kind, Map<String, Object> params) {
        return TargetParser.parse(kind, params, OWN_CODE, Frequency.ANNUAL);
    }

    @Test
    void theKindIsRequiredAndMustBeKnown() {
        assertThat(parse(null, Map.of()).errors()).containsExactly(new FieldError("kind", "is required"));
        assertThat(parse("DOUBLING", Map.of()).errors())
                .singleElement()
                .satisfies(e -> assertThat(e.field()).isEqualTo("kind"))
                .satisfies(e -> assertThat(e.message()).contains("MULTIPLE_OF_BASE", "NO_TARGET"));
    }

    @Test
    void namesEveryMissingParameter() {
        assertThat(parse("MULTIPLE_OF_BASE", null).errors())
                .extracting(FieldError::field)
                .containsExactly("factor", "baseYear", "targetYear");
        assertThat(parse("TARGET_VALUE", Map.of()).errors())
                .extracting(FieldError::field)
                .containsExactly("baseYear", "targetYear", "targetValue");
        assertThat(parse("PEAK_BY_YEAR", Map.of()).errors()).containsExactly(new FieldError("peakYear", "is required"));
        assertThat(parse("RANGE", Map.of()).errors())
                .extracting(FieldError::field)
                .containsExactly("min", "max");
        assertThat(parse("CEILING", Map.of()).errors()).containsExactly(new FieldError("limit", "is required"));
        assertThat(parse("IN_STEP_WITH", Map.of()).errors())
                .containsExactly(new FieldError("reference", "is required"));
    }

    @Test
    void theTargetYearComesAfterTheBaseYear() {
        assertThat(parse("MULTIPLE_OF_BASE", params("factor", 2, "baseYear", 2035, "targetYear", 2020))
                        .errors())
                .containsExactly(new FieldError("targetYear", "must be after baseYear 2035"));
        assertThat(parse("TARGET_VALUE", params("baseYear", 2020, "targetYear", 2020, "targetValue", 1))
                        .errors())
                .containsExactly(new FieldError("targetYear", "must be after baseYear 2020"));
    }

    @Test
    void checksTypesAndSigns() {
        assertThat(parse("MULTIPLE_OF_BASE", params("factor", 0, "baseYear", 2020.5, "targetYear", "2035"))
                        .errors())
                .containsExactly(
                        new FieldError("factor", "must be greater than 0"),
                        new FieldError("baseYear", "must be a four-digit year"),
                        new FieldError("targetYear", "must be a number"));
        assertThat(parse("MULTIPLE_OF_BASE", params("factor", -1, "baseYear", 20, "targetYear", Double.NaN))
                        .errors())
                .extracting(FieldError::message)
                .containsExactly("must be greater than 0", "must be a four-digit year", "must be a finite number");
        assertThat(parse("RANGE", params("min", 6, "max", 4, "tolerance", -0.1)).errors())
                .containsExactly(
                        new FieldError("max", "must not be below min 6"),
                        new FieldError("tolerance", "must not be negative"));
        assertThat(parse("NOT_BELOW_REFERENCE", params("reference", " ", "tolerance", -1))
                        .errors())
                .extracting(FieldError::field)
                .containsExactly("reference", "tolerance");
    }

    @Test
    void anIndicatorIsNotItsOwnReference() {
        assertThat(parse("IN_STEP_WITH", params("reference", OWN_CODE)).errors())
                .containsExactly(new FieldError("reference", "must name another indicator than SELF itself"));
    }

    @Test
    void anUnknownParameterIsATypoNotSomethingToIgnore() {
        assertThat(parse("PEAK_BY_YEAR", params("peakYear", 2030, "peakyear", 2031, "kind", "PEAK_BY_YEAR"))
                        .errors())
                .containsExactly(new FieldError("peakyear", "is not a parameter of PEAK_BY_YEAR"));
        assertThat(parse("DECREASING", params("bands", Map.of())).isValid()).isTrue();
    }

    @Test
    void kindsThatCountInYearsNeedAnAnnualIndicator() {
        Validated<Target> quarterly =
                TargetParser.parse("PEAK_BY_YEAR", params("peakYear", 2030), OWN_CODE, Frequency.QUARTERLY);
        assertThat(quarterly.errors())
                .containsExactly(new FieldError("kind", "PEAK_BY_YEAR counts in years and needs an annual indicator"));
        assertThat(TargetParser.parse("DECREASING", Map.of(), OWN_CODE, Frequency.MONTHLY)
                        .isValid())
                .isTrue();
    }

    @Test
    void anInvalidTargetBecomesAProblemNamingEveryField() {
        Validated<Target> invalid = parse("RANGE", params("min", 6, "max", 4, "tolerance", -0.1));
        assertThatThrownBy(invalid::orElseThrow)
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.toProblem("/api/v1/indicators/SELF/target").errors())
                            .extracting(FieldError::field)
                            .containsExactly("max", "tolerance");
                })
                .hasMessage("max: must not be below min 6; tolerance: must not be negative");
    }
}
