package io.planmon.notification.support;

import java.time.OffsetDateTime;

/** Delivery rows written and read straight in the database, for tests of what happens to a queued delivery. */
public final class QueuedDeliveries {
    private static final String BODY = "{\"change\":\"FIRED\",\"alert\":{}}";

    private QueuedDeliveries() {}

    /** A PENDING delivery to {@code receiver} (null: one whose receiver went), due at {@code due}; its id. */
    public static long queued(Long receiver, String kind, int attempts, OffsetDateTime due) throws Exception {
        return Db.value(
                Long.class,
                "insert into delivery (receiver_id, receiver_name, kind, change, payload, status, attempts,"
                        + " next_attempt_at, created_at) values (?, 'queued', ?, 'FIRED', ?, 'PENDING', ?, ?, now())"
                        + " returning id",
                receiver,
                kind,
                BODY,
                attempts,
                due);
    }

    /** "status:last error:attempts:receiver" of a delivery row ("-" for nothing). */
    public static String row(long delivery) throws Exception {
        return Db.value(
                String.class,
                "select status || ':' || coalesce(last_error, '-') || ':' || attempts || ':'"
                        + " || coalesce(receiver_id::text, '-') from delivery where id = ?",
                delivery);
    }

    /** How many attempts the delivery log holds for the delivery. */
    public static long attempts(long delivery) throws Exception {
        return Db.value(Long.class, "select count(*) from delivery_attempt where delivery_id = ?", delivery);
    }
}
