package io.planmon.kit.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.planmon.events.EventCodec;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.jboss.logging.Logger;

/**
 * What every batch consumer method calls ({@code batch=true}): a poll's records are handled together, in one
 * transaction per step (the inbox checks the whole batch in one statement), in the order of each partition, so per key.
 * A poison message is parked on the dead-letter topic at once and left out of the batch. If the batch fails, it is
 * handled again one message at a time, in order, with the single-message path ({@link Consumption}: retried in place);
 * only a message that still fails is parked, and the inbox skips what the failed batch had already committed. The
 * batch never fails as a whole: a nacked batch would park all of its messages, also those already handled. So a park
 * the broker does not take is tried again until it does ({@link DeadLetters}), the batch waiting meanwhile.
 */
@ApplicationScoped
public class BatchConsumption {
    private static final Logger LOG = Logger.getLogger(BatchConsumption.class);

    private final Consumption consumption;
    private final DeadLetters deadLetters;
    private final MeterRegistry registry;

    public BatchConsumption(Consumption consumption, DeadLetters deadLetters, MeterRegistry registry) {
        this.consumption = consumption;
        this.deadLetters = deadLetters;
        this.registry = registry;
    }

    /**
     * @param channel the incoming channel (its dead-letter topic is configured under it)
     * @param batch handles the valid messages of the batch together; must be idempotent (the inbox)
     * @param single handles one message, as the batch would; must be idempotent (the inbox)
     */
    public void handle(
            String consumer,
            String channel,
            ConsumerRecords<String, String> records,
            Consumer<List<String>> batch,
            Consumer<String> single) {
        List<ConsumerRecord<String, String>> valid = new ArrayList<>(records.count());
        for (ConsumerRecord<String, String> record : records) {
            try {
                EventCodec.decode(record.value());
                valid.add(record);
            } catch (EventCodec.InvalidEventException poison) {
                count(consumer, "poison");
                LOG.warnf(
                        "%s got a message that is not a planmon event, sending it to the dead-letter topic: %s",
                        consumer, poison.getMessage());
                deadLetters.park(channel, record, poison);
            }
        }
        if (valid.isEmpty()) {
            return;
        }
        try {
            batch.accept(valid.stream().map(ConsumerRecord::value).toList());
        } catch (RuntimeException e) {
            registry.counter("planmon.events.batches.split", "consumer", consumer, "reason", Failures.reason(e))
                    .increment();
            LOG.warnf(
                    "%s could not handle a batch of %d (%s); handling it one message at a time",
                    consumer, valid.size(), Failures.rootMessage(e));
            for (ConsumerRecord<String, String> record : valid) {
                try {
                    consumption.handle(consumer, record.value(), single);
                } catch (RuntimeException failed) { // logged and counted by Consumption
                    deadLetters.park(channel, record, failed);
                }
            }
        }
    }

    private void count(String consumer, String outcome) {
        registry.counter("planmon.events.consumed", "consumer", consumer, "outcome", outcome)
                .increment();
    }
}
