package io.planmon.gateway.routing;

import io.planmon.gateway.config.RoutesConfig;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The services behind the gateway and the API collections that each one owns. */
public enum Upstream {
    INDICATORS(
            "indicator-service",
            List.of("indicators", "observations", "imports", "submissions", "departments", "reporting")),
    TASKS("task-service", List.of("articles", "tasks")),
    NOTIFICATIONS(
            "notification-service", List.of("activity", "alerts", "rules", "silences", "receivers", "deliveries"));

    private final String service;
    private final List<String> collections;
    private final Pattern paths;

    Upstream(String service, List<String> collections) {
        this.service = service;
        this.collections = collections;
        this.paths = Pattern.compile(pathRegex());
    }

    /** The name used in configuration keys and metric tags. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The service's name as callers read it in problem details. */
    public String service() {
        return service;
    }

    /**
     * A collection and everything below it, but not a longer name that merely starts with it: {@code /api/v1/tasksX} is
     * no task path.
     */
    public String pathRegex() {
        return "/api/v1/(?:" + String.join("|", collections) + ")(?:/.*)?";
    }

    /** Whether the gateway routes this path (or OpenAPI path template) to this service. */
    public boolean owns(String path) {
        return paths.matcher(path).matches();
    }

    public RoutesConfig.Route settings(RoutesConfig config) {
        return switch (this) {
            case INDICATORS -> config.indicators();
            case TASKS -> config.tasks();
            case NOTIFICATIONS -> config.notifications();
        };
    }
}
