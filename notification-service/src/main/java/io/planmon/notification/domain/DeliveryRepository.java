package io.planmon.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores deliveries; the worker claims due ones with SKIP LOCKED so that instances never send one twice at once. */
@ApplicationScoped
public class DeliveryRepository implements PanacheRepository<Delivery> {

    /** Ids of pending deliveries due at {@code now}, oldest first. */
    public List<Long> dueIds(Instant now, int limit) {
        return getEntityManager()
                .createQuery(
                        "select d.id from Delivery d where d.status = ?1 and d.nextAttemptAt <= ?2 order by d.id",
                        Long.class)
                .setParameter(1, DeliveryStatus.PENDING)
                .setParameter(2, now)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Locks one delivery for sending, unless another instance holds it. */
    public Optional<Delivery> claim(long id) {
        return find("id = ?1 and status = ?2", id, DeliveryStatus.PENDING)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", -2)
                .firstResultOptional();
    }

    public List<Delivery> search(Optional<Long> alertId, int limit) {
        Sort newest = Sort.descending("id");
        var query = alertId.isPresent() ? find("alertId", newest, alertId.get()) : findAll(newest);
        return query.page(0, limit).list();
    }
}
