package io.planmon.devstack;

import java.util.Map;
import java.util.Optional;

/** How the services reach their PostgreSQL database. */
public record Database(String jdbcUrl, String username, String password) {

    /** The variable that points the stack at an existing PostgreSQL instead of starting the embedded one. */
    public static final String URL_VARIABLE = "PLANMON_DB_URL";

    /**
     * The external database named by {@code PLANMON_DB_URL} ({@code jdbc:postgresql://…}) with {@code PLANMON_DB_USER}
     * and {@code PLANMON_DB_PASSWORD}, or empty when the variable is not set.
     */
    public static Optional<Database> fromEnvironment(Map<String, String> environment) {
        String url = environment.get(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new StackException(URL_VARIABLE + " must be a jdbc:postgresql:// URL, got " + url);
        }
        return Optional.of(new Database(
                url,
                environment.getOrDefault("PLANMON_DB_USER", "postgres"),
                environment.getOrDefault("PLANMON_DB_PASSWORD", "postgres")));
    }
}
