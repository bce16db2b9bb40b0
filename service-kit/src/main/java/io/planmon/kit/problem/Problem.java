package io.planmon.kit.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An RFC 9457 problem detail: the one error format of every planmon API. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid input: which field (JSON path, path or query parameter) and what is wrong with it. */
    public record FieldError(String field, String message) {}

    public static String typeFor(String slug) {
        return "urn:planmon:problem:" + slug;
    }
}
