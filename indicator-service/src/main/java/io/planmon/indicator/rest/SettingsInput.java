package io.planmon.indicator.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The bodies of the plan admin's PUTs of an indicator's settings, bound by Jackson: {@code {"dueDays": 45}},
 * {@code {"reminderDays": 10}}, {@code {"allowed": true}}. A number of days is required but may be null (the default),
 * so a field left out binds to no {@link Days} at all and an explicit null to {@code Days(null)}; a value of the wrong
 * kind is a 400 naming its field.
 */
final class SettingsInput {
    private SettingsInput() {}

    @Schema(name = "FuturePeriodsInput")
    public record FuturePeriods(
            @Schema(description = "true: values for periods not begun yet are accepted") Boolean allowed) {}

    @Schema(name = "DueDaysInput")
    public record DueDays(
            @Schema(description = "1 to 366, or null for the frequency's default", example = "45") Days dueDays) {}

    @Schema(name = "ReminderDaysInput")
    public record ReminderDays(
            @Schema(description = "1 to 366, or null for the default of 7", example = "10") Days reminderDays) {}

    /** A number of days given in the body, null meaning the default. */
    @JsonDeserialize(using = Days.Reader.class)
    @Schema(implementation = Integer.class, nullable = true, minimum = "1", maximum = "366")
    public record Days(Integer value) {

        /** Reads a whole number with the mapper's strict rules; tells null (the default) from absent (none). */
        public static final class Reader extends StdDeserializer<Days> {
            public Reader() {
                super(Days.class);
            }

            @Override
            public Days deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                return new Days(context.readValue(parser, Integer.class));
            }

            @Override
            public Days getNullValue(DeserializationContext context) {
                return new Days(null);
            }

            @Override
            public Object getAbsentValue(DeserializationContext context) {
                return null;
            }
        }
    }
}
