package io.planmon.indicator.domain;

import static io.planmon.indicator.domain.IndicatorRepository.AMONG_CODES;
import static io.planmon.indicator.domain.IndicatorRepository.asArray;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import org.hibernate.Timeouts;
import org.hibernate.jpa.HibernateHints;
import org.hibernate.jpa.SpecHints;

/** The catalogue's rows as locks: what a push, a batch or a submission holds while it changes an indicator's values. */
@ApplicationScoped
public class IndicatorRowLocks implements PanacheRepositoryBase<Indicator, String> {
    /** The unit locked for update, in code order, so that two transactions lock it in the same order. */
    public List<Indicator> lockUnit(String department, Frequency frequency) {
        return find("ownerDepartment = ?1 and frequency = ?2", Sort.by("code"), department, frequency)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
    }

    /**
     * Locks the indicators of {@code codes} in code order (two transactions never wait for each other in a circle)
     * and reads them as they are once locked, read only: a push changes none of them, and a read-only entity is
     * neither snapshotted nor dirty-checked at commit, which for the two JSON targets is most of what it costs.
     * The caller must not have loaded them in this transaction before, or their state would be the earlier one.
     */
    public List<Indicator> lockForReading(Collection<String> codes) {
        return lockedForReading(codes).list();
    }

    /**
     * {@link #lockForReading} of those of {@code codes} no other transaction holds ({@code FOR UPDATE SKIP LOCKED}):
     * it never waits, and so never waits in a circle either, whatever the order.
     */
    public List<Indicator> lockFreeForReading(Collection<String> codes) {
        return lockedForReading(codes)
                .withHint(SpecHints.HINT_SPEC_LOCK_TIMEOUT, Timeouts.SKIP_LOCKED_MILLI)
                .list();
    }

    private PanacheQuery<Indicator> lockedForReading(Collection<String> codes) {
        return find(AMONG_CODES, Sort.by("code"), (Object) asArray(codes))
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint(HibernateHints.HINT_READ_ONLY, true);
    }

    /** Locks the indicator and reads it again, so that a target changed meanwhile is the one used. */
    public void lock(Indicator indicator) {
        getEntityManager().refresh(indicator, LockModeType.PESSIMISTIC_WRITE);
    }

    /** PostgreSQL's lock_timeout for the rest of the transaction: a lock not had by then fails it. */
    public void limitLockWaiting(Duration timeout) {
        getEntityManager()
                .createNativeQuery("select set_config('lock_timeout', ?1, true)")
                .setParameter(1, timeout.toMillis() + "ms")
                .getSingleResult();
    }
}
