package io.planmon.devstack.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.planmon.devstack.Ports;
import io.planmon.devstack.kafka.KafkaProbe;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** The test resource's servers are real: SQL runs, and a record survives a broker restart on the same log directory. */
class PlanmonTestResourceIT {

    private static final String TOPIC = "devstack.restart-check";

    @Test
    void givesQuarkusTheDatabaseAndBrokerAndKeepsThemAcrossStop() throws Exception {
        PlanmonTestResource resource = new PlanmonTestResource();
        Map<String, String> config = resource.start();

        assertThat(config)
                .containsEntry("quarkus.datasource.jdbc.url", PlanmonTestResource.jdbcUrl())
                .containsEntry("kafka.bootstrap.servers", PlanmonTestResource.kafkaBootstrap())
                .containsKeys("quarkus.datasource.username", "quarkus.datasource.password");
        assertThat(PlanmonTestResource.jdbcUrl()).endsWith("/planmon");

        resource.stop();

        assertThat(KafkaProbe.brokerRegistered(PlanmonTestResource.kafkaBootstrap()))
                .isTrue();
        assertThat(new PlanmonTestResource().start()).isEqualTo(config);
    }

    @Test
    void postgresRunsSql() throws Exception {
        try (Connection connection = DriverManager.getConnection(
                        PlanmonTestResource.jdbcUrl(), PlanmonTestResource.username(), PlanmonTestResource.password());
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS devstack_check (id int PRIMARY KEY, note text)");
            statement.execute("INSERT INTO devstack_check VALUES (1, 'real') ON CONFLICT (id) DO NOTHING");
            try (ResultSet result =
                    statement.executeQuery("SELECT current_database(), note FROM devstack_check WHERE id = 1")) {
                assertThat(result.next()).isTrue();
                assertThat(result.getString(1)).isEqualTo("planmon");
                assertThat(result.getString(2)).isEqualTo("real");
            }
        }
    }

    @Test
    void aRecordWrittenBeforeABrokerRestartIsStillThereAfterIt() {
        String bootstrap = PlanmonTestResource.kafkaBootstrap();
        String key = UUID.randomUUID().toString();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig(bootstrap))) {
            producer.send(new ProducerRecord<>(TOPIC, key, "before the restart"));
            producer.flush();
        }
        assertThat(valuesFor(key, bootstrap)).containsExactly("before the restart");

        PlanmonTestResource.stopKafka();
        int port = Integer.parseInt(bootstrap.substring(bootstrap.lastIndexOf(':') + 1));
        assertThat(Ports.accepts(port)).isFalse();
        PlanmonTestResource.startKafka();

        assertThat(PlanmonTestResource.kafkaBootstrap()).isEqualTo(bootstrap);
        assertThat(valuesFor(key, bootstrap)).containsExactly("before the restart");
    }

    private static Properties producerConfig(String bootstrap) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        return config;
    }

    /** Reads the whole topic with a new consumer group and returns the values stored under the key. */
    private static List<String> valuesFor(String key, String bootstrap) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "devstack-it-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(TOPIC));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.key().equals(key)) {
                        values.add(record.value());
                    }
                }
            }
        }
        return values;
    }
}
