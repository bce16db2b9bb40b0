package io.planmon.indicator.rest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.planmon.indicator.service.ImportRow;
import io.planmon.indicator.service.RowSource;
import io.planmon.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the rows of a JSON batch push: a synchronous body bound whole to {@link BatchInput} (numbers exact, as
 * BigDecimal) and checked by its annotations, an asynchronous one streamed row by row ({@link StreamedRows}). Either
 * way each row is read on its own, so that a row that cannot be read is a rejected row.
 */
@ApplicationScoped
public class JsonBatch {
    private final ObjectMapper json;
    private final Validator validator;

    public JsonBatch(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    List<ImportRow> read(String body) throws IOException {
        BatchInput input = json.readerFor(BatchInput.class)
                .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .readValue(body);
        if (input == null) {
            throw ProblemException.invalid("body", "a JSON object {\"observations\": [...]} is required");
        }
        Set<ConstraintViolation<BatchInput>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        BatchInput.limit(input.observations().size());
        List<ImportRow> rows = new ArrayList<>();
        for (int i = 0; i < input.observations().size(); i++) {
            rows.add(BatchInput.row(i, input.observations().get(i)));
        }
        return rows;
    }

    RowSource stream(InputStream body) {
        return StreamedRows.json(body, json);
    }
}
