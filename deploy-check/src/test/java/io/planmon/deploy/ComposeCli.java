package io.planmon.deploy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Docker Compose v2, 2.24 or newer (docker-compose.yml uses env_file with required, the check !override and !reset):
 * the `docker compose` plugin when the machine has one that new, otherwise Debian 13's static binary fetched by
 * deploy/fetch-compose into the check's home and run on its own (it reads DOCKER_HOST like the plugin).
 */
final class ComposeCli {
    private static final Pattern VERSION = Pattern.compile("v?(\\d+)\\.(\\d+)\\.(\\d+)");

    private ComposeCli() {}

    /** The command that starts compose, e.g. [docker, compose]. */
    static List<String> find(Path repository, Path home, Map<String, String> engine) {
        List<String> plugin = List.of("docker", "compose");
        String version = version(plugin, engine);
        if (newEnough(version)) {
            System.out.println("[compose] docker compose " + version);
            return plugin;
        }
        System.out.println("[compose] docker compose " + (version == null ? "is missing" : version + " is too old")
                + ": fetching Debian 13's docker-compose");
        Path directory = home.resolve("compose");
        new Command("fetch-compose", Duration.ofMinutes(10), repository, engine, false)
                .require(List.of(repository.resolve("deploy/fetch-compose").toString(), directory.toString()));
        List<String> fetched =
                List.of(directory.resolve("cli-plugins/docker-compose").toString());
        version = version(fetched, engine);
        if (!newEnough(version)) {
            throw new IllegalStateException("the fetched docker-compose reports version " + version + ", not 2.24+");
        }
        System.out.println("[compose] " + fetched.get(0) + " " + version);
        return fetched;
    }

    private static String version(List<String> command, Map<String, String> engine) {
        try {
            List<String> full = new java.util.ArrayList<>(command);
            full.addAll(List.of("version", "--short"));
            Command.Result result = new Command("compose", Duration.ofSeconds(30), null, engine, true).run(full);
            return result.ok() ? result.output().strip() : null;
        } catch (IllegalStateException e) {
            return null;
        }
    }

    private static boolean newEnough(String version) {
        if (version == null) {
            return false;
        }
        Matcher m = VERSION.matcher(version);
        if (!m.find()) {
            return false;
        }
        int major = Integer.parseInt(m.group(1));
        int minor = Integer.parseInt(m.group(2));
        return major > 2 || (major == 2 && minor >= 24);
    }
}
