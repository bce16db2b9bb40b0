package io.planmon.devstack;

import io.planmon.devstack.postgres.EmbeddedPostgresServer;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The stack's database: an external one, which it only hands to the services, or an embedded PostgreSQL, which it
 * starts, and which a fault-injection test may stop and start again.
 */
final class StackDatabase {

    private final StackConfig config;
    private final StartedServers started;
    private volatile Database database;
    private volatile EmbeddedPostgresServer postgres;

    StackDatabase(StackConfig config, StartedServers started) {
        this.config = config;
        this.started = started;
    }

    /** Takes the external database, or starts the embedded PostgreSQL on the stack's port and data directory. */
    void start() {
        database = config.externalDatabase().orElseGet(this::startPostgres);
    }

    private Database startPostgres() {
        Path pgdata = config.dataDirectory().resolve("pgdata");
        int port = config.port(Port.POSTGRES);
        EmbeddedPostgresServer server =
                new EmbeddedPostgresServer(port, pgdata, StackServers.logFile(config, "postgres"));
        postgres = server;
        String announcement = "postgres: starting on port " + port + ", data in " + pgdata;
        started.start(StartedServers.DATABASE, "postgres", announcement, server, server::start, () -> server.pid()
                .orElse(0));
        return server.database();
    }

    /** Stops the embedded PostgreSQL (fast shutdown); {@link #restart} undoes it. */
    void stop() {
        embedded().stop();
    }

    /** Starts the embedded PostgreSQL again, on its port and data. */
    void restart() {
        EmbeddedPostgresServer server = embedded();
        started.restart("postgres", server::start, () -> server.pid().orElse(0));
    }

    private EmbeddedPostgresServer embedded() {
        if (postgres == null) {
            throw new IllegalStateException("the stack uses an external database, which it does not stop or start");
        }
        return postgres;
    }

    /** The embedded PostgreSQL to watch, which the supervisor reports but cannot start again; none when external. */
    Optional<Supervisor.Watched> watched() {
        EmbeddedPostgresServer server = postgres;
        if (server == null) {
            return Optional.empty();
        }
        return Optional.of(new Supervisor.Watched(
                "postgres",
                () -> server.pid().stream().anyMatch(pid -> ProcessHandle.of(pid)
                        .map(ProcessHandle::isAlive)
                        .orElse(false)),
                null));
    }

    Database database() {
        if (database == null) {
            throw new IllegalStateException("the stack has not started its database");
        }
        return database;
    }
}
