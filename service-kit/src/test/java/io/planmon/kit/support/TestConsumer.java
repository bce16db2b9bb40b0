package io.planmon.kit.support;

import io.planmon.events.CloudEvent;
import io.planmon.kit.inbox.Inbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;

/**
 * The handlers of a batch consumer as the services write one (task-service's {@code IndicatorStatusConsumer}), for
 * {@link io.planmon.kit.inbox.BatchConsumption#handle}: the inbox for the batch and for one message, one
 * {@link Effects effect} per event; an event whose note is {@link #FAILS} cannot be applied, however often it is tried.
 * What a Kafka channel would hand them, {@link #records} makes.
 */
@ApplicationScoped
public class TestConsumer {
    public static final String FAILS = "cannot be applied";

    private final Inbox inbox;
    private final Effects effects;

    public TestConsumer(Inbox inbox, Effects effects) {
        this.inbox = inbox;
        this.effects = effects;
    }

    /** Handles a batch's valid messages together, in one transaction. */
    public Consumer<List<String>> batch(String consumer) {
        return batch -> inbox.receiveAll(consumer, batch, event -> apply(consumer, event));
    }

    /** Handles one message, in a transaction of its own. */
    public Consumer<String> single(String consumer) {
        return message -> inbox.receive(consumer, message, event -> apply(consumer, event));
    }

    private void apply(String consumer, CloudEvent<?> event) {
        if (Events.note(event).equals(FAILS)) {
            throw new IllegalStateException("event " + event.id() + " " + FAILS);
        }
        effects.record(consumer, event);
    }

    /** One poll's records of one partition, all keyed by {@code subject}, at offsets 0, 1, 2, … */
    public static ConsumerRecords<String, String> records(String subject, String... values) {
        TopicPartition partition = new TopicPartition("planmon.test.kit-events", 0);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        for (int offset = 0; offset < values.length; offset++) {
            records.add(new ConsumerRecord<>(partition.topic(), 0, offset, subject, values[offset]));
        }
        return new ConsumerRecords<>(Map.of(partition, records), Map.of());
    }
}
