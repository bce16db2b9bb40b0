package io.planmon.devstack.kafka;

import java.nio.file.Path;

/**
 * Where a single-node Kafka broker listens and keeps its files: {@code server.properties}, the log4j2 configuration,
 * the cluster id and the {@code data/} log directory, all inside {@code directory}.
 */
public record KafkaSettings(int port, int controllerPort, Path directory) {

    public Path serverProperties() {
        return directory.resolve("server.properties");
    }

    public Path log4jConfiguration() {
        return directory.resolve("log4j2.properties");
    }

    /** The cluster id, generated on first start and kept so that later starts find their formatted storage. */
    public Path clusterIdFile() {
        return directory.resolve("cluster.id");
    }

    public Path logDirectory() {
        return directory.resolve("data");
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }
}
