package io.planmon.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.planmon.gateway.support.DashboardSettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A CSRF token holds only as the cookie's own value, signed here, for the person it was issued to. */
class CsrfTokensTest {
    private final CsrfTokens tokens =
            new CsrfTokens(DashboardSettings.of(Duration.ZERO, "a-secret-of-at-least-thirty-two-characters"));

    @Test
    void theIssuedTokenRepeatedFromItsCookieHolds() {
        String token = tokens.issue("sub-monitor");

        assertThat(tokens.accepts(token, token, "sub-monitor")).isTrue();
        assertThat(tokens.issue("sub-monitor")).as("fresh every time").isNotEqualTo(token);
    }

    @Test
    void anythingElseIsRefused() {
        String token = tokens.issue("sub-monitor");
        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BB" : "AA");
        String otherSecret = new CsrfTokens(
                        DashboardSettings.of(Duration.ZERO, "another-secret-of-thirty-two-characters"))
                .issue("sub-monitor");

        assertThat(tokens.accepts(null, token, "sub-monitor")).as("no header").isFalse();
        assertThat(tokens.accepts(token, null, "sub-monitor")).as("no cookie").isFalse();
        assertThat(tokens.accepts(token, tokens.issue("sub-monitor"), "sub-monitor"))
                .as("not the cookie's")
                .isFalse();
        assertThat(tokens.accepts(token, token, "sub-viewer"))
                .as("another person's")
                .isFalse();
        assertThat(tokens.accepts(tampered, tampered, "sub-monitor"))
                .as("tampered")
                .isFalse();
        assertThat(tokens.accepts(otherSecret, otherSecret, "sub-monitor"))
                .as("signed elsewhere")
                .isFalse();
        assertThat(tokens.accepts("abc", "abc", "sub-monitor")).as("unsigned").isFalse();
    }
}
