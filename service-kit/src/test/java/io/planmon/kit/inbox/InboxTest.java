package io.planmon.kit.inbox;

import static io.planmon.kit.support.Events.event;
import static io.planmon.kit.support.Events.json;
import static io.planmon.kit.support.Events.subject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planmon.devstack.test.PlanmonTestResource;
import io.planmon.events.CloudEvent;
import io.planmon.events.EventCodec;
import io.planmon.kit.support.Effects;
import io.planmon.kit.support.Meters;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The idempotent consumer on the real database: an event id is handled once per consumer, by {@code receive} and by
 * {@code receiveAll} (also when a batch carries it twice), and the inbox row commits or rolls back with the handler's
 * effect, so an event whose handling failed is handled again when it comes again.
 */
@QuarkusTest
@QuarkusTestResource(PlanmonTestResource.class)
class InboxTest {
    private static final String CONSUMER = "kit-test.inbox";
    private static final String OTHER = "kit-test.other-inbox";

    @Inject
    Inbox inbox;

    @Inject
    Effects effects;

    @Inject
    Meters meters;

    @Test
    void anEventIsHandledOncePerConsumer() throws Exception {
        String subject = subject("ONCE");
        CloudEvent<?> event = event(subject, "once");
        double duplicates = consumed(CONSUMER, "duplicate");

        assertThat(inbox.receive(CONSUMER, json(event), apply(CONSUMER))).isTrue();
        assertThat(inbox.receive(CONSUMER, json(event), apply(CONSUMER))).isFalse();
        assertThat(inbox.receive(OTHER, json(event), apply(OTHER))).isTrue();

        assertThat(effects.of(CONSUMER, subject)).containsExactly(event.id());
        assertThat(effects.of(OTHER, subject)).containsExactly(event.id());
        assertThat(consumed(CONSUMER, "duplicate") - duplicates).isEqualTo(1.0);
    }

    @Test
    void aBatchHandsEveryNewEventOnceInOrderEvenWhenItCarriesOneTwice() throws Exception {
        String subject = subject("BATCH");
        CloudEvent<?> seen = event(subject, "seen before");
        CloudEvent<?> first = event(subject, "first");
        CloudEvent<?> second = event(subject, "second");
        inbox.receive(CONSUMER, json(seen), apply(CONSUMER));
        List<String> batch = List.of(json(first), json(seen), json(second), json(first));
        List<String> handed = new ArrayList<>();

        int handled = inbox.receiveAll(CONSUMER, batch, e -> {
            handed.add(e.id());
            effects.record(CONSUMER, e);
        });

        assertThat(handled).isEqualTo(2);
        assertThat(handed).containsExactly(first.id(), second.id());
        assertThat(effects.of(CONSUMER, subject)).containsExactly(seen.id(), first.id(), second.id());
        assertThat(inbox.receiveAll(CONSUMER, batch, apply(CONSUMER)))
                .as("the batch redelivered")
                .isZero();
    }

    @Test
    void aHandlerThatFailsTakesItsInboxRowWithItSoARedeliveryIsHandled() throws Exception {
        String subject = subject("ROLLBACK");
        CloudEvent<?> event = event(subject, "fails once");
        double processed = consumed(CONSUMER, "processed");

        assertThatThrownBy(() -> inbox.receive(CONSUMER, json(event), e -> {
                    effects.record(CONSUMER, e);
                    throw new IllegalStateException("the handler fails after its effect was written");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(effects.inInbox(CONSUMER, event.id())).isFalse();
        assertThat(effects.of(CONSUMER, subject)).isEmpty();
        assertThat(consumed(CONSUMER, "processed"))
                .as("a rolled-back attempt counts nothing")
                .isEqualTo(processed);

        assertThat(inbox.receive(CONSUMER, json(event), apply(CONSUMER))).isTrue();
        assertThat(effects.of(CONSUMER, subject)).containsExactly(event.id());
        assertThat(effects.inInbox(CONSUMER, event.id())).isTrue();
    }

    @Test
    void aBatchThatFailsRollsBackWholeAndIsHandledWholeWhenItComesAgain() throws Exception {
        String subject = subject("BATCH-ROLLBACK");
        CloudEvent<?> first = event(subject, "first");
        CloudEvent<?> failing = event(subject, "second, fails once");
        List<String> batch = List.of(json(first), json(failing));

        assertThatThrownBy(() -> inbox.receiveAll(CONSUMER, batch, e -> {
                    effects.record(CONSUMER, e);
                    if (e.id().equals(failing.id())) {
                        throw new IllegalStateException("the second event cannot be applied");
                    }
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(effects.of(CONSUMER, subject)).isEmpty();
        assertThat(effects.inInbox(CONSUMER, first.id())).isFalse();

        assertThat(inbox.receiveAll(CONSUMER, batch, apply(CONSUMER))).isEqualTo(2);
        assertThat(effects.of(CONSUMER, subject)).containsExactly(first.id(), failing.id());
    }

    @Test
    void aMessageThatIsNoEventIsPoisonAndAnEventOfAnUnknownTypeIsSkipped() {
        List<String> handed = new ArrayList<>();

        assertThatThrownBy(() -> inbox.receive(CONSUMER, "{\"not\": \"an event\"}", e -> handed.add(e.id())))
                .isInstanceOf(EventCodec.InvalidEventException.class);
        assertThat(inbox.receive(
                        CONSUMER,
                        "{\"specversion\": \"1.0\", \"id\": \"" + subject("LATER") + "\","
                                + " \"type\": \"io.planmon.from-a-later-version.v9\", \"data\": {}}",
                        e -> handed.add(e.id())))
                .isFalse();
        assertThat(handed).isEmpty();
    }

    private Consumer<CloudEvent<?>> apply(String consumer) {
        return e -> effects.record(consumer, e);
    }

    private double consumed(String consumer, String outcome) {
        return meters.count("planmon.events.consumed", "consumer", consumer, "outcome", outcome);
    }
}
