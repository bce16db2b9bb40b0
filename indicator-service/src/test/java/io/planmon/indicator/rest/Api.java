package io.planmon.indicator.rest;

import static io.restassured.RestAssured.given;

import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** REST Assured helpers of the indicator API tests: numbers read as BigDecimal, so that 131.95 is exactly 131.95. */
public final class Api {
    private static final RestAssuredConfig DECIMALS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    private Api() {}

    /** A JSON number equal to {@code expected} in value, whether it was read as an integer or a decimal. */
    public static Matcher<Object> num(String expected) {
        BigDecimal want = new BigDecimal(expected);
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object actual) {
                return actual instanceof Number n && new BigDecimal(n.toString()).compareTo(want) == 0;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a number equal to " + want.toPlainString());
            }
        };
    }

    public static RequestSpecification request() {
        return given().config(DECIMALS);
    }

    /** A PUT of a JSON {@code body}, as the test's caller. */
    public static ValidatableResponse putJson(String path, String body) {
        return request().contentType(ContentType.JSON).body(body).put(path).then();
    }

    /** A POST of a JSON {@code body}, as the test's caller. */
    public static ValidatableResponse postJson(String path, String body) {
        return request().contentType(ContentType.JSON).body(body).post(path).then();
    }

    /** A PUT of {@code body} as {@code contentType}, as the test's caller. */
    public static ValidatableResponse put(String path, String contentType, String body) {
        return request().contentType(contentType).body(body).put(path).then();
    }

    /** A POST of {@code body} as {@code contentType}, as the test's caller. */
    public static ValidatableResponse post(String path, String contentType, String body) {
        return request().contentType(contentType).body(body).post(path).then();
    }

    public static ValidatableResponse push(String code, String period, String value) {
        return putJson(
                "/api/v1/indicators/" + code + "/observations/" + period,
                "{\"value\": " + value + ", \"note\": \"synthetic\"}");
    }

    /** Pushes the first value of each period ({@code period, value, period, value, …}), each answered 201. */
    public static void firstValues(String code, String... periodsAndValues) {
        for (int i = 0; i < periodsAndValues.length; i += 2) {
            push(code, periodsAndValues[i], periodsAndValues[i + 1]).statusCode(201);
        }
    }

    public static ValidatableResponse get(String path) {
        return request().get(path).then();
    }

    /** The stored evaluation of one period. */
    public static ValidatableResponse evaluation(String code, String period) {
        return get("/api/v1/indicators/" + code + "/evaluations?from=" + period + "&to=" + period)
                .statusCode(200);
    }

    public static ValidatableResponse setTarget(String code, String body) {
        return putJson("/api/v1/indicators/" + code + "/target", body);
    }
}
