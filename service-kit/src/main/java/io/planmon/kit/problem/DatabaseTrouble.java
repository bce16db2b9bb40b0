package io.planmon.kit.problem;

import io.planmon.web.problem.Problem;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.HashSet;
import java.util.Set;

/**
 * What a failure's cause chain says about the database: unreachable, too busy, or a conflict between concurrent
 * changes. None of these is a bug, so none may become a 500; the SQLSTATE is the reliable signal because Hibernate,
 * Agroal and Narayana wrap the driver's exception in layers that differ from path to path.
 */
public enum DatabaseTrouble {
    /** No connection: refused, broken, server shutting down, pool exhausted. Retry later. */
    UNAVAILABLE(503, "database-unavailable", "Database unavailable", 5),
    /** A lock or statement timeout: the data is busy. Retry soon. */
    BUSY(503, "database-busy", "Data busy", 1),
    /** A serialization failure or deadlock: another change won. Read again and retry. */
    CONFLICT(409, "concurrent-change", "Concurrent change", 0),
    /** Not a database trouble this class knows. */
    NONE(500, "internal", "Internal error", 0);

    private final int status;
    private final String slug;
    private final String title;
    private final int retryAfterSeconds;

    DatabaseTrouble(int status, String slug, String title, int retryAfterSeconds) {
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** The first trouble found along the cause chain (and its suppressed exceptions), or {@link #NONE}. */
    public static DatabaseTrouble of(Throwable failure) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            DatabaseTrouble here = classify(t);
            if (here != NONE) {
                return here;
            }
        }
        return NONE;
    }

    private static DatabaseTrouble classify(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
            return UNAVAILABLE;
        }
        if (t instanceof SQLException sql) {
            DatabaseTrouble byState = bySqlState(sql.getSQLState());
            if (byState != NONE) {
                return byState;
            }
            // Agroal's pool says so only in words when no connection frees up within the acquisition timeout.
            String message = String.valueOf(sql.getMessage()).toLowerCase();
            if (message.contains("acquisition timeout")) {
                return UNAVAILABLE;
            }
        }
        // Hibernate's JDBCConnectionException, and any failure to get a connection at all whatever SQLSTATE the
        // server gave (a database closed to connections answers 55000, which alone means something else).
        if (t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")
                || String.valueOf(t.getMessage()).startsWith("Unable to acquire JDBC Connection")) {
            return UNAVAILABLE;
        }
        return NONE;
    }

    /** PostgreSQL's SQLSTATE codes (Appendix A of its manual). */
    static DatabaseTrouble bySqlState(String state) {
        if (state == null) {
            return NONE;
        }
        if (state.startsWith("08")) { // connection exception
            return UNAVAILABLE;
        }
        return switch (state) {
            case "57P01", "57P02", "57P03", "53300", "53000" -> UNAVAILABLE; // shutdown, cannot connect now, no slots
            case "55P03", "57014" -> BUSY; // lock not available, statement timeout
            case "40001", "40P01" -> CONFLICT; // serialization failure, deadlock
            default -> NONE;
        };
    }

    public int status() {
        return status;
    }

    public String type() {
        return Problem.typeFor(slug);
    }

    public String title() {
        return title;
    }

    /** Seconds a client should wait before retrying; 0 for none. */
    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
