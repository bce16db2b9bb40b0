package io.planmon.indicator.service;

import io.planmon.indicator.domain.Frequency;
import io.planmon.indicator.domain.Indicator;
import io.planmon.indicator.domain.IndicatorRepository;
import io.planmon.indicator.domain.IndicatorRowLocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Serialises the changes of an indicator's values and evaluations: two pushes of the same period, or a push and a
 * reference's push that re-evaluates it, would otherwise both insert the same row. Rows are locked in code order, so
 * two changes never wait for each other in a circle.
 */
@ApplicationScoped
public class IndicatorLocks {
    private final IndicatorRepository indicators;
    private final IndicatorRowLocks rows;
    private final Duration valueChangeTimeout;

    public IndicatorLocks(
            IndicatorRepository indicators,
            IndicatorRowLocks rows,
            @ConfigProperty(name = "planmon.import.lock-timeout", defaultValue = "5s") Duration valueChangeTimeout) {
        this.indicators = indicators;
        this.rows = rows;
        this.valueChangeTimeout = valueChangeTimeout;
    }

    /** An indicator whose values change, and the indicators that use it as their reference, all locked. */
    public record ValueChange(Indicator indicator, List<Indicator> dependents) {}

    /**
     * Locks and reads the indicator and those that use it as their reference, until the transaction ends. A lock not
     * had within {@code planmon.import.lock-timeout} fails the transaction (PostgreSQL's lock_timeout), so that a
     * batch reports that indicator's rows as not stored instead of waiting on. Read once locked: a target the plan
     * admin changed meanwhile is the one evaluated. Nothing of them may have been loaded in this transaction before.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ValueChange forValueChange(String code) {
        limitWaiting();
        return lockAndRead(List.of(code), false).get(code);
    }

    /**
     * {@link #forValueChange} for those indicators of a batch applied in one transaction that are free now: each
     * indicator whose row and whose dependents' rows no other transaction holds, all locked in one statement that
     * never waits ({@code SKIP LOCKED}). An indicator missing from the answer is busy: its group is applied later, in
     * a transaction of its own that waits for it. Waiting here instead, for all at once, would queue every other batch
     * of the same indicators behind this one. What the transaction locks afterwards waits at most
     * {@code planmon.import.lock-timeout}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, ValueChange> whicheverFree(List<String> codes) {
        Map<String, ValueChange> free = lockAndRead(codes, true);
        limitWaiting();
        return free;
    }

    /**
     * {@link #forValueChange} for several indicators of a batch, applied in one transaction: all of them and their
     * dependents locked in one statement, in code order, waiting at most {@code planmon.import.lock-timeout}. Locked
     * group by group instead, two batches with the same indicators in different orders would each hold what the other
     * waits for.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, ValueChange> forValueChanges(List<String> codes) {
        limitWaiting();
        return lockAndRead(codes, false);
    }

    /**
     * Locks the indicators and their dependents in one statement and answers, by code, each indicator locked with all
     * its dependents. {@code skipLocked}: rows another transaction holds are passed over, and their indicators left
     * out; else every row is waited for, and a missing one is not in the catalogue.
     */
    private Map<String, ValueChange> lockAndRead(Collection<String> codes, boolean skipLocked) {
        Map<String, List<String>> dependentsOf = indicators.dependentCodesOf(codes);
        Set<String> all = withDependents(codes, dependentsOf);
        Map<String, Indicator> locked = new HashMap<>();
        (skipLocked ? rows.lockFreeForReading(all) : rows.lockForReading(all)).forEach(i -> locked.put(i.code, i));
        Map<String, ValueChange> changes = new HashMap<>();
        for (String code : codes) {
            List<String> dependents = dependentsOf(code, dependentsOf);
            if (locked.containsKey(code) && dependents.stream().allMatch(locked::containsKey)) {
                changes.put(
                        code,
                        new ValueChange(
                                locked.get(code),
                                dependents.stream().map(locked::get).toList()));
            } else if (!skipLocked) {
                throw new IllegalStateException("indicator " + code + " is not in the catalogue"); // checked before
            }
        }
        return changes;
    }

    private static Set<String> withDependents(Collection<String> codes, Map<String, List<String>> dependentsOf) {
        Set<String> all = new TreeSet<>(codes);
        dependentsOf.values().forEach(all::addAll);
        return all;
    }

    /** The indicators that use {@code code} as their reference, itself left out (a target cannot follow itself). */
    private static List<String> dependentsOf(String code, Map<String, List<String>> dependentsOf) {
        return dependentsOf.getOrDefault(code, List.of()).stream()
                .filter(d -> !d.equals(code))
                .toList();
    }

    /**
     * Locks (and reads) a department's indicators of one frequency, in code order, for a submission that freezes
     * their values: a push holding one of them finishes first (and is part of what is submitted), a push after it
     * waits and then finds the period frozen. Waits at most {@code planmon.import.lock-timeout}, as a push does.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Indicator> forSubmission(String department, Frequency frequency) {
        limitWaiting();
        return rows.lockUnit(department, frequency);
    }

    private void limitWaiting() {
        rows.limitLockWaiting(valueChangeTimeout);
    }

    public Duration valueChangeTimeout() {
        return valueChangeTimeout;
    }

    /** Locks one indicator, for a change that evaluates only its own periods. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forOwnChange(Indicator indicator) {
        rows.lock(indicator);
    }
}
