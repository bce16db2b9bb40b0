package io.planmon.devstack.bench;

import io.planmon.devstack.Database;
import io.planmon.devstack.StackException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How fast indicator-service's relay empties its outbox after a large import: commits {@code rows} outbox rows in one
 * transaction (plain SQL, as an import commits them: the relay is woken by PostgreSQL's NOTIFY at the commit), then
 * follows the pending count (the database every 50 ms, {@code planmon_outbox_pending} of /q/metrics every 500 ms)
 * until it is 0. The rows go to a topic of their own that no service consumes, with real observation payloads.
 */
final class OutboxDrain {
    static final String TOPIC = "planmon.bench.outbox-drain";
    static final int KEYS = 100;
    private static final Pattern PENDING = Pattern.compile("(?m)^planmon_outbox_pending(?:\\{[^}]*})? ([0-9.eE+]+)");
    private static final HttpClient METRICS_CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final Database database;
    private final String metricsUrl;
    private final PrintStream out;

    OutboxDrain(Database database, String indicatorServiceUrl, PrintStream out) {
        this.database = database;
        this.metricsUrl = indicatorServiceUrl + "/q/metrics";
        this.out = out;
    }

    /** Payload of one event as the relay sends it: the newest real observation event, else a synthetic one. */
    String samplePayload() throws SQLException {
        try (Connection c = connect();
                PreparedStatement s = c.prepareStatement("select payload from indicator.outbox_event"
                        + " where topic = 'planmon.observations.v1' order by id desc limit 1");
                ResultSet r = s.executeQuery()) {
            return r.next()
                    ? r.getString(1)
                    : "{\"note\": \"synthetic drain payload\", \"pad\": \"" + "x".repeat(600) + "\"}";
        }
    }

    /** @return events per second from the import's commit to an empty outbox, and the seconds that took */
    double[] run(int rows, String payload) throws Exception {
        long committed;
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("insert into indicator.outbox_event"
                    + " (event_id, event_type, topic, message_key, payload, created_at)"
                    + " select gen_random_uuid()::text, 'io.planmon.bench.drain.v1', ?, 'BENCH-' || (g.n % ?), ?, now()"
                    + " from generate_series(1, ?) as g(n) order by g.n")) {
                s.setString(1, TOPIC);
                s.setInt(2, KEYS);
                s.setString(3, payload);
                s.setInt(4, rows);
                long started = System.nanoTime();
                s.executeUpdate();
                c.commit();
                committed = System.nanoTime();
                out.printf(
                        "  import: %,d outbox rows committed in one transaction in %.2f s%n",
                        rows, (committed - started) / 1e9);
            }
        }
        long lastMetric = 0;
        long emptyAt = 0;
        try (Connection c = connect();
                PreparedStatement count =
                        c.prepareStatement("select count(*) from indicator.outbox_event where published_at is null")) {
            while (System.nanoTime() - committed < 120_000_000_000L) {
                long pending;
                try (ResultSet r = count.executeQuery()) {
                    r.next();
                    pending = r.getLong(1);
                }
                long now = System.nanoTime();
                if (pending == 0 && emptyAt == 0) {
                    emptyAt = now;
                }
                if (now - lastMetric >= 500_000_000L || (emptyAt != 0)) {
                    lastMetric = now;
                    out.printf(
                            "  t=%5.2f s  pending (database) %,7d   planmon_outbox_pending %s%n",
                            (now - committed) / 1e9, pending, gauge());
                }
                if (emptyAt != 0) {
                    break;
                }
                Thread.sleep(50);
            }
        }
        if (emptyAt == 0) {
            throw new StackException("the outbox did not drain within 120 s");
        }
        awaitGaugeZero(committed);
        double seconds = (emptyAt - committed) / 1e9;
        return new double[] {rows / seconds, seconds};
    }

    /** The relay recounts when a drain ends: report when the metric, not only the table, says 0. */
    private void awaitGaugeZero(long committed) throws Exception {
        for (int i = 0; i < 100; i++) {
            String value = gauge();
            if (value.startsWith("0")) {
                out.printf(
                        "  t=%5.2f s  planmon_outbox_pending back to %s on /q/metrics%n",
                        (System.nanoTime() - committed) / 1e9, value);
                return;
            }
            Thread.sleep(100);
        }
        out.println("  planmon_outbox_pending did not return to 0 within 10 s after the table emptied");
    }

    private String gauge() {
        try {
            // Bounded: one read of the metric once hung for minutes and held the whole benchmark with it.
            HttpResponse<String> response = METRICS_CLIENT.send(
                    HttpRequest.newBuilder(URI.create(metricsUrl))
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher m = PENDING.matcher(response.body());
            return m.find() ? String.format("%,.0f", Double.parseDouble(m.group(1))) : "(absent)";
        } catch (Exception e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
    }
}
