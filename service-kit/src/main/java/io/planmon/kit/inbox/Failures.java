package io.planmon.kit.inbox;

import java.sql.SQLException;

/** Names why handling a message failed, in few enough words to be a metric tag. */
final class Failures {
    private Failures() {}

    /**
     * The SQLState of the first SQL exception in the chain (e.g. {@code sql-42P01} for a missing table, {@code
     * sql-08001} for an unreachable database), else the simple class name of the root cause.
     */
    static String reason(Throwable failure) {
        Throwable root = failure;
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return "sql-" + sql.getSQLState();
            }
            root = t;
        }
        return root.getClass().getSimpleName();
    }

    /** The message of the root cause: what an operator reads first. */
    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
