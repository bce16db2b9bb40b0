package io.planmon.deploy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml for real, inside ./mvnw verify: a Docker engine (DockerEngine) and Compose v2 (ComposeCli, fetched
 * meanwhile), the images (Images: which were upstream and which local equivalents is printed), `docker compose config
 * -q`, `up --wait` with two instances of every data service (deploy/compose/two-instances.yml), the smoke test through
 * the published gateway port (TwoInstanceChecks), `down -v`. A failure prints the logs of the failing containers; the
 * timings are printed always.
 */
class ComposeStackIT {
    private static final Duration UP_LIMIT = Duration.ofMinutes(12);

    @Test
    void theComposeStackRunsWithTwoInstancesOfEveryDataService() throws Exception {
        Path repository =
                Path.of(System.getProperty("planmon.repository", "..")).toRealPath();
        Path work = Path.of(System.getProperty("planmon.deploy-check.work", "target/deploy-check"))
                .toAbsolutePath();
        Path home = Path.of(System.getProperty(
                "planmon.deploy-check.home", System.getProperty("user.home") + "/.cache/planmon/deploy-check"));
        Timings timings = new Timings();
        // Compose is fetched (network) while the engine is installed (network, dpkg): neither needs the other.
        ExecutorService meanwhile = Executors.newSingleThreadExecutor();
        try {
            Future<List<String>> composeCli = meanwhile.submit(
                    () -> timings.step("Docker Compose v2", () -> ComposeCli.find(repository, home, Map.of())));
            try (DockerEngine engine = timings.step("a Docker engine", () -> DockerEngine.obtain(home))) {
                System.out.println("[deploy-check] engine: " + engine.description());
                run(repository, work, timings, engine, result(composeCli), meanwhile);
            }
        } finally {
            meanwhile.shutdownNow();
            timings.print();
        }
    }

    private static void run(
            Path repository,
            Path work,
            Timings timings,
            DockerEngine engine,
            List<String> compose,
            ExecutorService meanwhile)
            throws Exception {
        boolean passed = false;
        try {
            ComposeProject project =
                    ComposeProject.stage(compose, repository, work.resolve("compose"), engine.environment());
            timings.step("docker compose config -q", () -> {
                project.configAlone();
                project.require(Duration.ofSeconds(60), "config", false, "config", "-q");
            });
            // First: containers of an interrupted run would be started again by their restart policy with the engine.
            timings.step("leftovers of an earlier run removed", project::removeLeftovers);
            String used = timings.step(
                    "base and infrastructure images",
                    () -> Images.prepare(repository, work.resolve("images"), engine.environment()));
            try {
                // PostgreSQL, Kafka and Keycloak (whose first start is the longest step) start while the service images
                // are built: `up` without --wait returns once Keycloak has started, after PostgreSQL is healthy.
                Future<?> infrastructure = meanwhile.submit(() -> timings.step(
                        "PostgreSQL, Kafka, Keycloak, mail catcher started (meanwhile)",
                        () -> project.require(
                                Duration.ofMinutes(6),
                                "up infrastructure",
                                false,
                                "up",
                                "--detach",
                                "--no-build",
                                "--pull",
                                "never",
                                "postgres",
                                "kafka",
                                "keycloak",
                                "mailpit")));
                try {
                    timings.step(
                            "the four service images", () -> Images.buildServices(repository, engine.environment()));
                } catch (Exception e) { // reported with the containers' state once the other start has ended
                    quietly(infrastructure);
                    throw e;
                }
                result(infrastructure);
                timings.step("docker compose up --wait (two instances)", () -> {
                    project.require(
                            UP_LIMIT.plusSeconds(60),
                            "up",
                            false,
                            "up",
                            "--detach",
                            "--wait",
                            "--wait-timeout",
                            String.valueOf(UP_LIMIT.toSeconds()),
                            "--no-build",
                            "--pull",
                            "never");
                });
                timings.step(
                        "smoke test through the gateway",
                        () -> new TwoInstanceChecks(new PlanmonApi(project.settings()), project).run());
                timings.step("memory of every container", project::printMemory);
                passed = true;
            } finally {
                if (passed) {
                    timings.step("docker compose down -v", project::down);
                } else {
                    FailureLogs.print(project);
                    try {
                        timings.step("docker compose down -v", project::down);
                    } catch (RuntimeException e) { // the failure to report is the first one
                        System.out.println("[deploy-check] after the failure, " + e.getMessage());
                    }
                }
            }
            System.out.println(used);
        } finally {
            String problem = engine.problem();
            if (!passed && problem != null) {
                System.out.println("[deploy-check] " + problem);
            }
        }
    }

    private static void quietly(Future<?> future) throws InterruptedException {
        try {
            future.get();
        } catch (ExecutionException e) {
            System.out.println("[deploy-check] meanwhile, " + e.getCause().getMessage());
        }
    }

    private static <T> T result(Future<T> future) throws Exception {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
