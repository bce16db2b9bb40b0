package io.planmon.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The stack's infrastructure as {@code ./planmon up --infra-only} runs it, with Keycloak importing the real realm file.
 * Its data stays in target/ so that a second run skips unzipping Keycloak and building it.
 */
class StackIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static StackConfig config;
    private static Stack stack;

    @BeforeAll
    static void start() {
        config = StackConfig.forRepository(Path.of("..").toAbsolutePath().normalize())
                .withDataDirectory(Path.of("target/stack-it"))
                .randomPorts()
                .withServices();
        stack = Stack.start(config, Progress.console());
        stack.supervise();
    }

    @AfterAll
    static void stopAndReleaseEveryPort() {
        Map<String, Long> pids = RunDirectory.of(config.dataDirectory()).pids();
        stack.close();

        assertThat(pids).containsKeys("postgres", "kafka", "keycloak");
        pids.values().forEach(pid -> assertThat(ProcessHandle.of(pid)).isEmpty());
        config.portsToBind().values().forEach(port -> assertThat(Ports.isFree(port))
                .as("port %d", port)
                .isTrue());
        assertThat(RunDirectory.of(config.dataDirectory()).pids()).isEmpty();
    }

    @Test
    void aBrokerKilledWhileSupervisedIsStartedAgainUnderANewPid() throws Exception {
        long killed = RunDirectory.of(config.dataDirectory()).pids().get("kafka");
        ProcessHandle.of(killed).orElseThrow().destroyForcibly();

        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(90);
        Long restarted = null;
        while (System.nanoTime() < deadline) {
            restarted = RunDirectory.of(config.dataDirectory()).pids().get("kafka");
            if (restarted != null && restarted != killed && Ports.accepts(config.port(Port.KAFKA))) {
                break;
            }
            Thread.sleep(500);
        }
        assertThat(restarted).isNotEqualTo(killed);
        assertThat(ProcessHandle.of(restarted)).get().matches(ProcessHandle::isAlive);
        assertThat(Ports.accepts(config.port(Port.KAFKA))).isTrue();
    }

    @Test
    void theDatabaseIsThere() throws Exception {
        Database database = stack.database();
        try (Connection connection =
                        DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
                ResultSet result = connection.createStatement().executeQuery("SELECT current_database()")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).isEqualTo("planmon");
        }
    }

    @Test
    void aDepartmentSystemGetsItsDepartmentAudienceAndRole() throws Exception {
        HttpResponse<String> answer = token(Map.of(
                "grant_type", "client_credentials", "client_id", "dept-stats", "client_secret", "dept-stats-secret"));

        assertThat(answer.statusCode()).isEqualTo(200);
        String claims = claims(answer.body());
        assertThat(claim(claims, "department")).isEqualTo("\"STATS\"");
        assertThat(claim(claims, "aud")).contains("\"planmon-api\"");
        assertThat(claim(claims, "realm_access")).contains("\"reporter\"");
        assertThat(claim(claims, "iss")).isEqualTo("\"" + stack.realmUrl() + "\"");
    }

    @Test
    void theMonitoringOfficeLogsInThroughTheDashboard() throws Exception {
        HttpResponse<String> answer = token(Map.of(
                "grant_type", "password", "client_id", "dashboard", "username", "monitor", "password", "monitor"));

        assertThat(answer.statusCode()).isEqualTo(200);
        String claims = claims(answer.body());
        assertThat(claim(claims, "department")).isEqualTo("\"MONITORING_OFFICE\"");
        assertThat(claim(claims, "realm_access")).contains("\"monitor\"");
        assertThat(claim(claims, "aud")).contains("\"planmon-api\"");
    }

    @Test
    void aWrongSecretIsRefused() throws Exception {
        HttpResponse<String> answer =
                token(Map.of("grant_type", "client_credentials", "client_id", "dept-stats", "client_secret", "wrong"));

        assertThat(answer.statusCode()).isEqualTo(401);
    }

    private static HttpResponse<String> token(Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(stack.realmUrl() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The decoded payload of the answer's access token. */
    private static String claims(String tokenAnswer) {
        Matcher token = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(tokenAnswer);
        assertThat(token.find()).as("access token in %s", tokenAnswer).isTrue();
        List<String> parts = List.of(token.group(1).split("\\."));
        return new String(Base64.getUrlDecoder().decode(parts.get(1)), StandardCharsets.UTF_8);
    }

    /** The raw JSON value of a top-level claim: a string with its quotes, an array or an object. */
    private static String claim(String claims, String name) {
        Matcher value = Pattern.compile("\"" + Pattern.quote(name) + "\":(\"[^\"]*\"|\\[[^\\]]*\\]|\\{[^}]*\\})")
                .matcher(claims);
        assertThat(value.find()).as("claim %s in %s", name, claims).isTrue();
        return value.group(1);
    }
}
