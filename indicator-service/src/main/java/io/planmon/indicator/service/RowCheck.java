package io.planmon.indicator.service;

import io.planmon.indicator.domain.Indicator;
import io.planmon.indicator.domain.IndicatorRepository;
import io.planmon.indicator.domain.Period;
import io.planmon.indicator.domain.Text;
import io.planmon.indicator.domain.ValueRange;
import io.planmon.kit.security.Caller;
import io.planmon.web.problem.Problem.FieldError;
import io.planmon.web.problem.ProblemException;
import io.planmon.web.time.PlanDay;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks every row of a batch before anything is stored, with one query for all its indicators: unknown indicator,
 * another department's, a period that is not one of the indicator's frequency, has not begun yet or lies before
 * 1900, a value outside the indicator's range or beyond what the numeric(20, 6) columns hold, control characters.
 */
@ApplicationScoped
public class RowCheck {
    static final int FIRST_YEAR = 1900;
    private static final int SCALE = 6;
    private static final BigDecimal CAPACITY = BigDecimal.TEN.pow(14); // numeric(20, 6): 14 digits before the point

    private final Clock clock;

    private final IndicatorRepository catalogue;

    public RowCheck(Clock clock, IndicatorRepository indicators) {
        this.clock = clock;
        this.catalogue = indicators;
    }

    /** A row refused before storing; {@code problem} is what a single PUT answers, null for an unreadable row. */
    record Refused(ImportRow row, String field, String message, ProblemException problem) {}

    record Checked(List<AcceptedRow> accepted, List<Refused> refused) {}

    Checked check(List<ImportRow> rows, Caller caller) {
        List<String> codes = rows.stream()
                .filter(r ->
                        r.problem() == null && Text.controlIn(r.indicator()).isEmpty())
                .map(ImportRow::indicator)
                .distinct()
                .toList();
        Map<String, Indicator> indicators = codes.isEmpty()
                ? Map.of()
                : catalogue.withCodes(codes).stream().collect(Collectors.toMap(i -> i.code, Function.identity()));
        LocalDate today = PlanDay.today(clock); // a period has begun when its first day has begun in Shanghai
        List<AcceptedRow> accepted = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        for (ImportRow row : rows) {
            if (row.problem() != null) {
                refused.add(new Refused(row, row.field(), row.problem(), null));
                continue;
            }
            try {
                accepted.add(accept(row, indicators.get(row.indicator()), caller, today));
            } catch (ProblemException e) {
                refused.add(new Refused(row, field(e), e.getMessage(), e));
            }
        }
        return new Checked(accepted, refused);
    }

    private AcceptedRow accept(ImportRow row, Indicator indicator, Caller caller, LocalDate today) {
        Text.controlIn(row.indicator()).ifPresent(m -> invalid("indicator", m));
        Text.controlIn(row.period()).ifPresent(m -> invalid("period", m));
        Text.controlInNote(row.note()).ifPresent(m -> invalid("note", m));
        String code = row.indicator();
        if (indicator == null) {
            throw ProblemException.notFound("no indicator " + code + " in the catalogue");
        }
        caller.requireWriteAccess(indicator.ownerDepartment, "indicator " + code);
        Period period = Period.parse(row.period())
                .orElseThrow(() -> ProblemException.invalid(
                        "period", "'" + row.period() + "' is not a period: use 2026, 2026Q1 or 2026-01"));
        if (period.frequency() != indicator.frequency) {
            throw ProblemException.invalid(
                    "period",
                    code + " is " + indicator.frequency + ": expected a period like " + indicator.frequency.example()
                            + ", got " + row.period());
        }
        if (period.year() < FIRST_YEAR) {
            throw unprocessable("period", period + " lies before " + FIRST_YEAR + ": no value is kept that early");
        }
        if (!indicator.futurePeriods && period.firstDay().isAfter(today)) {
            throw unprocessable(
                    "period",
                    period + " has not begun yet (today is " + today + " in " + PlanDay.ZONE + "); " + code
                            + " accepts no values for future periods");
        }
        BigDecimal stored = storable(row.value());
        ValueRange.of(indicator).violation(row.value(), indicator.unit).ifPresent(m -> invalid("value", m));
        return new AcceptedRow(row.index(), indicator, period, row.value(), stored, row.note());
    }

    /** The value as numeric(20, 6) holds it; refused when it has more than 14 digits before the decimal point. */
    static BigDecimal storable(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        // The exponent of the leading digit: checked first, so that 1e400 or 1e-999999999 cost no arithmetic.
        int leading = value.precision() - value.scale() - 1;
        if (value.signum() != 0 && leading >= 14) {
            throw tooLarge(value);
        }
        if (value.signum() == 0 || leading < -SCALE - 1) {
            return BigDecimal.ZERO.setScale(SCALE);
        }
        BigDecimal stored = value.setScale(SCALE, RoundingMode.HALF_UP);
        if (stored.abs().compareTo(CAPACITY) >= 0) {
            throw tooLarge(value);
        }
        return stored;
    }

    private static ProblemException tooLarge(BigDecimal value) {
        String shown = value.toString();
        shown = shown.length() > 40 ? shown.substring(0, 20) + "…(" + shown.length() + " characters)" : shown;
        return ProblemException.invalid(
                "value", shown + " is beyond what a value can hold: at most 14 digits before the decimal point");
    }

    private static void invalid(String field, String message) {
        throw ProblemException.invalid(field, message);
    }

    /** A well-formed value the plan cannot take: 422, naming the field. */
    static ProblemException unprocessable(String field, String message) {
        return new ProblemException(
                422,
                "unprocessable",
                "Unprocessable input",
                field + ": " + message,
                List.of(new FieldError(field, message)));
    }

    /** The field a refusal names; a 404 is about the indicator, a 403 about whose indicator it is. */
    private static String field(ProblemException e) {
        List<FieldError> errors = e.toProblem(null).errors();
        return errors.isEmpty() ? "indicator" : errors.get(0).field();
    }
}
