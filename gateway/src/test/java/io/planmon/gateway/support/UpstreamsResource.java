package io.planmon.gateway.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.net.ServerSocket;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts the three upstream stand-ins on free ports and a token signing key, and points the gateway at them: routes,
 * timeouts, and {@code quarkus.oidc.public-key} in place of a Keycloak. Init arguments: {@code down=<route>} points that
 * route at a port where nothing listens; {@code second=<route>} gives the route a second instance ({@code <route>-2}),
 * {@code second-down=<route>} a second URL where nothing listens; {@code identity-provider=down} points OIDC at such a
 * port instead of the key.
 */
public class UpstreamsResource implements QuarkusTestResourceLifecycleManager {
    public static final String ISSUER = "https://keycloak.test/realms/planmon";
    public static final String SIGNING_KEY = "planmon.test.signing-key";
    /** Short, so that the timeout tests take a second, not thirty. */
    public static final String TIMEOUT = "1s";

    private final List<EchoUpstream> upstreams = new ArrayList<>();
    private Vertx vertx;
    private String down = "";
    private String second = "";
    private String secondDown = "";
    private boolean identityProviderDown;

    @Override
    public void init(Map<String, String> initArgs) {
        down = initArgs.getOrDefault("down", "");
        second = initArgs.getOrDefault("second", "");
        secondDown = initArgs.getOrDefault("second-down", "");
        identityProviderDown = "down".equals(initArgs.get("identity-provider"));
    }

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        Map<String, String> config = new HashMap<>();
        try {
            for (String route : List.of("indicators", "tasks", "notifications")) {
                int port = route.equals(down) ? closedPort() : startEcho(route, route);
                String url = "http://127.0.0.1:" + port;
                if (route.equals(second)) {
                    url += ",http://127.0.0.1:" + startEcho(route, route + "-2");
                } else if (route.equals(secondDown)) {
                    url += ",http://127.0.0.1:" + closedPort();
                }
                config.put("planmon.routes." + route + ".url", url);
                config.put("planmon.routes." + route + ".timeout", TIMEOUT);
            }
            config.put("planmon.dashboard.timeout", TIMEOUT);
            // A service that starts after the gateway appears in the merged OpenAPI document within a second.
            config.put("planmon.openapi.retry-interval", "1s");
            config.put("planmon.openapi.fetch-timeout", TIMEOUT);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            Base64.Encoder base64 = Base64.getEncoder();
            if (identityProviderDown) {
                config.put(
                        "%test.quarkus.oidc.auth-server-url", "http://127.0.0.1:" + closedPort() + "/realms/planmon");
            } else {
                config.put(
                        "quarkus.oidc.public-key",
                        base64.encodeToString(keys.getPublic().getEncoded()));
            }
            config.put("quarkus.oidc.token.issuer", ISSUER);
            config.put(SIGNING_KEY, base64.encodeToString(keys.getPrivate().getEncoded()));
        } catch (Exception e) {
            throw new IllegalStateException("could not start the upstream stand-ins", e);
        }
        return config;
    }

    private int startEcho(String route, String name) throws Exception {
        EchoUpstream upstream = new EchoUpstream(route, name);
        upstreams.add(upstream);
        return upstream.start(vertx);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void stop() {
        upstreams.forEach(EchoUpstream::stop);
        if (vertx != null) {
            vertx.close();
        }
    }
}
