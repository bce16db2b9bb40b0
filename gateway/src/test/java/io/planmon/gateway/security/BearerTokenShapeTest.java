package io.planmon.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What passes for a JWT before its signature is checked, and what is refused at once as no JWT at all. */
class BearerTokenShapeTest {
    private static final String HEADER = part("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"k1\"}");
    private static final String PAYLOAD = part("{\"iss\":\"https://keycloak.test/realms/planmon\",\"exp\":1}");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "not-a-jwt",
                "a.b",
                "a.b.c.d",
                "a.b.c",
                "..",
                "%%%.%%%.%%%",
                "eyJ.eyJ.sig",
                "e30.e30.c2ln", // {} as header: no algorithm
                "WzFd.e30.c2ln", // [1] as header
            })
    void refusesWhatCannotBeAJwt(String token) {
        assertThat(BearerTokenShape.malformed(token)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", "{\"alg\":\"\"}", "{\"alg\":7}"})
    void refusesAHeaderWithoutAnAlgorithmName(String header) {
        assertThat(BearerTokenShape.malformed(part(header) + "." + PAYLOAD + ".c2ln"))
                .isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", "[]", "\"text\""})
    void refusesAPayloadThatIsNoJsonObject(String payload) {
        assertThat(BearerTokenShape.malformed(HEADER + "." + part(payload) + ".c2ln"))
                .hasValueSatisfying(reason -> assertThat(reason).contains("payload"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"c2lnbmF0dXJl", "forged_signature-that-is-still-base64url"})
    void leavesAWellShapedTokenToTheSignatureCheck(String signature) {
        assertThat(BearerTokenShape.malformed(HEADER + "." + PAYLOAD + "." + signature))
                .isEmpty();
    }

    @Test
    void refusesANullToken() {
        assertThat(BearerTokenShape.malformed(null)).isPresent();
    }

    private static String part(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
