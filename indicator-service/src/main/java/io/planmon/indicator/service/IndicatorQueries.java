package io.planmon.indicator.service;

import io.planmon.indicator.domain.Approval;
import io.planmon.indicator.domain.Indicator;
import io.planmon.indicator.domain.IndicatorRepository;
import io.planmon.indicator.domain.Observation;
import io.planmon.indicator.domain.ObservationRepository;
import io.planmon.indicator.domain.ObservationRevision;
import io.planmon.indicator.domain.Period;
import io.planmon.indicator.domain.PeriodEvaluation;
import io.planmon.indicator.domain.PeriodEvaluation.Judged;
import io.planmon.indicator.domain.PeriodEvaluationRepository;
import io.planmon.indicator.domain.PeriodRange;
import io.planmon.indicator.domain.StatusChange;
import io.planmon.indicator.domain.StoredTarget;
import io.planmon.indicator.domain.TargetChange;
import io.planmon.indicator.domain.evaluation.Outlook;
import io.planmon.indicator.domain.evaluation.Series;
import io.planmon.indicator.domain.evaluation.Status;
import io.planmon.web.http.QueryParams;
import io.planmon.web.problem.ProblemException;
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
    private final IndicatorRepository indicators;
    private final ObservationRepository series;
    private final PeriodEvaluationRepository evaluations;

    public IndicatorQueries(
            IndicatorRepository indicators, ObservationRepository series, PeriodEvaluationRepository evaluations) {
        this.indicators = indicators;
        this.series = series;
        this.evaluations = evaluations;
    }

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
        List<Indicator> found = indicators.catalogue(area, department);
        Map<String, Judged> latest = found.isEmpty()
                ? Map.of()
                : evaluations.latestOf(found.stream().map(i -> i.code).toList()).stream()
                        .collect(Collectors.toMap(j -> j.evaluation().indicatorCode, Function.identity()));
        return found.stream()
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
        return indicators.areas();
    }

    public Detail one(String code) {
        Indicator indicator = indicators.require(code);
        Listed latest = listed(
                indicator,
                evaluations.latestOf(List.of(code)).stream().findFirst().orElse(null));
        Series values = Series.parse(series.valuesOf(code));
        Outlook outlook = StoredTarget.outlook(
                indicator, StoredTarget.of(indicator), values, latest.latest() == null ? null : latest.latest().status);
        return new Detail(indicator, latest.latest(), latest.approval(), outlook);
    }

    public List<Observation> observations(String code, String from, String to) {
        PeriodRange range = PeriodRange.parse(from, to, indicators.require(code).frequency);
        return series.range(code, range.lower(), range.upper());
    }

    public List<ObservationRevision> revisions(String code, String periodText) {
        Indicator indicator = indicators.require(code);
        String period = Period.parse(periodText)
                .filter(p -> p.frequency() == indicator.frequency)
                .map(Period::toString)
                .orElseThrow(() -> ProblemException.invalid(
                        "period",
                        code + " is " + indicator.frequency + ": use a period like " + indicator.frequency.example()));
        Observation observation = series.find(code, period)
                .orElseThrow(() -> ProblemException.notFound("no value of " + code + " for " + period));
        return series.revisions(observation);
    }

    /** The stored evaluations of a range, each with its approval; {@code ?approval=} keeps those of one state. */
    public List<Judged> evaluations(String code, String from, String to, String approvalParam) {
        Indicator indicator = indicators.require(code);
        PeriodRange range = PeriodRange.parse(from, to, indicator.frequency);
        Approval approval =
                QueryParams.choice("approval", approvalParam, Approval.class).orElse(null);
        return evaluations.range(code, range.lower(), range.upper()).stream()
                .filter(j -> approval == null || approval == j.approval())
                .toList();
    }

    public List<StatusChange> statusChanges(String code, String from, String to) {
        PeriodRange range = PeriodRange.parse(from, to, indicators.require(code).frequency);
        return evaluations.changes(code, range.lower(), range.upper());
    }

    public List<TargetChange> targetChanges(String code) {
        indicators.require(code);
        return indicators.targetChanges(code);
    }
}
