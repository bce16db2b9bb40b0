package io.planmon.indicator.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** The body of a single push: the value and, optionally, why it was sent or revised. */
public record ObservationInput(
        @NotNull(message = "a numeric value is required") BigDecimal value,
        @Size(max = 2000, message = "at most 2000 characters") String note) {}
