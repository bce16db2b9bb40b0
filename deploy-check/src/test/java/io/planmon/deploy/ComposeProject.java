package io.planmon.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * docker-compose.yml and deploy/compose/two-instances.yml, run unchanged as project {@code planmon-check} from a copy
 * of the repository's compose files: its own .env (every change-me replaced by a random secret, so that a developer's
 * .env is never touched) and a third file that only moves the published ports of the gateway and Keycloak to free ones
 * (and publishes Kafka's and the mail catcher's none), so that the check runs beside a stack already on 8080/8180.
 */
final class ComposeProject {
    static final String NAME = "planmon-check";

    private final List<String> compose;
    private final Path directory;
    private final Map<String, String> engine;
    private final ComposeSettings settings;

    private ComposeProject(List<String> compose, Path directory, Map<String, String> engine, ComposeSettings settings) {
        this.compose = compose;
        this.directory = directory;
        this.engine = engine;
        this.settings = settings;
    }

    /** Copies the compose files of {@code repository} into {@code directory} and writes .env and the ports file. */
    static ComposeProject stage(List<String> compose, Path repository, Path directory, Map<String, String> engine)
            throws IOException {
        Files.createDirectories(directory.resolve("deploy/compose"));
        Files.createDirectories(directory.resolve("deploy/keycloak"));
        for (String file : List.of(
                "docker-compose.yml",
                "deploy/compose/postgres-init.sh",
                "deploy/compose/two-instances.yml",
                "deploy/keycloak/planmon-realm.json")) {
            Files.copy(
                    repository.resolve(file),
                    directory.resolve(file),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        }
        // The build contexts, for `docker compose build` by hand in this directory; the check builds the images itself.
        for (String module : Images.SERVICES) {
            Path link = directory.resolve(module);
            if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                Files.createSymbolicLink(link, repository.resolve(module).toAbsolutePath());
            }
        }
        ComposeSettings settings = ComposeSettings.write(repository, directory);
        return new ComposeProject(compose, directory, engine, settings);
    }

    ComposeSettings settings() {
        return settings;
    }

    /** The compose command with this project's files, then {@code arguments}. */
    List<String> command(String... arguments) {
        List<String> command = new ArrayList<>(compose);
        command.addAll(List.of(
                "--project-name",
                NAME,
                "--file",
                "docker-compose.yml",
                "--file",
                "deploy/compose/two-instances.yml",
                "--file",
                ComposeSettings.PORTS_FILE));
        command.addAll(List.of(arguments));
        return command;
    }

    /** `config -q` of docker-compose.yml alone, as an operator without the two-instance file runs it. */
    void configAlone() {
        List<String> command = new ArrayList<>(compose);
        command.addAll(List.of("--project-name", NAME, "--file", "docker-compose.yml", "config", "-q"));
        new Command("config", Duration.ofSeconds(60), directory, engine, false).require(command);
    }

    Command.Result run(Duration limit, String label, boolean quiet, String... arguments) {
        return new Command(label, limit, directory, engine, quiet).run(command(arguments));
    }

    Command.Result require(Duration limit, String label, boolean quiet, String... arguments) {
        return new Command(label, limit, directory, engine, quiet).require(command(arguments));
    }

    /** A command run inside the running container of {@code service}. */
    String exec(String service, String script) {
        return require(Duration.ofSeconds(60), "exec " + service, true, "exec", "-T", service, "bash", "-c", script)
                .output();
    }

    /** The last health checks of a container (their exit codes and output), as the engine keeps them. */
    String health(String container) {
        return new Command("inspect", Duration.ofSeconds(60), directory, engine, true)
                .run(List.of("docker", "inspect", "--format", "{{json .State.Health}}", container))
                .output();
    }

    /** The container output of {@code service}, from its start. */
    String logs(String service) {
        return require(Duration.ofSeconds(60), "logs", true, "logs", "--no-color", "--no-log-prefix", service)
                .output();
    }

    /**
     * Prints the memory each container of the project uses now (docker stats) and, for the services, the resident set of
     * their JVM now and at its peak (VmRSS, VmHWM of PID 1, as e2e's ServiceMemory reads them): the figures the memory
     * requests in k8s/ come from (k8s-check's AvailabilityTest).
     */
    void printMemory() {
        for (String service : Images.SERVICES) {
            for (String instance : service.equals("gateway") ? List.of(service) : List.of(service, service + "-2")) {
                String status = exec(instance, "grep -E '^(VmRSS|VmHWM):' /proc/1/status");
                System.out.println("[memory] " + instance + " JVM (MiB): "
                        + status.lines()
                                .filter(line -> line.matches("^Vm(RSS|HWM):\\s+\\d+ kB$"))
                                .map(line -> line.replaceAll("^(\\w+):\\s+(\\d+) kB$", "$1 $2"))
                                .map(field -> field.split(" "))
                                .map(f -> f[0] + "=" + Long.parseLong(f[1]) / 1024)
                                .collect(java.util.stream.Collectors.joining(" ")));
            }
        }
        String stats = new Command("stats", Duration.ofSeconds(60), directory, engine, true)
                .require(
                        List.of("docker", "stats", "--no-stream", "--format", "{{.Name}}\t{{.MemUsage}}\t{{.CPUPerc}}"))
                .output();
        stats.lines()
                .filter(line -> line.startsWith(NAME + "-"))
                .sorted()
                .forEach(line -> System.out.println("[memory] " + line));
    }

    /**
     * Removes whatever an earlier, interrupted check left of this project in the engine (containers that its restart
     * policy would start again, the network, and above all the database volume, which holds the old run's passwords).
     */
    void removeLeftovers() {
        require(Duration.ofMinutes(3), "leftovers", false, "down", "--volumes", "--remove-orphans", "--timeout", "5");
    }

    /** Stops and removes the containers, the network and the volumes: nothing of the run is left. */
    void down() {
        require(Duration.ofMinutes(3), "down", false, "down", "--volumes", "--remove-orphans", "--timeout", "20");
    }
}
