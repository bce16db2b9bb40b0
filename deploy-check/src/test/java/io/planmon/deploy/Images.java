package io.planmon.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The images of the stack: deploy/prepare-images for the ones docker-compose.yml and the Dockerfiles start from
 * (upstream where they can be pulled, local equivalents otherwise; it says which), then the four services' images from
 * the jars this reactor has just built, with their own Dockerfiles and the default base image.
 */
final class Images {
    static final List<String> SERVICES =
            List.of("indicator-service", "task-service", "notification-service", "gateway");

    private Images() {}

    /** Returns prepare-images' closing lines: which image was upstream and which a local equivalent. */
    static String prepare(Path repository, Path work, Map<String, String> engine) {
        Map<String, String> env = new java.util.HashMap<>(engine);
        env.put("PLANMON_IMAGES_WORK", work.toString());
        String mavenArgs = System.getProperty("planmon.deploy-check.maven-args", "");
        if (!mavenArgs.isBlank()) {
            env.put("PLANMON_MAVEN_ARGS", mavenArgs);
        }
        String output = new Command("prepare-images", Duration.ofMinutes(25), repository, env, false)
                .require(List.of(repository.resolve("deploy/prepare-images").toString()))
                .output();
        return output.substring(output.lastIndexOf("prepare-images: images used:"));
    }

    /**
     * Builds planmon/<service>:latest, the names docker-compose.yml runs, from <service>/target/quarkus-app: the four at
     * once (each mostly copies files into layers), every failure named.
     */
    static void buildServices(Path repository, Map<String, String> engine) throws InterruptedException {
        ExecutorService builders = Executors.newFixedThreadPool(SERVICES.size());
        try {
            Map<String, Future<?>> builds = new LinkedHashMap<>();
            for (String service : SERVICES) {
                builds.put(service, builders.submit(() -> buildService(repository, service, engine)));
            }
            List<String> failures = new ArrayList<>();
            for (Map.Entry<String, Future<?>> build : builds.entrySet()) {
                try {
                    build.getValue().get();
                } catch (ExecutionException e) {
                    failures.add(build.getKey() + ": " + e.getCause().getMessage());
                }
            }
            if (!failures.isEmpty()) {
                throw new IllegalStateException("building the service images failed:\n" + String.join("\n", failures));
            }
        } finally {
            builders.shutdownNow();
        }
    }

    private static void buildService(Path repository, String service, Map<String, String> engine) {
        Path module = repository.resolve(service);
        if (!Files.isRegularFile(module.resolve("target/quarkus-app/quarkus-run.jar"))) {
            throw new IllegalStateException(module + "/target/quarkus-app is missing: the check runs after the"
                    + " services are packaged (./mvnw verify builds them first)");
        }
        long begin = System.nanoTime();
        new Command("build " + service, Duration.ofMinutes(5), repository, engine, true)
                .require(List.of(
                        "docker",
                        "build",
                        "--file",
                        module.resolve("src/main/docker/Dockerfile.jvm").toString(),
                        "--tag",
                        "planmon/" + service + ":latest",
                        module.toString()));
        System.out.printf(
                "[images] built planmon/%s:latest from %s/target/quarkus-app in %.1f s%n",
                service, service, (System.nanoTime() - begin) / 1e9);
    }
}
