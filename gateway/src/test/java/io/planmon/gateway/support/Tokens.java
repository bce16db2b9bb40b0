package io.planmon.gateway.support;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;

/** Signs test tokens shaped like the planmon realm's, good ones and each kind of bad one. */
public final class Tokens {
    private static final String AUDIENCE = "planmon-api";

    private Tokens() {}

    /**
     * A token that the gateway must accept: the {@code dept-stats} department system (client credentials) with the
     * {@code reporter} role.
     */
    public static String valid() {
        return claims(UpstreamsResource.ISSUER).sign(signingKey());
    }

    /** A valid token of another department system (its {@code azp}), e.g. {@code dept-eco}. */
    public static String forClient(String clientId) {
        return claims(UpstreamsResource.ISSUER)
                .claim("azp", clientId)
                .subject("service-account-id-of-" + clientId)
                .claim("preferred_username", "service-account-" + clientId)
                .sign(signingKey());
    }

    /**
     * A person's token, as Keycloak issues it to someone signing in through {@code clientId} (e.g. the dashboard):
     * their own {@code sub} and user name, the monitor role, no department.
     */
    public static String forPerson(String clientId, String username) {
        return claims(UpstreamsResource.ISSUER)
                .claim("azp", clientId)
                .subject("id-of-" + username)
                .claim("preferred_username", username)
                .remove("department")
                .groups(Set.of("monitor"))
                .sign(signingKey());
    }

    /** A department system of another department, with the {@code reporter} role like {@link #valid()}. */
    public static String reporterOf(String department) {
        return claims(UpstreamsResource.ISSUER)
                .claim("azp", "dept-" + department.toLowerCase(Locale.ROOT))
                .claim("department", department)
                .sign(signingKey());
    }

    /** A token of the right realm that names no audience at all. */
    public static String withoutAudience() {
        return claims(UpstreamsResource.ISSUER).remove("aud").sign(signingKey());
    }

    /** A token of the right realm meant for another application. */
    public static String forAudience(String audience) {
        return claims(UpstreamsResource.ISSUER).audience(audience).sign(signingKey());
    }

    /** A valid token with these realm roles instead of {@code reporter}. */
    public static String withRoles(String... roles) {
        return claims(UpstreamsResource.ISSUER).groups(Set.of(roles)).sign(signingKey());
    }

    /** A valid token that expires {@code seconds} from now. */
    public static String expiringIn(long seconds) {
        return claims(UpstreamsResource.ISSUER)
                .expiresAt(Instant.now().plusSeconds(seconds))
                .sign(signingKey());
    }

    public static String expired() {
        Instant issued = Instant.now().minusSeconds(3_600);
        return claims(UpstreamsResource.ISSUER)
                .issuedAt(issued)
                .expiresAt(issued.plusSeconds(300))
                .sign(signingKey());
    }

    public static String wrongIssuer() {
        return claims("https://keycloak.test/realms/other").sign(signingKey());
    }

    /** Signed by a key the gateway does not trust. */
    public static String foreignKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return claims(UpstreamsResource.ISSUER).sign(generator.generateKeyPair().getPrivate());
    }

    /** A valid token whose payload was changed after signing: the signature no longer matches. */
    public static String tampered() {
        String[] parts = valid().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1])).replace("STATS", "ENV");
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes());
        return parts[0] + "." + forged + "." + parts[2];
    }

    // Like the realm's: every access token names the planmon-api audience and, in azp, the client it was issued to; a
    // client-credentials token's user is the client's service account.
    private static JwtClaimsBuilder claims(String issuer) {
        return Jwt.issuer(issuer)
                .audience(AUDIENCE)
                .claim("azp", "dept-stats")
                .subject("3f1c0c8e-service-account-dept-stats")
                .claim("preferred_username", "service-account-dept-stats")
                .claim("department", "STATS")
                .groups(Set.of("reporter"))
                .expiresIn(300);
    }

    private static PrivateKey signingKey() {
        String encoded = ConfigProvider.getConfig().getValue(UpstreamsResource.SIGNING_KEY, String.class);
        try {
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(encoded)));
        } catch (Exception e) {
            throw new IllegalStateException("the test signing key is unreadable", e);
        }
    }
}
