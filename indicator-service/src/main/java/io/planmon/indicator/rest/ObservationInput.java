package io.planmon.indicator.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of a single push: the value and, optionally, why it was sent or revised. Bound by Jackson (a number is read
 * exactly, as a BigDecimal) and checked by its annotations; the service checks the rest as for a batch row.
 */
@Schema(name = "ObservationInput")
public record ObservationInput(
        @Schema(example = "131.0") @NotNull(message = "a numeric value is required") BigDecimal value,
        @Schema(description = "why the value was sent or revised")
                @Size(max = ObservationInput.MAX_NOTE, message = "at most {max} characters")
                String note) {
    static final int MAX_NOTE = 2000;

    /** What an empty body (or {@code null}) is told. */
    static final String REQUIRED = "a JSON object such as \\{\"value\": 131.0\\} is required";
}
