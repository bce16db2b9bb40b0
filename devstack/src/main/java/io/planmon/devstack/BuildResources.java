package io.planmon.devstack;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the devstack build left on its classpath: where Maven keeps the Kafka jars and the Keycloak zip (written by the
 * dependency plugin, see devstack/pom.xml), and the configuration files devstack hands to its servers.
 */
public final class BuildResources {

    private BuildResources() {}

    /** The class path of the Kafka broker, for {@code java -cp … kafka.Kafka}. */
    public static String kafkaClasspath() {
        return text("/io/planmon/devstack/kafka.classpath").trim()
                + File.pathSeparator
                + text("/io/planmon/devstack/kafka-client.classpath").trim();
    }

    /** The Keycloak distribution zip in the local Maven repository. */
    public static Path keycloakZip() {
        Path zip = Path.of(text("/io/planmon/devstack/keycloak.dist").trim());
        if (!Files.isRegularFile(zip)) {
            throw new StackException(
                    "the Keycloak distribution " + zip + " is missing: run ./mvnw -pl devstack install");
        }
        return zip;
    }

    /** The java launcher of the JVM we run in: children use the same Java as their parent. */
    public static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** A text resource of devstack, e.g. {@code /io/planmon/devstack/kafka/log4j2.properties}. */
    public static String text(String resource) {
        try (InputStream in = BuildResources.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new StackException(
                        "resource " + resource + " is missing from the devstack classes: rebuild devstack");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StackException("cannot read resource " + resource, e);
        }
    }
}
