package io.planmon.gateway.web;

import io.planmon.gateway.config.DashboardConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed double-submit CSRF tokens: {@code <nonce>.<HMAC(nonce|person)>}. The page gets one in a cookie that its own
 * scripts can read and sends it back in a header; another site can make the browser send the cookie but can neither
 * read it nor forge one, since the signature needs the gateway's secret and is bound to the signed-in person.
 */
@ApplicationScoped
public class CsrfTokens {

    /** The cookie the page reads the token from (not HttpOnly, SameSite=Strict). */
    public static final String COOKIE = "planmon_csrf";
    /** The header every write made with the session cookie must carry. */
    public static final String HEADER = "X-CSRF-Token";

    private static final String HMAC = "HmacSHA256";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec key;

    CsrfTokens(DashboardConfig config) {
        // A key of its own, derived from the session secret, so that the CSRF signature never equals anything else.
        this.key = new SecretKeySpec(sha256("planmon-csrf|" + config.sessionSecret()), HMAC);
    }

    /** A fresh token for this person (the token's {@code sub}). */
    public String issue(String person) {
        byte[] nonce = new byte[18];
        random.nextBytes(nonce);
        String encoded = B64.encodeToString(nonce);
        return encoded + "." + sign(encoded, person);
    }

    /** Whether the header's token is the cookie's, and was issued here for this person. */
    public boolean accepts(String header, String cookie, String person) {
        return person != null && sameAsCookie(header, cookie) && signedFor(header, person);
    }

    /** The plain double-submit check: the request repeats the cookie's value, which only the page can read. */
    public static boolean sameAsCookie(String sent, String cookie) {
        return sent != null
                && cookie != null
                && !cookie.isEmpty()
                && MessageDigest.isEqual(
                        sent.getBytes(StandardCharsets.UTF_8), cookie.getBytes(StandardCharsets.UTF_8));
    }

    private boolean signedFor(String token, String person) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot <= 0) {
            return false;
        }
        String expected = sign(token.substring(0, dot), person);
        return MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8),
                token.substring(dot + 1).getBytes(StandardCharsets.UTF_8));
    }

    private String sign(String nonce, String person) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return B64.encodeToString(mac.doFinal((nonce + "|" + person).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
