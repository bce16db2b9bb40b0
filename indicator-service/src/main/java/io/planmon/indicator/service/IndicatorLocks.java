package io.planmon.indicator.service;

import io.planmon.indicator.domain.Indicator;
import io.planmon.indicator.domain.StoredTarget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Serialises the changes of an indicator's values and evaluations: two pushes of the same period, or a push and a
 * reference's push that re-evaluates it, would otherwise both insert the same row. Rows are locked in code order, so
 * two changes never wait for each other in a circle.
 */
@ApplicationScoped
public class IndicatorLocks {

    /** Locks (and re-reads) the indicator and those that use it as their reference, until the transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forValueChange(Indicator indicator) {
        List<Indicator> locked = new ArrayList<>(StoredTarget.dependentsOf(indicator.code));
        locked.add(indicator);
        locked.sort(Comparator.comparing(i -> i.code));
        // Refreshed while locked: a target the plan admin changed meanwhile is the one evaluated.
        locked.forEach(i -> Indicator.getEntityManager().refresh(i, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Locks one indicator, for a change that evaluates only its own periods. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forOwnChange(Indicator indicator) {
        Indicator.getEntityManager().refresh(indicator, LockModeType.PESSIMISTIC_WRITE);
    }
}
