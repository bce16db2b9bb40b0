package io.planmon.gateway.openapi;

import io.planmon.gateway.routing.Upstream;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Puts the gateway's own document and the services' documents together into the one public document: the paths the
 * gateway routes to each service, their components (renamed where they clash, see {@link ComponentNames}) and tags,
 * under the gateway's one bearer scheme and the gateway as the one server. Services without a document are named in
 * {@code info.description} and in {@code x-planmon-missing-services}.
 */
final class OpenApiMerger {
    static final String BEARER = "bearerAuth";
    static final String MISSING_EXTENSION = "x-planmon-missing-services";

    private static final Logger LOG = Logger.getLogger(OpenApiMerger.class);
    private static final Set<String> OPERATIONS =
            Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private OpenApiMerger() {}

    static JsonObject merge(JsonObject gateway, Map<Upstream, JsonObject> documents, String serverUrl) {
        JsonObject merged = gateway.copy();
        ComponentNames names = ComponentNames.of(gateway, documents);
        JsonObject paths = child(merged, "paths");
        JsonObject components = child(merged, "components");
        JsonArray tags = merged.getJsonArray("tags", new JsonArray());
        merged.put("tags", tags);
        Set<String> tagNames = new HashSet<>();
        tags.forEach(tag -> tagNames.add(((JsonObject) tag).getString("name")));
        for (Upstream upstream : Upstream.values()) {
            JsonObject document = documents.get(upstream);
            if (document != null) {
                add(upstream, names.apply(upstream, document), paths, components, tags, tagNames);
            }
        }
        components.put(ComponentNames.SECURITY_SCHEMES, new JsonObject().put(BEARER, bearerScheme()));
        merged.put("security", new JsonArray().add(new JsonObject().put(BEARER, new JsonArray())));
        merged.put(
                "servers",
                new JsonArray().add(new JsonObject().put("url", serverUrl).put("description", "the planmon gateway")));
        List<String> missing = Stream.of(Upstream.values())
                .filter(upstream -> !documents.containsKey(upstream))
                .map(Upstream::service)
                .toList();
        describeMissing(merged, missing);
        return merged;
    }

    private static void add(
            Upstream upstream,
            JsonObject document,
            JsonObject paths,
            JsonObject components,
            JsonArray tags,
            Set<String> tagNames) {
        if (document.getValue("paths") instanceof JsonObject servicePaths) {
            servicePaths.forEach(entry -> {
                String path = entry.getKey();
                if (!upstream.owns(path)) {
                    // Not reachable through the gateway, so not public; an API path here means the routes lag behind.
                    if (path.startsWith("/api/")) {
                        LOG.warnf("%s documents %s, which the gateway does not route to it", upstream.service(), path);
                    }
                } else if (entry.getValue() instanceof JsonObject item && !paths.containsKey(path)) {
                    paths.put(path, withoutOwnSecurity(item));
                }
            });
        }
        if (document.getValue("components") instanceof JsonObject serviceComponents) {
            serviceComponents.forEach(section -> {
                if (!section.getKey().equals(ComponentNames.SECURITY_SCHEMES)
                        && section.getValue() instanceof JsonObject byName) {
                    child(components, section.getKey()).getMap().putAll(byName.getMap());
                }
            });
        }
        if (document.getValue("tags") instanceof JsonArray serviceTags) {
            serviceTags.stream()
                    .filter(tag -> tag instanceof JsonObject t && t.getString("name") != null)
                    .filter(tag -> tagNames.add(((JsonObject) tag).getString("name")))
                    .forEach(tags::add);
        }
    }

    /** A service names its own security scheme on each operation; in the merged document the global bearer applies. */
    private static JsonObject withoutOwnSecurity(JsonObject item) {
        JsonObject copy = item.copy();
        copy.forEach(entry -> {
            if (OPERATIONS.contains(entry.getKey())
                    && entry.getValue() instanceof JsonObject operation
                    && operation.getValue("security") instanceof JsonArray security
                    && !security.isEmpty()) {
                operation.remove("security");
            }
        });
        return copy;
    }

    private static void describeMissing(JsonObject merged, List<String> missing) {
        JsonObject info = child(merged, "info");
        merged.put(MISSING_EXTENSION, new JsonArray(missing));
        if (!missing.isEmpty()) {
            String description = info.getString("description", "");
            info.put(
                    "description",
                    description + "\n\nMissing for now (the service did not give its document when"
                            + " the gateway last asked; it is asked again shortly): " + String.join(", ", missing)
                            + ".");
        }
    }

    private static JsonObject bearerScheme() {
        return new JsonObject()
                .put("type", "http")
                .put("scheme", "bearer")
                .put("bearerFormat", "JWT")
                .put("description", "An access token of the Keycloak realm planmon for the audience planmon-api");
    }

    private static JsonObject child(JsonObject parent, String name) {
        if (!(parent.getValue(name) instanceof JsonObject existing)) {
            JsonObject created = new JsonObject();
            parent.put(name, created);
            return created;
        }
        return existing;
    }
}
