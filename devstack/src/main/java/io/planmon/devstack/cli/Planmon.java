package io.planmon.devstack.cli;

import io.planmon.devstack.RunDirectory;
import io.planmon.devstack.StackConfig;
import io.planmon.devstack.StackException;
import java.io.PrintStream;
import java.nio.file.Path;

/** The {@code ./planmon} command line: up, down, status, logs, bench, help. */
public final class Planmon {

    private Planmon() {}

    public static void main(String[] args) throws Exception {
        quietLibraryLogging();
        PrintStream out = System.out;
        Path root = Path.of(System.getProperty("planmon.repository", "."))
                .toAbsolutePath()
                .normalize();
        try {
            Arguments arguments = Arguments.parse(args);
            StackConfig config = StackConfig.fromEnvironment(root, System.getenv());
            if (arguments.has("--infra-only")) {
                config = config.withServices();
            }
            if (arguments.has("--bench")) {
                config = config.forBenchmarks();
            }
            if ("up".equals(arguments.command())) {
                config = config.withReplicas(arguments.replicas());
            }
            RunDirectory run = RunDirectory.of(config.dataDirectory());
            OwnProcesses own = new OwnProcesses(run, config.dataDirectory(), root);
            int code =
                    switch (arguments.command()) {
                        case "up" -> new UpCommand(config, own, out).run();
                        case "down" -> new DownCommand(run, own, out).run();
                        case "status" -> new StatusCommand(run, own, out).run();
                        case "bench" ->
                            new BenchCommand(config, out).run(arguments.rest().get(0));
                        case "logs" ->
                            new LogsCommand(config.dataDirectory().resolve("logs"), out)
                                    .run(arguments.rest().get(0));
                        default -> {
                            out.print(Usage.text());
                            yield 0;
                        }
                    };
            System.exit(code);
        } catch (Arguments.UsageException e) {
            out.println(e.getMessage() + "\n");
            out.print(Usage.text());
            System.exit(2);
        } catch (StackException e) {
            out.println(e.getMessage());
            System.exit(1);
        }
    }

    /**
     * The servers log to their own files; here only the libraries' warnings matter (slf4j-simple, the only binding on
     * the command line's class path, reads these properties on first use). The Kafka admin client would warn about
     * every refused connection while the broker starts.
     */
    private static void quietLibraryLogging() {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "error");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
    }
}
