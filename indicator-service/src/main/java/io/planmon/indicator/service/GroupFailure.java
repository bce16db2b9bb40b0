package io.planmon.indicator.service;

import io.planmon.kit.problem.DatabaseTrouble;
import java.sql.SQLException;
import org.jboss.logging.Logger;

/** Says why a group of rows was not stored, in words a reporter can act on: wait and send again, or report a bug. */
final class GroupFailure {
    private static final Logger LOG = Logger.getLogger(GroupFailure.class);
    /** PostgreSQL's lock_not_available: lock_timeout ran out. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private GroupFailure() {}

    static String describe(String code, RuntimeException e) {
        if (isLockTimeout(e)) {
            LOG.warnf("%s: rows not stored, the indicator stayed locked by another change", code);
            return "not stored: " + code + " is being changed by another push and could not be locked in time;"
                    + " nothing of its rows in this batch was stored, send them again";
        }
        if (DatabaseTrouble.of(e) != DatabaseTrouble.NONE) {
            LOG.warnf("%s: rows not stored, the database is unavailable or busy (%s)", code, rootMessage(e));
            return "not stored: the database could not take the change of " + code + " just now; nothing of its"
                    + " rows in this batch was stored, send them again";
        }
        LOG.errorf(e, "%s: rows not stored", code);
        return "not stored: an unexpected error stopped the change of " + code + "; nothing of its rows in this"
                + " batch was stored (the service's log has the details)";
    }

    /** Whether a failure is the database's (worth trying again), not a bug. */
    static boolean isTransient(RuntimeException e) {
        return isLockTimeout(e) || DatabaseTrouble.of(e) != DatabaseTrouble.NONE;
    }

    static boolean isLockTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && LOCK_NOT_AVAILABLE.equals(sql.getSQLState())) {
                return true;
            }
            if (t instanceof jakarta.persistence.LockTimeoutException
                    || t instanceof jakarta.persistence.PessimisticLockException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
