package io.planmon.notification.rest;

import io.planmon.kit.validation.PlainText;
import io.planmon.kit.validation.Texts;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The optional body of an acknowledgement: a comment for the activity feed. */
@Schema(name = "AckInput")
public record AckInput(@Schema(description = "why, or what is being done") @PlainText String comment) {

    public AckInput {
        comment = Texts.optional(comment);
    }
}
