package io.planmon.kit.outbox;

import io.planmon.kit.tx.AfterCommit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The relay's doorbell: rung when a transaction that wrote outbox rows commits (once per transaction), when another
 * instance's commit is announced by PostgreSQL ({@link OutboxListener}), and by the timed safety-net poll. Rings that
 * come while a round runs collapse into one pending ring, so the relay runs exactly one more round: none is lost, and
 * a burst of commits does not queue a round per commit.
 */
@ApplicationScoped
public class OutboxSignal {
    private static final Object RING = new Object();
    private static final String REGISTERED = OutboxSignal.class.getName() + ".registered";

    private final BlockingQueue<Object> bell = new ArrayBlockingQueue<>(1);
    private final TransactionSynchronizationRegistry transactions;

    public OutboxSignal(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    /** Rings the bell when the caller's transaction commits; registers at most one synchronization per transaction. */
    void wakeAfterCommit() {
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

    /** Waits until the bell rings, at most {@code timeoutMillis}; true if it rang. Takes the ring. */
    boolean await(long timeoutMillis) throws InterruptedException {
        return bell.poll(timeoutMillis, TimeUnit.MILLISECONDS) != null;
    }
}
