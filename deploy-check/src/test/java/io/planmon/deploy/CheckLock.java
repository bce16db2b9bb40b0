package io.planmon.deploy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The lock that lets one container check at a time use the check's home and its private engine. */
final class CheckLock {
    private static final Duration LOCK_LIMIT = Duration.ofMinutes(20);
    private static final List<FileChannel> LOCKS = new CopyOnWriteArrayList<>();

    private CheckLock() {}

    /**
     * One check at a time per home (another worktree's build may run one): the lock is the JVM's until it ends, however
     * it ends, so a dockerd found after it is got belongs to a check that is gone.
     */
    static void acquire(Path home) throws IOException, InterruptedException {
        FileChannel channel =
                FileChannel.open(home.resolve("check.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        long deadline = System.nanoTime() + LOCK_LIMIT.toNanos();
        while (channel.tryLock() == null) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("another container check has held " + home.resolve("check.lock")
                        + " for " + LOCK_LIMIT.toMinutes() + " minutes; its engine is not ours to stop");
            }
            System.out.println("[docker] another container check is running on " + home + ": waiting for it");
            Thread.sleep(10_000);
        }
        // Kept open until the JVM ends: closing it would release the lock.
        LOCKS.add(channel);
    }
}
