package io.planmon.indicator.service;

import io.planmon.indicator.domain.Approval;
import io.planmon.indicator.domain.Indicator;
import io.planmon.indicator.domain.Observation;
import io.planmon.indicator.domain.ObservationRevision;
import io.planmon.indicator.domain.Period;
import io.planmon.indicator.domain.PeriodEvaluation;
import io.planmon.indicator.domain.PeriodEvaluation.Judged;
import io.planmon.indicator.domain.PeriodRange;
import io.planmon.indicator.domain.StatusChange;
import io.planmon.indicator.domain.StoredTarget;
import io.planmon.indicator.domain.Submission;
import io.planmon.indicator.domain.TargetChange;
import io.planmon.indicator.domain.evaluation.Outlook;
import io.planmon.indicator.domain.evaluation.Series;
import io.planmon.indicator.domain.evaluation.Status;
import io.planmon.kit.http.QueryParams;
import io.planmon.kit.problem.ProblemException;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** What the dashboard reads: the catalogue with the latest evaluations, one indicator's outlook, series and history. */
@ApplicationScoped
public class IndicatorQueries {

    /** An indicator with the evaluation of its latest period (null before its first value) and its approval. */
    public record Listed(Indicator indicator, PeriodEvaluation latest, Approval approval) {}

    /** The values {@code ?status=} takes: the engine's statuses and DATA_OVERDUE. */
    static final List<String> STATUSES = Stream.concat(
                    Arrays.stream(Status.values()).map(Enum::name), Stream.of(PeriodEvaluation.DATA_OVERDUE))
            .toList();

    /** One indicator with its latest evaluation, its approval, and where its trend leads. */
    public record Detail(Indicator indicator, PeriodEvaluation latest, Approval approval, Outlook outlook) {}

    /**
     * Two queries whatever the size of the catalogue (a third checks {@code area} when given): the indicators, then the
     * latest evaluation of each with its approval. An unknown area, status or approval is a 400 listing the allowed
     * values.
     */
    public List<Listed> list(String areaParam, String department, String statusParam, String approvalParam) {
        String status = QueryParams.choice("status", statusParam, STATUSES).orElse(null);
        Approval approval =
                QueryParams.choice("approval", approvalParam, Approval.class).orElse(null);
        String area = areaParam == null
                ? null
                : QueryParams.choice("area", areaParam, areas()).orElseThrow();
        List<Indicator> indicators = Indicator.list(
                "(:area is null or area = :area) and (:department is null or ownerDepartment = :department)",
                Sort.by("area").and("article").and("code"),
                Parameters.with("area", area).and("department", department));
        Map<String, Judged> latest = indicators.isEmpty()
                ? Map.of()
                : PeriodEvaluation.latestOf(indicators.stream().map(i -> i.code).toList()).stream()
                        .collect(Collectors.toMap(j -> j.evaluation().indicatorCode, Function.identity()));
        return indicators.stream()
                .map(i -> listed(i, latest.get(i.code)))
                .filter(l -> status == null || (l.latest() != null && status.equals(l.latest().status)))
                .filter(l -> approval == null || approval == l.approval())
                .toList();
    }

    private static Listed listed(Indicator i, Judged latest) {
        return latest == null ? new Listed(i, null, null) : new Listed(i, latest.evaluation(), latest.approval());
    }

    /** The plan areas of the catalogue, sorted. */
    public List<String> areas() {
        return Indicator.getEntityManager()
                .createQuery("select distinct i.area from Indicator i order by i.area", String.class)
                .getResultList();
    }

    public Detail one(String code) {
        Indicator indicator = find(code);
        Listed latest = listed(
                indicator,
                PeriodEvaluation.latestOf(List.of(code)).stream().findFirst().orElse(null));
        Series series = Series.parse(Observation.valuesOf(code));
        Outlook outlook = StoredTarget.outlook(
                indicator, StoredTarget.of(indicator), series, latest.latest() == null ? null : latest.latest().status);
        return new Detail(indicator, latest.latest(), latest.approval(), outlook);
    }

    public List<Observation> observations(String code, String from, String to) {
        PeriodRange range = PeriodRange.parse(from, to, find(code).frequency);
        return Observation.list(
                "indicatorCode = ?1 and period >= ?2 and period <= ?3",
                Sort.by("period"),
                code,
                range.lower(),
                range.upper());
    }

    public List<ObservationRevision> revisions(String code, String periodText) {
        Indicator indicator = find(code);
        String period = Period.parse(periodText)
                .filter(p -> p.frequency() == indicator.frequency)
                .map(Period::toString)
                .orElseThrow(() -> ProblemException.invalid(
                        "period",
                        code + " is " + indicator.frequency + ": use a period like " + indicator.frequency.example()));
        Observation observation = Observation.find(code, period)
                .orElseThrow(() -> ProblemException.notFound("no value of " + code + " for " + period));
        return ObservationRevision.list("observationId", Sort.by("revision"), observation.id);
    }

    /** The stored evaluations of a range, each with its approval; {@code ?approval=} keeps those of one state. */
    public List<Judged> evaluations(String code, String from, String to, String approvalParam) {
        Indicator indicator = find(code);
        PeriodRange range = PeriodRange.parse(from, to, indicator.frequency);
        Approval approval =
                QueryParams.choice("approval", approvalParam, Approval.class).orElse(null);
        List<PeriodEvaluation> evaluations = PeriodEvaluation.list(
                "indicatorCode = ?1 and period >= ?2 and period <= ?3",
                Sort.by("period"),
                code,
                range.lower(),
                range.upper());
        Map<String, Submission.State> states = Submission.<Submission>list(
                        "department = ?1 and frequency = ?2", indicator.ownerDepartment, indicator.frequency)
                .stream()
                .collect(Collectors.toMap(s -> s.period, s -> s.state));
        return PeriodEvaluation.judged(evaluations, states).stream()
                .filter(j -> approval == null || approval == j.approval())
                .toList();
    }

    public List<StatusChange> statusChanges(String code, String from, String to) {
        PeriodRange range = PeriodRange.parse(from, to, find(code).frequency);
        return StatusChange.list(
                "indicatorCode = ?1 and period >= ?2 and period <= ?3",
                Sort.by("changedAt").and("id"),
                code,
                range.lower(),
                range.upper());
    }

    public List<TargetChange> targetChanges(String code) {
        find(code);
        return TargetChange.list("indicatorCode", Sort.by("changedAt").and("id"), code);
    }

    private static Indicator find(String code) {
        return Indicator.<Indicator>findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("no indicator " + code + " in the catalogue"));
    }
}
