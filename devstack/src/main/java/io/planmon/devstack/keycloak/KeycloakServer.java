package io.planmon.devstack.keycloak;

import io.planmon.devstack.BuildResources;
import io.planmon.devstack.Progress;
import io.planmon.devstack.process.ChildProcess;
import io.planmon.devstack.process.HttpCheck;
import io.planmon.devstack.process.ProcessSlot;
import io.planmon.devstack.process.Readiness;
import io.planmon.devstack.process.SlottedServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Keycloak in development mode (its own H2 file database) as a child process, with the planmon realm imported. The
 * hostname is fixed to {@code http://localhost:<port>} so that the token issuer does not depend on how a caller
 * addresses the server.
 */
public final class KeycloakServer implements SlottedServer {

    public static final String REALM = "planmon";
    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "admin";

    /**
     * The first start builds Keycloak's optimised image and imports the realm: about a minute on two idle cores, but
     * 215–296 s were seen on two cores shared with several other builds, so the bound is twice that. It only limits how
     * long a broken start takes to be reported; a healthy one is not slowed by it.
     */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(10);

    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final Path directory;
    private final Path realmFile;
    private final int port;
    private final int managementPort;
    private final Path logFile;
    private final ProcessSlot slot = new ProcessSlot("keycloak", STOP_GRACE);

    /** A server installed under {@code directory} (unpacked there on first start), importing {@code realmFile}. */
    public KeycloakServer(Path directory, Path realmFile, int port, int managementPort, Path logFile) {
        this.directory = directory;
        this.realmFile = realmFile;
        this.port = port;
        this.managementPort = managementPort;
        this.logFile = logFile;
    }

    /** Installs if needed, starts, and waits until the realm's OpenID configuration answers. */
    @Override
    public void start(Progress progress) {
        Path home = KeycloakInstall.ensureInstalled(directory, BuildResources.keycloakZip(), progress);
        RealmImport.provide(home, realmFile, progress);
        if (!Files.exists(home.resolve("data/h2"))) {
            progress.say("  no Keycloak database yet: importing the realm (the very first start also builds Keycloak:"
                    + " a minute or two)");
        }
        List<String> command = List.of(
                home.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--http-port=" + port,
                "--http-management-port=" + managementPort,
                "--health-enabled=true",
                "--import-realm",
                "--hostname=" + url());
        Map<String, String> environment = Map.of(
                "KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "JAVA_HOME", System.getProperty("java.home"));
        ChildProcess process = slot.launch(() -> ChildProcess.start("keycloak", command, environment, home, logFile));
        String discovery = realmUrl() + "/.well-known/openid-configuration";
        try {
            Readiness.await("keycloak", process, START_TIMEOUT, progress, () -> HttpCheck.ok(discovery));
        } catch (RuntimeException e) {
            // Never leave a half-started server behind, whoever called us.
            slot.stop();
            throw e;
        }
    }

    /** The base URL, e.g. {@code http://localhost:8180}; the admin console is at {@code /admin}. */
    public String url() {
        return "http://localhost:" + port;
    }

    /** The planmon realm, which is also the token issuer and the services' OIDC server URL. */
    public String realmUrl() {
        return url() + "/realms/" + REALM;
    }

    @Override
    public ProcessSlot slot() {
        return slot;
    }
}
