package io.planmon.indicator.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The bodies of the plan admin's PUTs of a number of days, bound by Jackson: {@code {"dueDays": 45}} and
 * {@code {"reminderDays": 10}}. The field is required but may be null (the default), so a field left out binds to no
 * {@link Days} at all and an explicit null to {@code Days(null)}; a value that is no whole number is a 400 naming it.
 */
final class DaysInput {
    private DaysInput() {}

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
