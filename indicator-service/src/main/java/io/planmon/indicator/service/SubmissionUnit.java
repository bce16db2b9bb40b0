package io.planmon.indicator.service;

import io.planmon.indicator.domain.Indicator;
import io.planmon.indicator.domain.IndicatorRepository;
import io.planmon.indicator.domain.Period;
import io.planmon.indicator.domain.Submission;
import io.planmon.kit.security.Caller;
import io.planmon.web.problem.Problem.FieldError;
import io.planmon.web.problem.ProblemException;
import io.planmon.web.security.Roles;
import java.util.List;

/**
 * What a submission covers and the refusals that name the field: the unit is a department's indicators of one
 * period's frequency, so (department, period) names it; a period it holds no value of cannot be submitted.
 */
final class SubmissionUnit {
    private SubmissionUnit() {}

    static Period period(String text) {
        if (text == null || text.isBlank()) {
            throw ProblemException.invalid("period", "required: the period whose figures are submitted, e.g. 2026");
        }
        return Period.parse(text.strip())
                .orElseThrow(() -> ProblemException.invalid(
                        "period", "'" + text + "' is not a period: use 2026, 2026Q1 or 2026-01"));
    }

    /** The department named, or a reporter's own; the plan admin, who submits for a department, must name it. */
    static String department(String named, Caller caller) {
        if (named != null && !named.isBlank()) {
            return named.strip();
        }
        if (caller.hasRole(Roles.REPORTER)) {
            return caller.department()
                    .orElseThrow(() -> ProblemException.forbidden("the token carries no department claim"));
        }
        throw ProblemException.invalid("department", "required: whose figures are submitted, e.g. STATS");
    }

    static void requireIndicators(IndicatorRepository indicators, String department, Period period) {
        if (!indicators.owns(department)) {
            throw unprocessable("department", department + " owns no indicator of the catalogue");
        }
        if (!indicators.owns(department, period.frequency())) {
            throw unprocessable(
                    "period",
                    department + " owns no " + period.frequency() + " indicator, so it has no figures of " + period);
        }
    }

    static ProblemException nothingToSubmit(String department, Period period, List<Indicator> set) {
        return unprocessable(
                "period",
                "no value of " + department + "'s " + period.frequency() + " indicators ("
                        + String.join(", ", set.stream().map(i -> i.code).toList()) + ") for " + period
                        + " to submit: push them first");
    }

    static ProblemException alreadyFrozen(Submission s) {
        String message = s.department + "'s figures of " + s.period + " are already " + s.state + " (submission "
                + s.id + ", " + s.changedBy + " at " + s.changedAt + ")"
                + (s.state == Submission.State.APPROVED
                        ? ": ask the planning office to reopen it first"
                        : ": the monitoring office approves or returns it");
        return new ProblemException(
                409,
                "submission-state",
                "Not possible in this state",
                message,
                List.of(new FieldError("period", message)));
    }

    /** A text the step needs: present, not blank. Its length and characters were checked with the body. */
    static void required(String field, String text, String why) {
        if (text == null || text.isBlank()) {
            throw ProblemException.invalid(field, "required: " + why);
        }
    }

    private static ProblemException unprocessable(String field, String message) {
        return RowCheck.unprocessable(field, message);
    }
}
