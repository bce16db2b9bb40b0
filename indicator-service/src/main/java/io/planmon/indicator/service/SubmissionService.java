package io.planmon.indicator.service;

import io.planmon.indicator.domain.Indicator;
import io.planmon.indicator.domain.IndicatorRepository;
import io.planmon.indicator.domain.Observation;
import io.planmon.indicator.domain.ObservationRepository;
import io.planmon.indicator.domain.Period;
import io.planmon.indicator.domain.Submission;
import io.planmon.indicator.domain.Submission.State;
import io.planmon.indicator.domain.SubmissionRepository;
import io.planmon.kit.security.Caller;
import io.planmon.web.problem.Problem.FieldError;
import io.planmon.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rules of submission and approval (docs/governance.md): a department submits its figures of a period, the
 * monitoring office approves or returns them, the plan admin reopens an approved period with a reason. Each call is
 * one transaction: a refusal leaves nothing behind.
 */
@ApplicationScoped
public class SubmissionService {
    private final IndicatorLocks locks;
    private final SubmissionRecorder recorder;
    private final SubmissionRepository submissions;
    private final IndicatorRepository indicators;
    private final ObservationRepository observations;

    public SubmissionService(
            IndicatorLocks locks,
            SubmissionRecorder recorder,
            SubmissionRepository submissions,
            IndicatorRepository indicators,
            ObservationRepository observations) {
        this.locks = locks;
        this.recorder = recorder;
        this.submissions = submissions;
        this.indicators = indicators;
        this.observations = observations;
    }

    /** A submission after a step, and whether the step created it (a unit's first submission). */
    public record Stepped(Submission submission, boolean created) {}

    /**
     * Submits {@code department}'s figures of {@code periodText} (a reporter's own department when null). Freezes the
     * unit: its indicators are locked while their values are read, so the snapshot is exactly what stays stored.
     */
    @Transactional
    public Stepped submit(String department, String periodText, String comment, Caller caller) {
        Period period = SubmissionUnit.period(periodText);
        String owner = SubmissionUnit.department(department, caller);
        caller.requireWriteAccess(owner, "the figures of department " + owner);
        SubmissionUnit.requireIndicators(indicators, owner, period);
        SubmissionRepository.Opened opened = submissions.createOrLock(owner, period, caller.name());
        Submission s = opened.submission();
        boolean created = opened.created();
        if (!created && s.state.frozen()) {
            throw SubmissionUnit.alreadyFrozen(s);
        }
        List<Indicator> set = locks.forSubmission(owner, period.frequency());
        Map<String, Observation> values = observations.ofPeriod(set, period.toString());
        if (values.isEmpty()) {
            throw SubmissionUnit.nothingToSubmit(owner, period, set);
        }
        recorder.take(s, created ? null : s.state, State.SUBMITTED, comment, caller, set, values);
        return new Stepped(s, created);
    }

    /** The monitoring office approves a submitted unit: its period is locked from now on. */
    @Transactional
    public Submission approve(long id, String comment, Caller caller) {
        Submission s = locked(id);
        if (caller.department().filter(s.department::equals).isPresent()) {
            throw ProblemException.forbidden("submission " + id + " is " + s.department
                    + "'s own: a department does not approve its own figures");
        }
        return decide(s, State.SUBMITTED, State.APPROVED, comment, caller);
    }

    /** The monitoring office gives a submitted unit back with a comment saying what to correct. */
    @Transactional
    public Submission giveBack(long id, String comment, Caller caller) {
        SubmissionUnit.required("comment", comment, "say what the department is to correct");
        return decide(locked(id), State.SUBMITTED, State.RETURNED, comment, caller);
    }

    /** The plan admin reopens an approved unit with a reason: the department may correct it and submit again. */
    @Transactional
    public Submission reopen(long id, String reason, Caller caller) {
        SubmissionUnit.required("reason", reason, "say why the approved figures are to change");
        return decide(locked(id), State.APPROVED, State.REOPENED, reason, caller);
    }

    /** Takes {@code action} on a submission in state {@code from} (409 naming state otherwise). */
    private Submission decide(Submission s, State from, State action, String comment, Caller caller) {
        requireState(s, from, action.name().toLowerCase(Locale.ROOT));
        List<Indicator> set = indicators.unit(s.department, s.frequency);
        recorder.take(s, s.state, action, comment, caller, set, observations.ofPeriod(set, s.period));
        return s;
    }

    private Submission locked(long id) {
        return submissions.lock(id).orElseThrow(() -> ProblemException.notFound("no submission " + id));
    }

    private static void requireState(Submission s, State wanted, String verb) {
        if (s.state != wanted) {
            String message = "submission " + s.id + " (" + s.department + " " + s.period + ") is " + s.state
                    + ": only a " + wanted + " one can be " + verb;
            throw new ProblemException(
                    409,
                    "submission-state",
                    "Not possible in this state",
                    message,
                    List.of(new FieldError("state", message)));
        }
    }
}
