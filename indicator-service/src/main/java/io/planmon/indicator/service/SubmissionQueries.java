package io.planmon.indicator.service;

import io.planmon.indicator.domain.Period;
import io.planmon.indicator.domain.Submission;
import io.planmon.indicator.domain.SubmissionItem;
import io.planmon.indicator.domain.SubmissionRepository;
import io.planmon.indicator.domain.SubmissionStep;
import io.planmon.web.http.QueryParams;
import io.planmon.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** Reads the submissions: the list (filtered by department, period and state) and one with every step it took. */
@ApplicationScoped
public class SubmissionQueries {
    private final SubmissionRepository submissions;

    public SubmissionQueries(SubmissionRepository submissions) {
        this.submissions = submissions;
    }

    /** One submission with its steps, oldest first, and the figures each step was about. */
    public record History(Submission submission, List<SubmissionStep> steps, Map<Long, List<SubmissionItem>> items) {}

    /** Newest period first, then by department; an unknown state or a malformed period is a 400 naming it. */
    public List<Submission> list(String department, String periodParam, String stateParam) {
        Submission.State state =
                QueryParams.choice("state", stateParam, Submission.State.class).orElse(null);
        String period = periodParam == null
                ? null
                : Period.parse(periodParam.strip())
                        .map(Period::toString)
                        .orElseThrow(() -> ProblemException.invalid(
                                "period", "'" + periodParam + "' is not a period: use 2026, 2026Q1 or 2026-01"));
        return submissions.search(department, period, state);
    }

    public History one(String idText) {
        Long id = parseId(idText);
        Submission s = id == null ? null : submissions.findById(id);
        if (s == null) {
            throw ProblemException.notFound("no submission " + idText);
        }
        List<SubmissionStep> steps = submissions.steps(s);
        return new History(s, steps, submissions.items(steps));
    }

    /** A submission id, or null when the text is none (such a submission does not exist). */
    public static Long parseId(String text) {
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }
}
