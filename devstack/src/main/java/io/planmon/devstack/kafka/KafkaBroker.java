package io.planmon.devstack.kafka;

import io.planmon.devstack.BuildResources;
import io.planmon.devstack.Ports;
import io.planmon.devstack.Progress;
import io.planmon.devstack.StackException;
import io.planmon.devstack.process.ChildProcess;
import io.planmon.devstack.process.ProcessSlot;
import io.planmon.devstack.process.Readiness;
import io.planmon.devstack.process.SlottedServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Kafka 4 broker in KRaft mode (broker and controller in one JVM) as a child process. It can be stopped and started
 * again on the same port and log directory, which is how tests take Kafka away under a running service.
 */
public final class KafkaBroker implements SlottedServer {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final KafkaSettings settings;
    private final Path logFile;
    private final ProcessSlot slot = new ProcessSlot("kafka", STOP_GRACE);

    public KafkaBroker(KafkaSettings settings, Path logFile) {
        this.settings = settings;
        this.logFile = logFile;
    }

    /** Writes the configuration, formats the storage on first use, starts the broker and waits until it serves. */
    @Override
    public void start(Progress progress) {
        writeConfiguration();
        if (KafkaStorage.formatIfNeeded(settings, javaCommand(), logFile)) {
            progress.say("  formatted Kafka storage in " + settings.logDirectory());
        }
        List<String> command = javaCommand();
        command.add("kafka.Kafka");
        command.add(settings.serverProperties().toString());
        ChildProcess process =
                slot.launch(() -> ChildProcess.start("kafka", command, Map.of(), settings.directory(), logFile));
        try {
            Readiness.await("kafka", process, START_TIMEOUT, progress, this::serves);
        } catch (RuntimeException e) {
            // Never leave a half-started server behind, whoever called us.
            slot.stop();
            throw e;
        }
    }

    private void writeConfiguration() {
        try {
            Files.createDirectories(settings.logDirectory());
            Files.writeString(settings.serverProperties(), ServerProperties.render(settings));
            Files.writeString(
                    settings.log4jConfiguration(), BuildResources.text("/io/planmon/devstack/kafka/log4j2.properties"));
        } catch (IOException e) {
            throw new StackException("cannot write the Kafka configuration in " + settings.directory(), e);
        }
    }

    private List<String> javaCommand() {
        return new ArrayList<>(List.of(
                BuildResources.javaExecutable(),
                "-Xmx512m",
                "-Xms64m",
                "-Djava.awt.headless=true",
                "-Dlog4j2.configurationFile=" + settings.log4jConfiguration().toUri(),
                "-cp",
                BuildResources.kafkaClasspath()));
    }

    /** The port opens before the broker has joined its own quorum; only the admin API tells it serves. */
    private boolean serves() {
        return Ports.accepts(settings.port()) && KafkaProbe.brokerRegistered(settings.bootstrapServers());
    }

    public String bootstrapServers() {
        return settings.bootstrapServers();
    }

    public KafkaSettings settings() {
        return settings;
    }

    @Override
    public ProcessSlot slot() {
        return slot;
    }
}
