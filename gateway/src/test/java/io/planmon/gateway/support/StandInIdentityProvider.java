package io.planmon.gateway.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.build.Jwt;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for Keycloak's code flow, enough for the dashboard's web-app tenant: discovery, keys, and a token endpoint
 * that trades any code for the tokens of the person {@value #PERSON} (role monitor, department MONITORING_OFFICE), as
 * Keycloak signs them. It lists the token requests it received at {@code <realm>/stand-in/token-requests} (a test
 * runs in another class loader than this resource, so it asks over HTTP), to show the PKCE verifier arriving.
 */
public class StandInIdentityProvider implements QuarkusTestResourceLifecycleManager {
    public static final String PERSON = "monitor";
    public static final String SUBJECT = "7d1f00aa-monitor";
    /** The configuration key under which tests find the realm URL of the stand-in. */
    public static final String REALM = "planmon.test.stand-in-realm";

    private final JsonArray tokenRequests = new JsonArray();
    private Vertx vertx;
    private String realm;
    private KeyPair keys;

    @Override
    public Map<String, String> start() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keys = generator.generateKeyPair();
            vertx = Vertx.vertx();
            Router router = Router.router(vertx);
            router.get("/realms/planmon/.well-known/openid-configuration").handler(ctx -> ctx.json(discovery()));
            router.get("/realms/planmon/protocol/openid-connect/certs").handler(ctx -> ctx.json(keySet()));
            router.post("/realms/planmon/protocol/openid-connect/token")
                    .handler(BodyHandler.create())
                    .handler(ctx -> {
                        JsonObject form = new JsonObject();
                        ctx.request().formAttributes().forEach(entry -> form.put(entry.getKey(), entry.getValue()));
                        synchronized (tokenRequests) {
                            tokenRequests.add(form);
                        }
                        ctx.json(tokens());
                    });
            router.get("/realms/planmon/stand-in/token-requests").handler(ctx -> {
                synchronized (tokenRequests) {
                    ctx.json(tokenRequests.copy());
                }
            });
            HttpServer server = vertx.createHttpServer()
                    .requestHandler(router)
                    .listen(0, "127.0.0.1")
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(10, TimeUnit.SECONDS);
            realm = "http://127.0.0.1:" + server.actualPort() + "/realms/planmon";
            return Map.of("%test.quarkus.oidc.dashboard.auth-server-url", realm, REALM, realm);
        } catch (Exception e) {
            throw new IllegalStateException("could not start the stand-in identity provider", e);
        }
    }

    private JsonObject discovery() {
        String oidc = realm + "/protocol/openid-connect";
        return new JsonObject()
                .put("issuer", realm)
                .put("authorization_endpoint", oidc + "/auth")
                .put("token_endpoint", oidc + "/token")
                .put("jwks_uri", oidc + "/certs")
                .put("end_session_endpoint", oidc + "/logout")
                .put("response_types_supported", new JsonArray().add("code"))
                .put("code_challenge_methods_supported", new JsonArray().add("S256"));
    }

    private JsonObject keySet() {
        RSAPublicKey key = (RSAPublicKey) keys.getPublic();
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        return new JsonObject()
                .put(
                        "keys",
                        new JsonArray()
                                .add(new JsonObject()
                                        .put("kty", "RSA")
                                        .put("kid", "stand-in")
                                        .put("use", "sig")
                                        .put("alg", "RS256")
                                        .put("n", url.encodeToString(unsigned(key.getModulus())))
                                        .put("e", url.encodeToString(unsigned(key.getPublicExponent())))));
    }

    // Like Keycloak's tokens of the dashboard client: the ID token for the client, the access token for planmon-api
    // with the realm role and the department.
    private JsonObject tokens() {
        String id = Jwt.issuer(realm)
                .audience("dashboard")
                .subject(SUBJECT)
                .claim("azp", "dashboard")
                .claim("preferred_username", PERSON)
                .claim("name", "Monitoring Officer")
                .claim("department", "MONITORING_OFFICE")
                .expiresIn(300)
                .jws()
                .keyId("stand-in")
                .sign(keys.getPrivate());
        String access = Jwt.issuer(realm)
                .audience(Set.of("planmon-api", "account"))
                .subject(SUBJECT)
                .claim("azp", "dashboard")
                .claim("preferred_username", PERSON)
                .claim("department", "MONITORING_OFFICE")
                .claim("realm_access", Map.of("roles", List.of("monitor")))
                .expiresIn(300)
                .jws()
                .keyId("stand-in")
                .sign(keys.getPrivate());
        return new JsonObject()
                .put("access_token", access)
                .put("id_token", id)
                .put("token_type", "Bearer")
                .put("expires_in", 300);
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }
}
