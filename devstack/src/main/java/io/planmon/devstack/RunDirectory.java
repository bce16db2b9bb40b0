package io.planmon.devstack;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The {@code run/} directory of a stack: one {@code <name>.pid} file per running server, so that {@code ./planmon down}
 * from another terminal can stop them, and {@code stack.properties} with each server's port and health check for
 * {@code ./planmon status}.
 */
public final class RunDirectory {

    private static final String ENDPOINTS = "stack.properties";

    private final Path directory;

    public RunDirectory(Path directory) {
        this.directory = directory;
    }

    /** The run directory of the stack whose data lives in {@code dataDirectory}. */
    public static RunDirectory of(Path dataDirectory) {
        return new RunDirectory(dataDirectory.resolve("run"));
    }

    public void writePid(String name, long pid) {
        write(directory.resolve(name + ".pid"), pid + "\n");
    }

    public void removePid(String name) {
        try {
            Files.deleteIfExists(directory.resolve(name + ".pid"));
        } catch (IOException e) {
            throw new StackException("cannot remove " + directory.resolve(name + ".pid"), e);
        }
    }

    /** Every pid file's name (without {@code .pid}) and pid; unreadable files are skipped. */
    public Map<String, Long> pids() {
        Map<String, Long> pids = new TreeMap<>();
        if (!Files.isDirectory(directory)) {
            return pids;
        }
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(file -> file.getFileName().toString().endsWith(".pid")).forEach(file -> {
                String name = file.getFileName().toString().replaceFirst("\\.pid$", "");
                try {
                    pids.put(name, Long.parseLong(Files.readString(file).trim()));
                } catch (IOException | NumberFormatException e) {
                    // a half-written or foreign file: nothing we could stop
                }
            });
        } catch (IOException e) {
            throw new StackException("cannot list " + directory, e);
        }
        return pids;
    }

    /** Records where each server listens and how to check it: {@code <name>.port}, {@code <name>.check}. */
    public void writeEndpoints(Properties endpoints) {
        try {
            Files.createDirectories(directory);
            try (Writer out = Files.newBufferedWriter(directory.resolve(ENDPOINTS))) {
                endpoints.store(out, "written by ./planmon up");
            }
        } catch (IOException e) {
            throw new StackException("cannot write " + directory.resolve(ENDPOINTS), e);
        }
    }

    /** What {@link #writeEndpoints} recorded, or nothing. */
    public Properties endpoints() {
        Properties endpoints = new Properties();
        Path file = directory.resolve(ENDPOINTS);
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file)) {
                endpoints.load(in);
            } catch (IOException e) {
                throw new StackException("cannot read " + file, e);
            }
        }
        return endpoints;
    }

    private void write(Path file, String content) {
        try {
            Files.createDirectories(directory);
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new StackException("cannot write " + file, e);
        }
    }
}
