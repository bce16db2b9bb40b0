package io.planmon.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.planmon.gateway.support.Problems;
import io.planmon.gateway.support.StandInIdentityProvider;
import io.planmon.gateway.support.UpstreamsResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's sign-in through the code flow with PKCE (against a stand-in Keycloak), the session cookie turned
 * into the person's bearer token on API calls, CSRF on writes made with the cookie, and sign-out; bearer clients keep
 * the default tenant even when a session cookie comes along.
 */
@QuarkusTest
@WithTestResource(UpstreamsResource.class)
@WithTestResource(StandInIdentityProvider.class)
class DashboardSessionTest {

    @Test
    void aPageWithoutSessionRedirectsToKeycloakWithPkce() {
        Response response = given().redirects().follow(false).get("/indicators/GDP_PER_CAPITA");

        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.header("Location");
        assertThat(location)
                .startsWith(realm() + "/protocol/openid-connect/auth?")
                .contains("client_id=dashboard")
                .contains("code_challenge_method=S256")
                .contains("code_challenge=");
    }

    @Test
    void signedInPageCallsTheApiWithThePersonsToken() {
        Map<String, String> cookies = signIn();
        int tokenRequests = tokenRequests().size();

        Response page = given().cookies(cookies).redirects().follow(false).get("/alerts");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'");
        assertThat(page.body().asString()).contains("\"username\":\"monitor\"").contains("\"monitor\"");
        assertThat(page.getCookie("planmon_csrf")).isNotBlank();

        Response read = given().cookies(cookies).get("/api/v1/indicators/GDP_PER_CAPITA/observations");
        assertThat(read.statusCode()).isEqualTo(200);
        String authorization = read.jsonPath().getString("authorization");
        assertThat(authorization).startsWith("Bearer ");
        JsonObject claims = claims(authorization.substring("Bearer ".length()));
        assertThat(claims.getString("azp")).isEqualTo("dashboard");
        assertThat(claims.getString("preferred_username")).isEqualTo("monitor");
        assertThat(claims.getJsonArray("aud").getList()).contains("planmon-api");
        // The session came from the code the stand-in traded once, with the PKCE verifier; no token request since.
        assertThat(tokenRequests().size()).isEqualTo(tokenRequests);
    }

    @Test
    void aWriteWithTheCookieNeedsTheCsrfToken() {
        Map<String, String> cookies = signIn();
        String csrf = given().cookies(cookies).get("/").getCookie("planmon_csrf");
        cookies.put("planmon_csrf", csrf);

        Response forged = given().cookies(cookies)
                .contentType("application/json")
                .body("{}")
                .post("/api/v1/alerts/7/ack");
        Problems.assertProblem(
                forged.statusCode(),
                forged.contentType(),
                forged.body().asString(),
                403,
                "csrf-token-missing",
                "/api/v1/alerts/7/ack");

        Response wrong = given().cookies(Map.of("planmon_csrf", "abc.def"))
                .cookies(withoutCsrf(cookies))
                .header("X-CSRF-Token", "abc.def")
                .contentType("application/json")
                .body("{}")
                .post("/api/v1/alerts/7/ack");
        assertThat(wrong.statusCode()).as("a token the gateway never signed").isEqualTo(403);

        Response allowed = given().cookies(cookies)
                .header("X-CSRF-Token", csrf)
                .contentType("application/json")
                .body("{}")
                .post("/api/v1/alerts/7/ack");
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.jsonPath().getString("method")).isEqualTo("POST");
        assertThat(allowed.jsonPath().getString("authorization")).startsWith("Bearer ");
    }

    @Test
    void aBearerCallIgnoresTheSessionCookie() {
        Map<String, String> cookies = signIn();

        Response response = given().cookies(cookies)
                .header("Authorization", "Bearer not-a-jwt")
                .get("/api/v1/tasks");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void anApiCallWithoutTokenOrSessionIsStillA401Problem() {
        Response response = given().get("/api/v1/alerts");

        Problems.assertProblem(
                response.statusCode(),
                response.contentType(),
                response.body().asString(),
                401,
                "unauthorized",
                "/api/v1/alerts");
    }

    @Test
    void signOutNeedsTheCsrfTokenAndEndsAtKeycloak() {
        Map<String, String> cookies = signIn();
        String csrf = given().cookies(cookies).get("/").getCookie("planmon_csrf");
        cookies.put("planmon_csrf", csrf);

        Response refused = given().cookies(cookies).redirects().follow(false).get("/signout");
        assertThat(refused.statusCode()).isEqualTo(403);

        Response signedOut = given().cookies(cookies)
                .redirects()
                .follow(false)
                .queryParam("csrf", csrf)
                .get("/signout");
        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(signedOut.header("Location"))
                .startsWith(realm() + "/protocol/openid-connect/logout")
                .contains("signed-out");

        assertThat(given().get("/signed-out").statusCode()).isEqualTo(200);
    }

    @Test
    void scriptsAndTheChartLibraryNeedNoSession() {
        assertThat(given().get("/assets/app.js").statusCode()).isEqualTo(200);
        Response page = given().cookies(signIn()).get("/");
        String echarts = new JsonObject(between(page.body().asString(), "id=\"planmon-config\">", "</script>"))
                .getString("echarts");
        Response library = given().get(echarts);
        assertThat(library.statusCode()).as(echarts).isEqualTo(200);
        assertThat(library.contentType()).contains("javascript");
    }

    /** Signs in as the stand-in's monitor: page → Keycloak (skipped: it would just send the code back) → callback. */
    static Map<String, String> signIn() {
        Response challenge = given().redirects().follow(false).get("/");
        assertThat(challenge.statusCode()).isEqualTo(302);
        Map<String, String> query =
                query(URI.create(challenge.header("Location")).getRawQuery());
        Map<String, String> cookies = new HashMap<>(challenge.getCookies());

        Response callback = given().cookies(cookies)
                .redirects()
                .follow(false)
                .queryParam("code", "stand-in-code")
                .queryParam("state", query.get("state"))
                .get(URI.create(query.get("redirect_uri")).getPath());
        // The code flow ends with a redirect to the page without code and state (AuthenticationRedirectException),
        // which must reach the browser as the redirect it is, not as an error.
        assertThat(callback.statusCode()).as(callback.body().asString()).isEqualTo(302);
        cookies.putAll(callback.getCookies());
        assertThat(cookies.keySet()).anyMatch(name -> name.startsWith("q_session_dashboard"));
        JsonObject lastTokenRequest =
                tokenRequests().getJsonObject(tokenRequests().size() - 1);
        assertThat(lastTokenRequest.getString("code_verifier")).isNotBlank();
        return cookies;
    }

    private static Map<String, String> withoutCsrf(Map<String, String> cookies) {
        Map<String, String> rest = new HashMap<>(cookies);
        rest.remove("planmon_csrf");
        return rest;
    }

    private static JsonArray tokenRequests() {
        return new JsonArray(
                given().get(realm() + "/stand-in/token-requests").body().asString());
    }

    private static String realm() {
        return ConfigProvider.getConfig().getValue(StandInIdentityProvider.REALM, String.class);
    }

    private static JsonObject claims(String jwt) {
        return new JsonObject(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new HashMap<>();
        for (String pair : raw.split("&")) {
            String[] parts = pair.split("=", 2);
            values.put(parts[0], parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return values;
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start) + start.length();
        return text.substring(from, text.indexOf(end, from));
    }
}
