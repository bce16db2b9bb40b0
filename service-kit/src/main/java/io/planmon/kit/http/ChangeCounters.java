package io.planmon.kit.http;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

/**
 * Reads the change counters of the service's schema (migration {@code change_counter}): a version that grows exactly
 * when a transaction that changed the counter's tables commits, whichever instance made it. One indexed statement, so
 * one snapshot: the version and the marks are read together.
 */
@ApplicationScoped
public class ChangeCounters {
    private static final Logger LOG = Logger.getLogger(ChangeCounters.class);

    private final EntityManager em;

    public ChangeCounters(EntityManager em) {
        this.em = em;
    }

    /** The current version of counter {@code name}; it must exist (created by the service's migration). */
    public long version(String name) {
        Object version = em.createNativeQuery("select c.folded + (select count(*) from change_mark m where m.name ="
                        + " c.name) from change_counter c where c.name = ?1")
                .setParameter(1, name)
                .getSingleResult();
        return ((Number) version).longValue();
    }

    /**
     * Moves the marks into their counters, in one statement: the sum stays the same for every reader (a reader's
     * snapshot sees the marks or the folded counts, never both, never neither), and the marks a reader counts stay
     * few. Two instances folding at once is safe: the second skips the rows the first deleted.
     */
    @Scheduled(
            every = "${planmon.change-counter.fold-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void fold() {
        try {
            QuarkusTransaction.requiringNew()
                    .run(() -> em.createNativeQuery("with gone as (delete from change_mark returning name, changed_at)"
                                    + " update change_counter c set folded = c.folded + g.n,"
                                    + " changed_at = greatest(c.changed_at, g.last)"
                                    + " from (select name, count(*) n, max(changed_at) last from gone group by name) g"
                                    + " where c.name = g.name")
                            .executeUpdate());
        } catch (RuntimeException e) {
            // Harmless to skip: versions are right without folding, only reads count a few more marks.
            LOG.debugf(e, "change marks not folded this time");
        }
    }
}
