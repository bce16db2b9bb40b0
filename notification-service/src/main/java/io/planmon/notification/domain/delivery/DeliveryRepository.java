package io.planmon.notification.domain.delivery;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stores deliveries and leases them to one attempt at a time: a due row is taken with SKIP LOCKED, leased until a
 * database time, and the lease is what keeps other workers away once the claiming transaction has committed.
 */
@ApplicationScoped
public class DeliveryRepository implements PanacheRepository<Delivery> {

    /**
     * The oldest pending delivery due at {@code now} that no live lease holds, locked for the rest of the (short)
     * claiming transaction; rows another transaction is claiming right now are skipped.
     */
    public Optional<Delivery> nextDue(Instant now) {
        List<?> ids = getEntityManager()
                .createNativeQuery("select id from delivery where status = 'PENDING' and next_attempt_at <= ?1"
                        + " and (locked_until is null or locked_until <= now())"
                        + " order by id limit 1 for update skip locked")
                .setParameter(1, now)
                .getResultList();
        return ids.stream().findFirst().map(id -> findById(((Number) id).longValue()));
    }

    /** Leases {@code d} to the attempt {@code token} for {@code lease}, measured on the database's clock. */
    public void lease(Delivery d, Duration lease, String token) {
        getEntityManager()
                .createNativeQuery("update delivery set locked_until = now() + make_interval(secs => ?1),"
                        + " claim_token = ?2 where id = ?3")
                .setParameter(1, lease.toMillis() / 1000.0)
                .setParameter(2, token)
                .setParameter(3, d.id)
                .executeUpdate();
    }

    /**
     * The delivery still leased to {@code token}, locked: pending, or cancelled while the attempt was under way;
     * empty if the lease was taken over.
     */
    public Optional<Delivery> heldBy(long id, String token) {
        return find(
                        "id = ?1 and claimToken = ?2 and status in ?3",
                        id,
                        token,
                        List.of(DeliveryStatus.PENDING, DeliveryStatus.CANCELLED))
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /**
     * Ends every pending delivery of a receiver: CANCELLED, with {@code reason} as its last error. A lease keeps its
     * token, so that an attempt under way still logs what it did. Returns how many were cancelled.
     */
    public int cancelPendingOf(long receiverId, String reason) {
        return update(
                "status = ?1, lastError = ?2 where receiverId = ?3 and status = ?4",
                DeliveryStatus.CANCELLED,
                reason,
                receiverId,
                DeliveryStatus.PENDING);
    }

    /** A page of deliveries, newest first (by id), after the id {@code before} when given, and whether more follow. */
    public record Page(List<Delivery> deliveries, long total, boolean more) {}

    public Page search(Optional<Long> alertId, Optional<Long> before, int limit) {
        Sort newest = Sort.descending("id");
        Parameters params = new Parameters();
        String query = "1 = 1";
        if (alertId.isPresent()) {
            query += " and alertId = :alert";
            params.and("alert", alertId.get());
        }
        String pageQuery = query;
        Parameters pageParams = new Parameters();
        params.map().forEach(pageParams::and);
        if (before.isPresent()) {
            pageQuery += " and id < :before";
            pageParams.and("before", before.get());
        }
        List<Delivery> rows =
                find(pageQuery, newest, pageParams).range(0, limit).list();
        boolean more = rows.size() > limit;
        List<Delivery> page = more ? rows.subList(0, limit) : rows;
        long total = before.isEmpty() && !more ? page.size() : count(query, params);
        return new Page(page, total, more);
    }
}
