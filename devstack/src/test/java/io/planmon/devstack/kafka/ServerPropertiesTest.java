package io.planmon.devstack.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ServerPropertiesTest {

    private final KafkaSettings settings = new KafkaSettings(19092, 19093, Path.of("/data/kafka"));

    @Test
    void combinedNodeListensOnBothPortsAndVotesForItself() throws Exception {
        Properties properties = parse(ServerProperties.render(settings));

        assertThat(properties.getProperty("process.roles")).isEqualTo("broker,controller");
        assertThat(properties.getProperty("node.id")).isEqualTo("1");
        assertThat(properties.getProperty("controller.quorum.voters")).isEqualTo("1@localhost:19093");
        assertThat(properties.getProperty("listeners"))
                .isEqualTo("PLAINTEXT://localhost:19092,CONTROLLER://localhost:19093");
        assertThat(properties.getProperty("advertised.listeners")).isEqualTo("PLAINTEXT://localhost:19092");
        assertThat(properties.getProperty("log.dirs"))
                .isEqualTo(Path.of("/data/kafka/data").toString());
    }

    @Test
    void singleBrokerSettingsNeedNoSecondReplica() throws Exception {
        Properties properties = parse(ServerProperties.render(settings));

        assertThat(properties)
                .containsEntry("offsets.topic.replication.factor", "1")
                .containsEntry("transaction.state.log.replication.factor", "1")
                .containsEntry("transaction.state.log.min.isr", "1")
                .containsEntry("min.insync.replicas", "1")
                .containsEntry("group.initial.rebalance.delay.ms", "0")
                .containsEntry("auto.create.topics.enable", "true")
                .containsEntry("num.partitions", "3");
    }

    @Test
    void backslashesInPathsSurviveTheProperties() throws Exception {
        KafkaSettings windows = new KafkaSettings(1, 2, Path.of("C:\\planmon\\kafka"));

        String logDirs = parse(ServerProperties.render(windows)).getProperty("log.dirs");

        assertThat(logDirs).isEqualTo(windows.logDirectory().toAbsolutePath().toString());
    }

    private static Properties parse(String text) throws Exception {
        Properties properties = new Properties();
        properties.load(new StringReader(text));
        return properties;
    }
}
