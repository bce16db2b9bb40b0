package io.planmon.e2e;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;

/** Defective tokens made from a real one with plain JDK crypto: what an attacker or a broken client might send. */
final class ForgedTokens {
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private ForgedTokens() {}

    /** One character in the middle of the signature changed; header and claims untouched. */
    static String tamperedSignature(String token) {
        String[] parts = token.split("\\.");
        char[] signature = parts[2].toCharArray();
        int i = signature.length / 2;
        signature[i] = signature[i] == 'A' ? 'B' : 'A';
        return parts[0] + "." + parts[1] + "." + new String(signature);
    }

    /** The claims changed by {@code edit} and re-encoded, keeping the original (now wrong) signature. */
    static String modifiedPayload(String token, java.util.function.UnaryOperator<String> edit) {
        String[] parts = token.split("\\.");
        return parts[0] + "." + encode(edit.apply(claims(token))) + "." + parts[2];
    }

    /** The same header (kid included) and claims, edited by {@code edit}, signed RS256 by a key Keycloak never saw. */
    static String signedByAnotherKey(String token, java.util.function.UnaryOperator<String> edit) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair key = generator.generateKeyPair();
            String signingInput = token.split("\\.")[0] + "." + encode(edit.apply(claims(token)));
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(key.getPrivate());
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + ENCODE.encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot sign RS256", e);
        }
    }

    /** The claims of a token as JSON text. */
    static String claims(String token) {
        return new String(DECODE.decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    private static String encode(String json) {
        return ENCODE.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
