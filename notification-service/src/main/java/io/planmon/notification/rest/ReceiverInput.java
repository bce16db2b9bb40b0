package io.planmon.notification.rest;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.planmon.kit.validation.PlainText;
import io.planmon.kit.validation.Texts;
import io.planmon.notification.domain.routing.Receiver;
import io.planmon.notification.domain.routing.ReceiverKind;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of a receiver: a signed webhook or a mailbox, of one department or of the whole office. Which fields a kind
 * needs (a URL and a secret, an address) is the service's check.
 */
@Schema(name = "ReceiverInput")
public record ReceiverInput(
        @NotNull(message = "is required") @PlainText String name,
        @NotNull(message = "is required: WEBHOOK or EMAIL")
                @JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_VALUES)
                ReceiverKind kind,
        @Schema(description = "a webhook's http(s) URL") @PlainText String url,
        @Schema(description = "a webhook's signing secret; on PUT, absent keeps the stored one") @PlainText
                String secret,
        @Schema(description = "a mailbox's address") @PlainText String email,
        @Schema(description = "absent: the whole office") @PlainText String department,
        @Schema(description = "also hears escalations; false when absent") Boolean escalation,
        @Schema(description = "true when absent; false cancels the receiver's pending deliveries") Boolean enabled) {

    public ReceiverInput {
        name = Texts.optional(name);
        url = Texts.optional(url);
        secret = Texts.optional(secret);
        email = Texts.optional(email);
        department = Texts.optional(department);
    }

    Receiver receiver() {
        Receiver r = new Receiver();
        r.name = name;
        r.kind = kind;
        r.url = url;
        r.secret = secret;
        r.email = email;
        r.department = department;
        r.escalation = Boolean.TRUE.equals(escalation);
        r.enabled = !Boolean.FALSE.equals(enabled);
        return r;
    }
}
