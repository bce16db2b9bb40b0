package io.planmon.devstack.postgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * The postmaster's pid from the lock file PostgreSQL keeps in its data directory: the one record of a server that
 * survives its starter, so both a running server and {@code ./planmon down} after a killed {@code up} read it.
 */
public final class PostmasterPid {

    private PostmasterPid() {}

    /** The pid in {@code <dataDirectory>/postmaster.pid}, if the file exists and names one. */
    public static OptionalLong in(Path dataDirectory) {
        try {
            Path lockFile = dataDirectory.resolve("postmaster.pid");
            if (!Files.isRegularFile(lockFile)) {
                return OptionalLong.empty();
            }
            String firstLine =
                    Files.readAllLines(lockFile).stream().findFirst().orElse("").trim();
            return firstLine.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(firstLine));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
