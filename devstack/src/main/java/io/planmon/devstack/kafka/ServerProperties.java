package io.planmon.devstack.kafka;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The configuration of a combined broker and controller, sized for one developer machine. */
public final class ServerProperties {

    private ServerProperties() {}

    /** The properties, in a stable order. */
    public static Map<String, String> of(KafkaSettings settings) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("node.id", "1");
        properties.put("process.roles", "broker,controller");
        properties.put("controller.quorum.voters", "1@localhost:" + settings.controllerPort());
        properties.put(
                "listeners",
                "PLAINTEXT://localhost:" + settings.port() + ",CONTROLLER://localhost:" + settings.controllerPort());
        properties.put("advertised.listeners", "PLAINTEXT://localhost:" + settings.port());
        properties.put("inter.broker.listener.name", "PLAINTEXT");
        properties.put("controller.listener.names", "CONTROLLER");
        properties.put("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
        properties.put("log.dirs", settings.logDirectory().toAbsolutePath().toString());
        // One broker: every internal topic can only have one replica, and must accept writes with it alone.
        properties.put("offsets.topic.replication.factor", "1");
        properties.put("transaction.state.log.replication.factor", "1");
        properties.put("transaction.state.log.min.isr", "1");
        properties.put("share.coordinator.state.topic.replication.factor", "1");
        properties.put("share.coordinator.state.topic.min.isr", "1");
        properties.put("default.replication.factor", "1");
        properties.put("min.insync.replicas", "1");
        // Fewer internal partitions than the production default of 50: the first consumer group starts in a second.
        properties.put("offsets.topic.num.partitions", "10");
        properties.put("transaction.state.log.num.partitions", "10");
        // A lone consumer should not wait three seconds for company before it gets its partitions.
        properties.put("group.initial.rebalance.delay.ms", "0");
        properties.put("auto.create.topics.enable", "true");
        properties.put("num.partitions", "3");
        return properties;
    }

    /** The file content for {@code server.properties}. */
    public static String render(KafkaSettings settings) {
        return "# Written by planmon devstack on every start; edits are overwritten.\n"
                + of(settings).entrySet().stream()
                        .map(entry -> entry.getKey() + "=" + escape(entry.getValue()))
                        .collect(Collectors.joining("\n", "", "\n"));
    }

    /** Backslashes (in Windows paths) would otherwise be read as escapes by java.util.Properties. */
    private static String escape(String value) {
        return value.replace("\\", "\\\\");
    }
}
