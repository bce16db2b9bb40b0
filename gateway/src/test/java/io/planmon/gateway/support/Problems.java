package io.planmon.gateway.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;

/** Asserts that an answer is an RFC 9457 problem detail of the gateway, of the given type, status and instance. */
public final class Problems {

    private Problems() {}

    public static void assertProblem(
            int httpStatus, String contentType, String body, int status, String type, String instance) {
        assertThat(httpStatus).isEqualTo(status);
        assertThat(contentType).isEqualTo("application/problem+json");
        JsonObject problem = new JsonObject(body);
        assertThat(problem.getString("type")).isEqualTo("urn:planmon:problem:" + type);
        assertThat(problem.getInteger("status")).as("status member").isEqualTo(status);
        assertThat(problem.getString("title")).isNotBlank();
        assertThat(problem.getString("detail")).isNotBlank();
        assertThat(problem.getString("instance")).isEqualTo(instance);
    }
}
