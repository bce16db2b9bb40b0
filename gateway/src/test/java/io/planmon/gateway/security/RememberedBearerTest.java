package io.planmon.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The token a trusted-token lookup is made with is exactly the string Quarkus OIDC verified and remembered, and the key
 * of that lookup tells tokens apart by every character, not only by those it hashes.
 */
class RememberedBearerTest {

    @Test
    void extractsTheTokenAsQuarkusOidcDoes() {
        assertThat(RememberedBearer.bearerToken("Bearer a.b.c")).isEqualTo("a.b.c");
        assertThat(RememberedBearer.bearerToken("bEaReR a.b.c")).isEqualTo("a.b.c");
        // Untrimmed, as OIDC takes it: " a.b.c" was never verified, so it is never found trusted.
        assertThat(RememberedBearer.bearerToken("Bearer  a.b.c")).isEqualTo(" a.b.c");
    }

    @Test
    void findsNoBearerTokenInOtherHeaders() {
        assertThat(RememberedBearer.bearerToken(null)).isNull();
        assertThat(RememberedBearer.bearerToken("Bearer")).isNull();
        assertThat(RememberedBearer.bearerToken(" Bearer a.b.c")).isNull();
        assertThat(RememberedBearer.bearerToken("Basic dXNlcjpwYXNz")).isNull();
    }

    @Test
    void keysTokensWithTheSameSignatureTailApart() {
        String tail = "x".repeat(40);
        TokenKey one = new TokenKey("header.payload-one." + tail);
        TokenKey other = new TokenKey("header.payload-two." + tail);

        assertThat(one.hashCode()).isEqualTo(other.hashCode());
        assertThat(one).isNotEqualTo(other);
        assertThat(one).isEqualTo(new TokenKey("header.payload-one." + tail));
    }
}
