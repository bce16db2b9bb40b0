package io.planmon.devstack.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** {@code ./planmon logs <name>}: follows a server's log the way {@code tail -F} does, across restarts of the file. */
final class LogsCommand {

    private final Path logDirectory;
    private final PrintStream out;

    LogsCommand(Path logDirectory, PrintStream out) {
        this.logDirectory = logDirectory;
        this.out = out;
    }

    int run(String name) throws IOException, InterruptedException {
        Path log = logDirectory.resolve(name + ".log");
        if (!Files.isRegularFile(log)) {
            out.println("no log " + log + "; the logs here are: " + known());
            return 1;
        }
        return new ProcessBuilder("tail", "-n", "100", "-F", log.toString())
                .inheritIO()
                .start()
                .waitFor();
    }

    private String known() throws IOException {
        if (!Files.isDirectory(logDirectory)) {
            return "(none yet: ./planmon up)";
        }
        try (Stream<Path> files = Files.list(logDirectory)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(file -> file.endsWith(".log"))
                    .map(file -> file.substring(0, file.length() - 4))
                    .sorted()
                    .collect(Collectors.joining(", "));
        }
    }
}
