package io.planmon.kit.support;

import io.planmon.events.CloudEvent;
import io.planmon.kit.inbox.BatchConsumption;
import io.planmon.kit.inbox.Inbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;

/**
 * A batch consumer as the services write one (task-service's {@code IndicatorStatusConsumer}): the inbox for the batch
 * and for one message, one {@link Effects effect} per event; an event whose note is {@link #FAILS} cannot be applied,
 * however often it is tried. What a Kafka channel would hand it, {@link #records} makes.
 */
@ApplicationScoped
public class TestConsumer {
    public static final String FAILS = "cannot be applied";

    private final BatchConsumption consumption;
    private final Inbox inbox;
    private final Effects effects;

    public TestConsumer(BatchConsumption consumption, Inbox inbox, Effects effects) {
        this.consumption = consumption;
        this.inbox = inbox;
        this.effects = effects;
    }

    /** What the consumer method of {@code channel} does with a poll's records. */
    public void receive(String consumer, String channel, ConsumerRecords<String, String> records) {
        consumption.handle(
                consumer,
                channel,
                records,
                batch -> inbox.receiveAll(consumer, batch, event -> apply(consumer, event)),
                message -> inbox.receive(consumer, message, event -> apply(consumer, event)));
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
