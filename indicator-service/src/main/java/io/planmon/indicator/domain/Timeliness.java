package io.planmon.indicator.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How punctually a figure arrived (docs/governance.md "Timeliness"): on time when its first value arrived on or before
 * its due date (the day in the plan's time zone), late after it, missing when none has arrived and the due date has
 * passed, not yet due otherwise. A figure is expected once it is due or has arrived, so that a figure sent early counts
 * as on time before its due date and a missing one only after it.
 */
public final class Timeliness {
    private Timeliness() {}

    /** What became of one expected figure. */
    public enum Outcome {
        ON_TIME,
        LATE,
        MISSING,
        NOT_YET_DUE
    }

    /** @param received the day (plan time zone) its first value arrived, null when none has */
    public static Outcome outcome(LocalDate due, LocalDate received, LocalDate today) {
        if (received != null) {
            return received.isAfter(due) ? Outcome.LATE : Outcome.ON_TIME;
        }
        return due.isBefore(today) ? Outcome.MISSING : Outcome.NOT_YET_DUE;
    }

    /** The figures of a period, a department or a range, counted. */
    public static final class Tally {
        private int expected;
        private int onTime;
        private int late;
        private int missing;
        private int approved;
        private int notYetDue;
        private final List<String> missingIndicators = new ArrayList<>();

        /** @param approved whether the figure arrived and its period's submission is approved */
        public void count(String indicator, Outcome outcome, boolean approved) {
            switch (outcome) {
                case ON_TIME -> onTime++;
                case LATE -> late++;
                case MISSING -> {
                    missing++;
                    missingIndicators.add(indicator);
                }
                case NOT_YET_DUE -> notYetDue++;
            }
            if (outcome != Outcome.NOT_YET_DUE) {
                expected++;
            }
            if (approved) {
                this.approved++;
            }
        }

        public void add(Tally other) {
            expected += other.expected;
            onTime += other.onTime;
            late += other.late;
            missing += other.missing;
            approved += other.approved;
            notYetDue += other.notYetDue;
            missingIndicators.addAll(other.missingIndicators);
        }

        public int expected() {
            return expected;
        }

        public int onTime() {
            return onTime;
        }

        public int late() {
            return late;
        }

        public int missing() {
            return missing;
        }

        public int approved() {
            return approved;
        }

        public int notYetDue() {
            return notYetDue;
        }

        public List<String> missingIndicators() {
            return List.copyOf(missingIndicators);
        }

        /** The share of expected figures that arrived on time, to 3 decimals; null when none was expected. */
        public BigDecimal onTimeRate() {
            return rate(onTime);
        }

        /** The share of expected figures that arrived at all, to 3 decimals; null when none was expected. */
        public BigDecimal completeness() {
            return rate(onTime + late);
        }

        private BigDecimal rate(int part) {
            return expected == 0
                    ? null
                    : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(expected), 3, RoundingMode.HALF_UP);
        }
    }
}
