package io.planmon.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which Authorization headers are refused before authentication, and which tokens are not decoded again. */
class MalformedTokenRefusalTest {

    @Test
    void refusesABearerTokenThatIsNoJwt() {
        assertThat(MalformedTokenRefusal.malformed("Bearer not-a-jwt", token -> false))
                .hasValueSatisfying(reason -> assertThat(reason).contains("1 part(s), not 3"));
        assertThat(MalformedTokenRefusal.malformed("bearer   ", token -> false)).hasValue("the bearer token is empty");
    }

    @Test
    void leavesOtherSchemesAndNoHeaderToAuthentication() {
        assertThat(MalformedTokenRefusal.malformed(null, token -> false)).isEmpty();
        assertThat(MalformedTokenRefusal.malformed("Basic dXNlcjpwYXNz", token -> false))
                .isEmpty();
    }

    @Test
    void asksAboutExactlyTheTokenAndSkipsTheShapeOfAVerifiedOne() {
        List<String> asked = new ArrayList<>();
        assertThat(MalformedTokenRefusal.malformed("  Bearer  a.b.c ", token -> asked.add(token)))
                .isEmpty();
        assertThat(asked).containsExactly("a.b.c");
        // The same string not verified before: its shape is judged, and "a" is no JSON.
        assertThat(MalformedTokenRefusal.malformed("Bearer a.b.c", token -> false))
                .isPresent();
    }
}
