package io.planmon.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The role and department matrix through the gateway with real Keycloak tokens, cell by cell (rows in
 * {@link SecurityMatrix}), and defective tokens: each refused with the right status and a problem detail.
 */
class SecurityMatrixIT implements ThroughTheGateway {
    private static final String PROBLEM = "application/problem+json";

    static Stream<Arguments> rows() {
        return SecurityMatrix.rows().stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void eachCallerGetsWhatTheMatrixSays(SecurityMatrix.Row row) {
        Endpoint e = row.endpoint();
        String token = token(e, row.party());
        if (e.streams()) {
            streamOpensOrIsRefused(row, token);
            return;
        }
        RequestSpecification request = given();
        if (token != null) {
            request.auth().oauth2(token);
        }
        String body = e.body().apply(row.party());
        if (body != null) {
            request.contentType(e.contentType()).body(body);
        }
        var response = request.request(e.method(), e.path().apply(row.party())).then();
        response.statusCode(row.status());
        if (row.status() >= 400) {
            response.contentType(PROBLEM).body("status", equalTo(row.status()));
        }
        row.more().accept(response);
    }

    /** A stream that opens is an event stream; a refusal is a problem detail that ends. */
    private static void streamOpensOrIsRefused(SecurityMatrix.Row row, String token) {
        try (EventStream stream = EventStream.open(row.endpoint().path().apply(row.party()), token)) {
            assertThat(stream.status()).isEqualTo(row.status());
            if (row.status() < 400) {
                assertThat(stream.contentType()).startsWith(Endpoint.EVENT_STREAM);
            } else {
                assertThat(stream.contentType()).startsWith(PROBLEM);
                assertThat(stream.body()).containsPattern("\"status\"\\s*:\\s*" + row.status());
            }
        }
    }

    @Test
    void theDocumentedMatrixIsTheTestedOne() throws IOException {
        String table = SecurityMatrix.markdown(SecurityMatrix.rows());
        Files.writeString(Path.of("target/security-matrix.md"), table);
        String documented =
                Files.readString(Path.of("").toAbsolutePath().getParent().resolve("docs/security.md"));
        assertThat(documented)
                .as("docs/security.md, regenerate from target/security-matrix.md")
                .contains(table);
    }

    @Test
    void aTokenWithOneCharacterOfItsSignatureChangedIsRefused() {
        refused(ForgedTokens.tamperedSignature(Tokens.client("dept-stats")));
    }

    @Test
    void anExpiredTokenIsRefused() {
        // Keycloak's lifespan can only be shortened by configuration, so the expiry is moved into the past by hand
        refused(ForgedTokens.modifiedPayload(
                Tokens.client("dept-stats"), claims -> claims.replaceFirst("\"exp\":\\d+", "\"exp\":1700000000")));
    }

    @Test
    void aTokenWhoseClaimsWereChangedIsRefused() {
        refused(ForgedTokens.modifiedPayload(
                Tokens.client("dept-eco"),
                claims -> claims.replace("\"department\":\"ECO\"", "\"department\":\"STATS\"")));
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused() {
        refused(ForgedTokens.signedByAnotherKey(Tokens.client("dept-stats"), UnaryOperator.identity()));
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() {
        String realm = PlatformStack.get().realmUrl();
        String other = realm.substring(0, realm.lastIndexOf('/') + 1) + "master";
        refused(ForgedTokens.signedByAnotherKey(
                Tokens.client("dept-stats"),
                claims -> claims.replace("\"iss\":\"" + realm + "\"", "\"iss\":\"" + other + "\"")));
    }

    @Test
    void aSignedInPersonWithoutAReporterRoleCannotWriteAndTheViewerCarriesNoDepartment() {
        String viewer = Tokens.user("viewer");
        assertThat(ForgedTokens.claims(viewer)).doesNotContain("\"department\"");
        given().auth()
                .oauth2(viewer)
                .contentType("application/json")
                .body("{\"value\": 118.5, \"note\": \"synthetic e2e security-matrix value\"}")
                .put("/api/v1/indicators/GDP_PER_CAPITA/observations/2016")
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
    }

    /** A defective token on a read and on a write: 401 with a problem detail, whatever the endpoint. */
    private static void refused(String token) {
        for (String path : List.of("/api/v1/indicators", "/api/v1/tasks")) {
            given().auth()
                    .oauth2(token)
                    .get(path)
                    .then()
                    .statusCode(401)
                    .contentType(PROBLEM)
                    .header("WWW-Authenticate", containsString("Bearer"))
                    .body("status", equalTo(401));
        }
        given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body("{\"value\": 118.5, \"note\": \"synthetic e2e security-matrix value\"}")
                .put("/api/v1/indicators/GDP_PER_CAPITA/observations/2016")
                .then()
                .statusCode(401)
                .contentType(PROBLEM);
    }

    private static String token(Endpoint e, Party party) {
        return switch (party) {
            case VIEWER -> Tokens.user("viewer");
            case MONITOR -> Tokens.user("monitor");
            case PLAN_ADMIN -> Tokens.user("admin");
            case NO_TOKEN -> null;
            default -> Tokens.client(e.client(party));
        };
    }
}
