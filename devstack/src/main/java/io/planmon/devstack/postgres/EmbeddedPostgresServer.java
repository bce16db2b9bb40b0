package io.planmon.devstack.postgres;

import io.planmon.devstack.Database;
import io.planmon.devstack.StackException;
import io.planmon.devstack.process.ProcessTree;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A real PostgreSQL server from the embedded binaries, on a fixed port and a data directory that outlives it, with the
 * {@link PlanmonDatabase} created on first start.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private final int port;
    private final Path dataDirectory;
    private final Path logFile;
    private volatile EmbeddedPostgres postgres;
    private volatile boolean closed;

    /** A server that {@link #start()} starts on the port, with its data in {@code dataDirectory}. */
    public EmbeddedPostgresServer(int port, Path dataDirectory, Path logFile) {
        this.port = port;
        this.dataDirectory = dataDirectory;
        this.logFile = logFile;
    }

    /** Creates and starts a server; see {@link #start()}. */
    public static EmbeddedPostgresServer start(int port, Path dataDirectory, Path logFile) {
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(port, dataDirectory, logFile);
        server.start();
        return server;
    }

    /** Starts the server (initialising the data directory if it is new) and makes sure the database exists. */
    public void start() {
        try {
            Files.createDirectories(logFile.getParent());
            ProcessBuilder.Redirect log = ProcessBuilder.Redirect.appendTo(logFile.toFile());
            postgres = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    // Our owner stops the server in order, after the services that use it; no hook of its own.
                    .setRegisterShutdownHook(false)
                    // Recovery after a crash can take longer than the 10 s default.
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // PostgreSQL's 128 MB default is sized for tiny machines: once the outbox, inbox and activity
                    // indexes outgrow it (a million-row import), every insert reads and evicts pages. A production
                    // server gets about a quarter of its memory; the pages are only taken as they are used.
                    .setServerConfig("shared_buffers", "512MB")
                    .setOutputRedirector(log)
                    .setErrorRedirector(log)
                    .start();
            if (closed) {
                close(); // stopped from another thread while it was starting
                throw new StackException("PostgreSQL was stopped while it was starting");
            }
            PlanmonDatabase.createIfMissing(postgres.getPostgresDatabase());
        } catch (IOException | SQLException e) {
            throw new StackException(
                    "PostgreSQL did not start on port " + port + " with data in " + dataDirectory + ": "
                            + e.getMessage() + " (see " + logFile + ")",
                    e);
        }
    }

    /** The planmon database on this server. */
    public Database database() {
        return PlanmonDatabase.at(postgres.getPort());
    }

    public int port() {
        return port;
    }

    /** The postmaster's pid, from the lock file PostgreSQL keeps in its data directory. */
    public OptionalLong pid() {
        return PostmasterPid.in(dataDirectory);
    }

    /** Stops the server for good ("fast" shutdown) and waits until the postmaster has exited. */
    @Override
    public void close() {
        closed = true;
        stop();
    }

    /**
     * Stops the server ("fast" shutdown: open sessions are ended) and waits until the postmaster has exited; unlike
     * {@link #close()}, {@link #start()} may start it again (an outage in a fault-injection test).
     */
    public void stop() {
        EmbeddedPostgres running = postgres;
        if (running == null) {
            return;
        }
        OptionalLong postmaster = pid();
        try {
            running.close();
        } catch (IOException e) {
            throw new StackException("PostgreSQL did not stop: " + e.getMessage(), e);
        }
        // pg_ctl returns once the lock file is gone, a moment before the process itself.
        postmaster.stream()
                .mapToObj(ProcessHandle::of)
                .flatMap(Optional::stream)
                .forEach(process -> ProcessTree.awaitExit(List.of(process), Duration.ofSeconds(10)));
    }
}
