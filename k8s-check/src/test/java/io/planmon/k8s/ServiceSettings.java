package io.planmon.k8s;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A service's own configuration as its module declares it: {@code application.properties} over the service kit's and
 * the web kit's defaults, the keys of its {@code @ConfigMapping} interfaces and {@code @ConfigProperty} injections, and which
 * environment variables therefore mean something to it (Quarkus maps {@code FOO_BAR_BAZ} to {@code foo.bar-baz}).
 */
final class ServiceSettings {
    private static final Pattern MAPPING = Pattern.compile("@ConfigMapping\\(prefix = \"([^\"]+)\"\\)");
    private static final Pattern PROPERTY =
            Pattern.compile("@ConfigProperty\\(\\s*name = \"([^\"]+)\"(?:,\\s*defaultValue = \"([^\"]*)\")?");
    private static final Pattern METHOD = Pattern.compile("\\b([a-z][A-Za-z0-9]*)\\(\\);");

    private final String module;
    private final Map<String, String> defaults;
    private final Set<String> knownVariables = new HashSet<>();
    private final Map<String, Set<String>> mappings = new LinkedHashMap<>();
    private final Map<String, String> injectionDefaults = new LinkedHashMap<>();

    private ServiceSettings(String module, Map<String, String> defaults) {
        this.module = module;
        this.defaults = defaults;
    }

    static ServiceSettings of(String module) {
        Path repository = YamlFiles.repository();
        String pom = YamlFiles.read(repository.resolve(module).resolve("pom.xml"));
        boolean usesKit = pom.contains("<artifactId>service-kit</artifactId>");
        Map<String, String> defaults = new LinkedHashMap<>();
        ServiceSettings settings = new ServiceSettings(module, defaults);
        // service-kit builds on web-kit; the gateway uses web-kit alone.
        if (usesKit || pom.contains("<artifactId>web-kit</artifactId>")) {
            settings.learn(repository.resolve("web-kit/src/main/resources/META-INF/microprofile-config.properties"));
            settings.scan(repository.resolve("web-kit/src/main/java"));
        }
        if (usesKit) {
            settings.learn(
                    repository.resolve("service-kit/src/main/resources/META-INF/microprofile-config.properties"));
            settings.scan(repository.resolve("service-kit/src/main/java"));
        }
        settings.learn(repository.resolve(module).resolve("src/main/resources/application.properties"));
        settings.scan(repository.resolve(module).resolve("src/main/java"));
        return settings;
    }

    /** The environment variable Quarkus reads for a property. */
    static String variable(String property) {
        return property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    String module() {
        return module;
    }

    /** The value outside any profile (a properties file's, else an injection point's default), or null. */
    String value(String property) {
        return defaults.getOrDefault(property, injectionDefaults.get(property));
    }

    /** Every property a properties file sets outside a profile. */
    Set<String> keys() {
        return defaults.keySet();
    }

    /** A duration as Quarkus reads one: {@code 15d}, {@code 10s}, {@code 250ms} or ISO-8601. */
    Duration duration(String property) {
        String text = value(property);
        Matcher simple = Pattern.compile("(\\d+)(ms|s|m|h|d)").matcher(text);
        if (!simple.matches()) {
            return Duration.parse(text);
        }
        long amount = Long.parseLong(simple.group(1));
        return switch (simple.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }

    /** Properties whose value outside any profile names localhost: each must be set otherwise in a cluster. */
    Map<String, String> localhostDefaults() {
        Map<String, String> found = new LinkedHashMap<>();
        defaults.forEach((key, value) -> {
            if (value.contains("localhost")) {
                found.put(key, value);
            }
        });
        return found;
    }

    /** Whether the variable sets a property that the service declares. */
    boolean reads(String variable) {
        if (knownVariables.contains(variable)) {
            return true;
        }
        for (Map.Entry<String, Set<String>> mapping : mappings.entrySet()) {
            String prefix = variable(mapping.getKey()) + "_";
            if (variable.startsWith(prefix) && composed(variable.substring(prefix.length()), mapping.getValue())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the rest of a variable is a path of the mapping's method names, e.g. INDICATORS_URL. */
    private static boolean composed(String rest, Set<String> names) {
        if (names.contains(rest)) {
            return true;
        }
        return names.stream()
                .anyMatch(name -> rest.startsWith(name + "_") && composed(rest.substring(name.length() + 1), names));
    }

    private void learn(Path file) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(YamlFiles.read(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String key : properties.stringPropertyNames()) {
            String property = key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key;
            knownVariables.add(variable(property));
            if (!key.startsWith("%")) {
                defaults.put(key, properties.getProperty(key));
            }
        }
    }

    private void scan(Path sources) {
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = YamlFiles.read(file);
                PROPERTY.matcher(source).results().forEach(m -> {
                    knownVariables.add(variable(m.group(1)));
                    if (m.group(2) != null) {
                        injectionDefaults.putIfAbsent(m.group(1), m.group(2));
                    }
                });
                Matcher mapping = MAPPING.matcher(source);
                if (mapping.find()) {
                    Set<String> names = new HashSet<>();
                    METHOD.matcher(source).results().forEach(m -> names.add(variable(kebab(m.group(1)))));
                    mappings.put(mapping.group(1), names);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String kebab(String method) {
        return method.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** The modules that run as planmon services, in the order of the manifests. */
    static List<String> modules() {
        return List.of("indicator-service", "task-service", "notification-service", "gateway");
    }
}
