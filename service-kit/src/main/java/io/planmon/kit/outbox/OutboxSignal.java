package io.planmon.kit.outbox;

import io.planmon.kit.tx.AfterCommit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.postgresql.PGConnection;

/**
 * The relay's doorbell: rung when a transaction that wrote outbox rows commits (once per transaction), when another
 * instance's commit is announced by PostgreSQL ({@link OutboxListener}), and by the timed safety-net poll. Rings that
 * come while a round runs collapse into one pending ring, so the relay runs exactly one more round: none is lost, and
 * a burst of commits does not queue a round per commit. A commit of this instance is announced twice, by its own
 * ring and by PostgreSQL's notification from the connection that made it; the second is skipped
 * ({@link #rangAlready}), so that each commit costs one round, not two.
 */
@ApplicationScoped
public class OutboxSignal {
    private static final Object RING = new Object();
    private static final String REGISTERED = OutboxSignal.class.getName() + ".registered";

    /** A backend that wrote outbox rows this long ago is still ours: PostgreSQL does not reuse a pid that soon. */
    private static final long OWN_FOR_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final BlockingQueue<Object> bell = new ArrayBlockingQueue<>(1);
    /** The PostgreSQL backends (pids) of this instance's connections that wrote outbox rows, and when they last did. */
    private final Map<Integer, Long> ownBackends = new ConcurrentHashMap<>();

    private final TransactionSynchronizationRegistry transactions;

    public OutboxSignal(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    /**
     * Rings the bell when the caller's transaction commits; registers at most one synchronization per transaction.
     *
     * @param connection the transaction's connection, whose backend will also announce the commit
     */
    void wakeAfterCommit(Connection connection) throws SQLException {
        if (connection.isWrapperFor(PGConnection.class)) {
            ownBackends.put(connection.unwrap(PGConnection.class).getBackendPID(), System.nanoTime());
        }
        if (transactions.getResource(REGISTERED) != null) {
            return;
        }
        transactions.putResource(REGISTERED, Boolean.TRUE);
        AfterCommit.run(transactions, this::wake);
    }

    /** Asks for a relay round as soon as the current one (if any) ends. Never blocks. */
    public void wake() {
        bell.offer(RING);
    }

    /** Whether a notification from backend {@code pid} announces a commit of this instance, which rang already. */
    boolean rangAlready(int pid) {
        Long lastWrite = ownBackends.get(pid);
        return lastWrite != null && System.nanoTime() - lastWrite < OWN_FOR_NANOS;
    }

    /** Waits until the bell rings, at most {@code timeoutMillis}; true if it rang. Takes the ring. */
    boolean await(long timeoutMillis) throws InterruptedException {
        return bell.poll(timeoutMillis, TimeUnit.MILLISECONDS) != null;
    }
}
