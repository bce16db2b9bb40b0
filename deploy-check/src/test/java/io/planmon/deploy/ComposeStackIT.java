package io.planmon.deploy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml for real, inside ./mvnw verify: a Docker engine (DockerEngine), the images (Images: which were
 * upstream and which local equivalents is printed), `docker compose config -q`, `up --wait` with two instances of every
 * data service (deploy/compose/two-instances.yml), the smoke test through the published gateway port
 * (TwoInstanceChecks), `down -v`. A failure prints the logs of the failing containers; the timings are printed always.
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
        try (DockerEngine engine = timings.step("a Docker engine", () -> DockerEngine.obtain(home))) {
            System.out.println("[deploy-check] engine: " + engine.description());
            List<String> compose =
                    timings.step("Docker Compose v2", () -> ComposeCli.find(repository, home, engine.environment()));
            String used = timings.step(
                    "base and infrastructure images",
                    () -> Images.prepare(repository, work.resolve("images"), engine.environment()));
            timings.step("the four service images", () -> Images.buildServices(repository, engine.environment()));
            ComposeProject project =
                    ComposeProject.stage(compose, repository, work.resolve("compose"), engine.environment());
            timings.step("docker compose config -q", () -> {
                project.configAlone();
                project.require(Duration.ofSeconds(60), "config", false, "config", "-q");
            });
            boolean passed = false;
            try {
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
                if (!passed) {
                    FailureLogs.print(project);
                }
                timings.step("docker compose down -v", project::down);
            }
            System.out.println(used);
        } finally {
            timings.print();
        }
    }
}
