package io.planmon.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.planmon.gateway.support.Tokens;
import io.planmon.gateway.support.UpstreamsResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where TLS is in front of the gateway and HSTS is configured, every response carries it, API or not. */
@QuarkusTest
@TestProfile(StrictTransportSecurityTest.BehindTls.class)
@WithTestResource(UpstreamsResource.class)
class StrictTransportSecurityTest {
    static final String HSTS = "max-age=31536000; includeSubDomains";

    /** As deployed behind a TLS-terminating proxy. */
    public static class BehindTls implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("planmon.security-headers.strict-transport-security", HSTS);
        }
    }

    @Test
    void sendsHstsOnEveryResponse() {
        assertThat(given().auth()
                        .oauth2(Tokens.valid())
                        .when()
                        .get("/api/v1/indicators")
                        .header("Strict-Transport-Security"))
                .isEqualTo(HSTS);
        assertThat(given().when().get("/api/v1/indicators").header("Strict-Transport-Security"))
                .isEqualTo(HSTS);
        assertThat(given().when().get("/q/health/live").header("Strict-Transport-Security"))
                .isEqualTo(HSTS);
    }
}
