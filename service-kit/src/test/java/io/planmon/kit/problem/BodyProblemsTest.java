package io.planmon.kit.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.planmon.kit.json.StrictJson;
import io.planmon.web.problem.Problem;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A body Jackson cannot bind, read with the REST layer's mapper settings, becomes the problem the API has always
 * answered: the field named by its JSON path, or the body itself.
 */
class BodyProblemsTest {
    enum Kind {
        PROPOSED,
        CONFIRMED
    }

    record Step(Long id, String title, LocalDate due) {}

    record Plan(Integer article, String title, BigDecimal value, Boolean enabled, Kind kind, List<Step> steps) {}

    private static final ObjectMapper JSON = strictMapper();

    static ObjectMapper strictMapper() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES); // as Quarkus configures it
        new StrictJson().customize(mapper);
        return mapper;
    }

    @Test
    void aBadValueDeepInAListNamesItsFieldAsAJsonPath() {
        Problem problem =
                problemFor("{\"steps\": [{\"title\": \"a\", \"due\": \"2027-01-01\"}, {\"due\": \"2027-13-01\"}]}");

        assertThat(problem.type()).isEqualTo("urn:planmon:problem:validation");
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("steps[1].due");
            assertThat(e.message()).isEqualTo("must be a date like 2027-06-30, got \"2027-13-01\"");
        });
        assertThat(problem.detail()).startsWith("steps[1].due: must be a date");
    }

    @Test
    void aValueOfTheWrongKindIsRefusedWhereJacksonWouldCoerceIt() {
        // Jackson gives the value it could not convert where it parsed it (a date, an enum constant), not where a
        // coercion is refused (a text for a number): the message quotes it when it has it.
        assertThat(error("{\"kind\": \"LATER\"}"))
                .isEqualTo(new Problem.FieldError("kind", "must be one of [PROPOSED, CONFIRMED], got \"LATER\""));
        assertThat(error("{\"article\": \"twenty\"}"))
                .isEqualTo(new Problem.FieldError("article", "must be a whole number"));
        assertThat(error("{\"article\": \"20\"}"))
                .isEqualTo(new Problem.FieldError("article", "must be a whole number"));
        assertThat(error("{\"article\": 20.5}").field()).isEqualTo("article");
        assertThat(error("{\"value\": \"forty\"}").message()).startsWith("must be a JSON number");
        assertThat(error("{\"title\": 7}").message()).startsWith("must be text");
        assertThat(error("{\"enabled\": \"yes\"}").message()).startsWith("must be true or false");
        assertThat(error("{\"enabled\": 1}").field()).isEqualTo("enabled");
        assertThat(error("{\"kind\": 1}").field()).isEqualTo("kind");
        assertThat(error("{\"steps\": [{\"id\": \"x\"}]}").field()).isEqualTo("steps[0].id");
        assertThat(error("{\"steps\": 3}")).isEqualTo(new Problem.FieldError("steps", "must be an array"));
        assertThat(error("{\"steps\": [4]}")).isEqualTo(new Problem.FieldError("steps[0]", "must be an object"));
    }

    @Test
    void aBodyThatIsNoObjectOrNoJsonNamesTheBody() {
        for (String body :
                List.of("[1]", "{\"title\": \"a\"", "{\"title\": \"a\"}{}", "{\"title\": \"a\", \"title\": \"b\"}")) {
            Problem problem = problemFor(body);
            assertThat(problem.type()).as(body).isEqualTo("urn:planmon:problem:unreadable-body");
            assertThat(problem.errors())
                    .as(body)
                    .extracting(Problem.FieldError::field)
                    .containsExactly("body");
        }
        assertThat(error("[1]").message()).isEqualTo("must be an object"); // not the Java class it binds to
        assertThat(error("{\"title\": \"a\"}{}").message()).contains("Trailing token");
        assertThat(error("{\"title\": \"a\", \"title\": \"b\"}").message()).contains("Duplicate field 'title'");
    }

    @Test
    void quarkusWrapsANonJsonBodyInA400AndTheMapperStillAnswersItsProblem() {
        JsonProcessingException cause = failure("{\"title\": ");
        ProblemMappers mappers = new ProblemMappers(null);

        Response response =
                mappers.http(new WebApplicationException(cause, Response.Status.BAD_REQUEST), uri("/api/v1/x"));

        assertThat(response.getStatus()).isEqualTo(400);
        Problem problem = (Problem) response.getEntity();
        assertThat(problem.type()).isEqualTo("urn:planmon:problem:unreadable-body");
        assertThat(problem.instance()).isEqualTo("/api/v1/x");
        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("body");
    }

    private static Problem.FieldError error(String body) {
        return problemFor(body).errors().get(0);
    }

    private static Problem problemFor(String body) {
        return JsonProblems.of(failure(body), "/api/v1/plans");
    }

    private static JsonProcessingException failure(String body) {
        JsonProcessingException e =
                catchThrowableOfType(JsonProcessingException.class, () -> JSON.readValue(body, Plan.class));
        assertThat(e).as("reading %s must fail", body).isNotNull();
        return e;
    }

    static UriInfo uri(String path) {
        return (UriInfo) Proxy.newProxyInstance(
                UriInfo.class.getClassLoader(),
                new Class<?>[] {UriInfo.class},
                (proxy, method, args) -> method.getName().equals("getPath") ? path : null);
    }
}
