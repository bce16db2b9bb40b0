package io.planmon.devstack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.planmon.devstack.Database;
import io.planmon.devstack.StackConfig;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class WelcomeTest {

    private final String text = Welcome.text(
            StackConfig.forRepository(Path.of("/repo")),
            new Database("jdbc:postgresql://localhost:5433/planmon", "postgres", "postgres"),
            12.3);

    @Test
    void listsTheUrlsAndTheDemoLogins() {
        assertThat(text)
                .contains("http://localhost:8080/q/swagger-ui")
                .contains("http://localhost:8080/  (sign in as monitor / monitor)")
                .contains("http://localhost:8180/admin  (admin / admin)")
                .contains("http://localhost:8083")
                .contains("dept-stats (STATS)")
                .contains("monitor (monitor)");
    }

    @Test
    void theCurlsUseTheDemoSecretAndTheObservationEndpoint() {
        assertThat(text)
                .contains("client_id=dept-stats -d client_secret=dept-stats-secret "
                        + "http://localhost:8180/realms/planmon/protocol/openid-connect/token")
                .contains("grant_type=password -d client_id=dashboard -d username=monitor -d password=monitor")
                .contains("PUT http://localhost:8080/api/v1/indicators/GDP_PER_CAPITA/observations/2025")
                .contains("{\"value\": 131.0, \"note\": \"synthetic demo value\"}")
                .contains("http://localhost:8080/api/v1/activity");
    }

    @Test
    void theSedFilterTakesTheTokenOutOfKeycloaksAnswer() throws Exception {
        String answer = "{\"access_token\":\"eyJhbGciOi.eyJleHAiOjE3.c2lnbmF0dXJl\",\"expires_in\":300,"
                + "\"refresh_expires_in\":0,\"token_type\":\"Bearer\",\"not-before-policy\":0,\"scope\":\"email profile\"}";
        Process sh = new ProcessBuilder("sh", "-c", Welcome.TOKEN_FILTER).start();
        try (OutputStream in = sh.getOutputStream()) {
            in.write(answer.getBytes(StandardCharsets.UTF_8));
        }

        String token = new String(sh.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();

        assertThat(sh.waitFor()).isZero();
        assertThat(token).isEqualTo("eyJhbGciOi.eyJleHAiOjE3.c2lnbmF0dXJl");
    }
}
