package io.planmon.indicator.service;

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
        LOG.errorf(e, "%s: rows not stored", code);
        return "not stored: the database refused the change of " + code + " (" + rootMessage(e)
                + "); nothing of its rows in this batch was stored";
    }

    private static boolean isLockTimeout(Throwable e) {
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
