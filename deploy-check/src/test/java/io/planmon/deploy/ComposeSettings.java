package io.planmon.deploy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The settings of the check's compose project, as an operator makes them from deploy/compose/.env.example: every
 * change-me a fresh random secret (docs/deployment.md does the same with openssl), Keycloak's public URL on the port the
 * check publishes it on, and the host ports of the gateway and Keycloak, free ones of this machine.
 */
final class ComposeSettings {
    static final String PORTS_FILE = "ports.yml";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, String> values;
    private final int gatewayPort;
    private final int keycloakPort;

    private ComposeSettings(Map<String, String> values, int gatewayPort, int keycloakPort) {
        this.values = values;
        this.gatewayPort = gatewayPort;
        this.keycloakPort = keycloakPort;
    }

    static ComposeSettings write(Path repository, Path directory) throws IOException {
        int gatewayPort = freePort(0);
        int keycloakPort = freePort(gatewayPort);
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : Files.readAllLines(repository.resolve("deploy/compose/.env.example"))) {
            int equals = line.indexOf('=');
            if (line.startsWith("#") || equals < 0) {
                continue;
            }
            String value = line.substring(equals + 1);
            values.put(line.substring(0, equals), value.equals("change-me") ? secret() : value);
        }
        values.put("KC_HOSTNAME", "http://localhost:" + keycloakPort);
        Files.writeString(
                directory.resolve(".env"),
                values.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining("\n", "", "\n")));
        // !override and !reset need Compose 2.24, which docker-compose.yml needs anyway (env_file with required).
        Files.writeString(
                directory.resolve(PORTS_FILE),
                """
                # Written by deploy-check: the published ports of its run, beside anything already on 8080/8180.
                services:
                  gateway:
                    ports: !override
                      - "127.0.0.1:%d:8080"
                  keycloak:
                    ports: !override
                      - "127.0.0.1:%d:8180"
                  kafka:
                    ports: !reset []
                  mailpit:
                    ports: !reset []
                """
                        .formatted(gatewayPort, keycloakPort));
        return new ComposeSettings(values, gatewayPort, keycloakPort);
    }

    String gatewayUrl() {
        return "http://localhost:" + gatewayPort;
    }

    String tokenUrl() {
        return "http://localhost:" + keycloakPort + "/realms/planmon/protocol/openid-connect/token";
    }

    /** A value of the project's .env, e.g. the client secret {@code PLANMON_SECRET_DEPT_STATS}. */
    String value(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalStateException(name + " is not in deploy/compose/.env.example");
        }
        return value;
    }

    private static String secret() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /**
     * A port nothing listens on, on any address, below Linux's ephemeral range (32768+): a port the system hands out for
     * outgoing connections could be taken again before compose publishes it.
     */
    private static int freePort(int taken) throws IOException {
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = 20_000 + RANDOM.nextInt(12_000);
            if (port != taken && free(port, null) && free(port, InetAddress.getLoopbackAddress())) {
                return port;
            }
        }
        throw new IOException("no free port found in 20000-31999 after 200 tries");
    }

    private static boolean free(int port, InetAddress address) {
        try (ServerSocket socket = new ServerSocket(port, 1, address)) {
            return true;
        } catch (IOException inUse) {
            return false;
        }
    }
}
