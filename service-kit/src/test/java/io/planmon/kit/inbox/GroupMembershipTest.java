package io.planmon.kit.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GroupMembershipTest {

    private static final Map<String, Object> CONSUMER = Map.of(
            "group.id", "notification-service",
            "client.id", "kafka-consumer-observations",
            "key.deserializer", "org.apache.kafka.common.serialization.StringDeserializer");

    @Test
    void aNamedInstanceMakesEachConsumerAStaticMemberOfItsOwnName() {
        GroupMembership membership = new GroupMembership(Optional.of("notification-service-2"), Duration.ofSeconds(10));

        Map<String, Object> config = membership.customize("observations", null, CONSUMER);

        assertThat(config)
                .containsEntry("group.instance.id", "notification-service-2-kafka-consumer-observations")
                .containsEntry("session.timeout.ms", 10_000)
                .containsEntry("heartbeat.interval.ms", 3_333)
                .containsEntry("group.id", "notification-service");
    }

    @Test
    void withoutAnInstanceNameTheConsumerStaysDynamicButKeepsTheShortSession() {
        GroupMembership membership = new GroupMembership(Optional.of("  "), Duration.ofSeconds(12));

        Map<String, Object> config = membership.customize("observations", null, CONSUMER);

        assertThat(config).doesNotContainKey("group.instance.id").containsEntry("session.timeout.ms", 12_000);
    }

    @Test
    void aProducerIsLeftAlone() {
        Map<String, Object> producer = Map.of("key.serializer", "x", "client.id", "kafka-producer-dlq");

        assertThat(new GroupMembership(Optional.of("a"), Duration.ofSeconds(10)).customize("dlq", null, producer))
                .isEqualTo(producer);
    }

    @Test
    void settingsGivenForTheChannelWin() {
        Map<String, Object> own = new java.util.HashMap<>(CONSUMER);
        own.put("session.timeout.ms", 30_000);
        own.put("group.instance.id", "fixed");

        Map<String, Object> config =
                new GroupMembership(Optional.of("a"), Duration.ofSeconds(10)).customize("observations", null, own);

        assertThat(config).containsEntry("session.timeout.ms", 30_000).containsEntry("group.instance.id", "fixed");
    }
}
