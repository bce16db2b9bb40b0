package io.planmon.devstack.kafka;

import io.planmon.devstack.StackException;
import io.planmon.devstack.process.ChildProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.Uuid;

/** Formats the broker's log directory for KRaft once; later starts reuse it with the same cluster id. */
final class KafkaStorage {

    private static final Duration FORMAT_TIMEOUT = Duration.ofMinutes(2);

    private KafkaStorage() {}

    /** Formats unless {@code meta.properties} shows an earlier format. Returns whether it formatted. */
    static boolean formatIfNeeded(KafkaSettings settings, List<String> javaCommand, Path logFile) {
        if (Files.exists(settings.logDirectory().resolve("meta.properties"))) {
            return false;
        }
        List<String> command = new ArrayList<>(javaCommand);
        command.addAll(List.of(
                "kafka.tools.StorageTool",
                "format",
                "-t",
                clusterId(settings),
                "-c",
                settings.serverProperties().toString()));
        ChildProcess format =
                ChildProcess.start("kafka storage format", command, Map.of(), settings.directory(), logFile);
        if (format.waitFor(FORMAT_TIMEOUT) && format.exitCode() == 0) {
            return true;
        }
        format.stop(Duration.ofSeconds(5));
        throw new StackException("formatting Kafka storage in " + settings.logDirectory() + " failed; the end of "
                + logFile + ":\n" + format.logTail(30));
    }

    /** The id in {@code cluster.id}, written with a new random id the first time. */
    private static String clusterId(KafkaSettings settings) {
        try {
            Path file = settings.clusterIdFile();
            if (Files.isRegularFile(file)) {
                return Files.readString(file).trim();
            }
            String id = Uuid.randomUuid().toString();
            Files.writeString(file, id + "\n");
            return id;
        } catch (IOException e) {
            throw new StackException("cannot keep the Kafka cluster id in " + settings.clusterIdFile(), e);
        }
    }
}
