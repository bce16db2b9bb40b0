package io.planmon.gateway.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.http.HttpMethod;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How the gateway reads {@code quarkus.http.cors.origins} and {@code …methods}: as the Quarkus CORS guide says. */
class CorsPolicyTest {

    @Test
    void listsNamedOriginsExactlyAndTrimmed() {
        CorsPolicy policy =
                CorsPolicy.of(Optional.of(List.of(" http://localhost:5173", "http://localhost:3000 ")), none());

        assertThat(policy.lists("http://localhost:5173")).isTrue();
        assertThat(policy.lists("http://localhost:3000")).isTrue();
        assertThat(policy.lists("http://localhost:5174")).isFalse();
        assertThat(policy.lists("https://localhost:5173")).isFalse();
    }

    @Test
    void readsAnEntryBetweenSlashesAsAPatternForTheWholeOrigin() {
        CorsPolicy policy = CorsPolicy.of(Optional.of(List.of("/https://[a-z]+\\.example\\.org/")), none());

        assertThat(policy.lists("https://office.example.org")).isTrue();
        assertThat(policy.lists("https://office.example.org.evil.example")).isFalse();
        assertThat(policy.lists("http://office.example.org")).isFalse();
    }

    @Test
    void allowsEveryOriginWithAStarAloneAndNoneWithoutOrigins() {
        assertThat(CorsPolicy.of(Optional.of(List.of("*")), none()).lists("https://any.example"))
                .isTrue();
        assertThat(CorsPolicy.of(Optional.of(List.of("/.*/")), none()).lists("https://any.example"))
                .isTrue();
        assertThat(CorsPolicy.of(none(), none()).lists("https://any.example")).isFalse();
    }

    @Test
    void allowsOnlyTheConfiguredMethodsAndEveryMethodWithoutOrWithAStar() {
        CorsPolicy listed = CorsPolicy.of(none(), Optional.of(List.of("GET", " POST")));

        assertThat(listed.allows(HttpMethod.GET)).isTrue();
        assertThat(listed.allows(HttpMethod.POST)).isTrue();
        assertThat(listed.allows(HttpMethod.PATCH)).isFalse();
        assertThat(CorsPolicy.of(none(), none()).allows(HttpMethod.PATCH)).isTrue();
        assertThat(CorsPolicy.of(none(), Optional.of(List.of("*"))).allows(HttpMethod.PATCH))
                .isTrue();
    }

    private static Optional<List<String>> none() {
        return Optional.empty();
    }
}
