package io.planmon.indicator.domain.evaluation;

import io.planmon.indicator.domain.Period;
import io.planmon.indicator.domain.evaluation.Outlook.NoProjection;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What the plan asks of an indicator: one record per target kind of docs/spec.md#target-kinds, built by
 * {@link TargetParser}. Each record knows its rule, so that a new kind cannot be added without one.
 */
public sealed interface Target {
    BigDecimal DEFAULT_REFERENCE_TOLERANCE = new BigDecimal("0.5");

    /** Judges one period's value against this target. */
    Evaluation evaluate(Situation situation);

    /**
     * The periods of the indicator's own series whose values the evaluation of {@code period} reads, when the rule
     * knows them; empty when it may read any (a path's base year, a peak's history), and then a changed value asks
     * for every later period to be evaluated again. The kinds with a reference also read the reference's value of
     * {@code period} itself.
     */
    default Optional<List<Period>> inputs(Period period) {
        return Optional.empty();
    }

    /**
     * The trend of the annual values carried to the target year, with the catch-up rate; kinds without a target year
     * answer {@link NoProjection}. {@code current} is the latest status, for the early warning.
     */
    default Outlook project(Series series, Polarity polarity, Status current) {
        return NoProjection.NO_TARGET_YEAR;
    }

    /** The kinds with a path from the base year's value to a target in the target year. */
    sealed interface PathTarget extends Target permits MultipleOfBase, TargetValue {
        int baseYear();

        int targetYear();

        /** The path from the base year's value; {@code polarity} gives the direction only when the path is flat. */
        Path path(BigDecimal base, Polarity polarity);

        @Override
        default Evaluation evaluate(Situation situation) {
            return PathRule.evaluate(this, situation);
        }

        @Override
        default Outlook project(Series series, Polarity polarity, Status current) {
            return PathProjector.project(this, series, polarity, current);
        }
    }

    record MultipleOfBase(BigDecimal factor, int baseYear, int targetYear) implements PathTarget {
        @Override
        public Path path(BigDecimal base, Polarity polarity) {
            return Path.compound(this, base, polarity);
        }
    }

    record TargetValue(int baseYear, int targetYear, BigDecimal targetValue) implements PathTarget {
        @Override
        public Path path(BigDecimal base, Polarity polarity) {
            return Path.linear(this, base, polarity);
        }
    }

    record NotBelowReference(String referenceCode, BigDecimal tolerance) implements Target {
        @Override
        public Optional<List<Period>> inputs(Period period) {
            return Optional.of(List.of(period));
        }

        @Override
        public Evaluation evaluate(Situation situation) {
            return ReferenceRule.notBelow(this, situation);
        }
    }

    record InStepWith(String referenceCode, BigDecimal tolerance) implements Target {
        @Override
        public Optional<List<Period>> inputs(Period period) {
            return Optional.of(List.of(period));
        }

        @Override
        public Evaluation evaluate(Situation situation) {
            return ReferenceRule.inStep(this, situation);
        }
    }

    record Decreasing() implements Target {
        @Override
        public Optional<List<Period>> inputs(Period period) {
            return Optional.of(List.of(period, Series.previous(period)));
        }

        @Override
        public Evaluation evaluate(Situation situation) {
            return DirectionRule.evaluate(Polarity.LOWER_IS_BETTER, situation);
        }
    }

    record Increasing() implements Target {
        @Override
        public Optional<List<Period>> inputs(Period period) {
            return Optional.of(List.of(period, Series.previous(period)));
        }

        @Override
        public Evaluation evaluate(Situation situation) {
            return DirectionRule.evaluate(Polarity.HIGHER_IS_BETTER, situation);
        }
    }

    record PeakByYear(int peakYear) implements Target {
        @Override
        public Evaluation evaluate(Situation situation) {
            return PeakRule.evaluate(this, situation);
        }

        @Override
        public Outlook project(Series series, Polarity polarity, Status current) {
            return PeakProjector.project(this, series, current);
        }
    }

    record Range(BigDecimal min, BigDecimal max, BigDecimal tolerance) implements Target {
        @Override
        public Optional<List<Period>> inputs(Period period) {
            return Optional.of(List.of(period));
        }

        @Override
        public Evaluation evaluate(Situation situation) {
            return LimitRule.range(this, situation);
        }
    }

    record Ceiling(BigDecimal limit) implements Target {
        @Override
        public Optional<List<Period>> inputs(Period period) {
            return Optional.of(List.of(period));
        }

        @Override
        public Evaluation evaluate(Situation situation) {
            return LimitRule.ceiling(this, situation);
        }
    }

    record Floor(BigDecimal limit) implements Target {
        @Override
        public Optional<List<Period>> inputs(Period period) {
            return Optional.of(List.of(period));
        }

        @Override
        public Evaluation evaluate(Situation situation) {
            return LimitRule.floor(this, situation);
        }
    }

    record NoTarget() implements Target {
        @Override
        public Optional<List<Period>> inputs(Period period) {
            return Optional.of(List.of(period));
        }

        @Override
        public Evaluation evaluate(Situation situation) {
            return Evaluation.without(
                    Status.NO_TARGET,
                    "规划管理员尚未设定该指标的目标参数，暂不评估",
                    "not evaluated: the plan admin has not set the target parameters yet");
        }
    }
}
