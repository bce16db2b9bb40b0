package io.planmon.indicator.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * Reads the body of an approval, return or reopening whatever its content type, as those steps always have: an
 * approval is often posted with no body and no Content-Type at all, which is an empty object. A JSON body goes through
 * the REST layer's own JSON reader (its media type is the more specific), with the same strict mapper either way.
 */
@Provider
@Consumes(MediaType.WILDCARD)
public class StepBodyReader implements MessageBodyReader<SubmissionInput.Step> {
    private final ObjectMapper json;

    public StepBodyReader(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public boolean isReadable(Class<?> type, Type generic, Annotation[] annotations, MediaType mediaType) {
        return SubmissionInput.Step.class.isAssignableFrom(type);
    }

    @Override
    public SubmissionInput.Step readFrom(
            Class<SubmissionInput.Step> type,
            Type generic,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, String> headers,
            InputStream body)
            throws IOException {
        byte[] bytes = body.readAllBytes();
        return new String(bytes, StandardCharsets.UTF_8).isBlank() ? null : json.readValue(bytes, type);
    }
}
