package io.planmon.gateway.openapi;

import io.planmon.gateway.routing.Upstream;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Decides the name of every component in the merged document. Where the sources define a name alike (the services
 * share their problem detail), it stays one component; where they define it differently (each service has its own
 * {@code Status}), the gateway keeps the name and each service's definition is renamed {@code <Service>_<name>}, e.g.
 * {@code TaskService_Status}, with every reference to it.
 */
final class ComponentNames {
    /** Components that the merged document defines once for all: the gateway's bearer scheme. */
    static final String SECURITY_SCHEMES = "securitySchemes";

    private static final String REF_PREFIX = "#/components/";

    /** One source's definition of a name; the gateway's has no upstream. */
    private record Definition(Upstream source, Object value) {}

    private final Map<Upstream, Map<String, String>> renamedRefs = new HashMap<>();

    private ComponentNames() {}

    static ComponentNames of(JsonObject gateway, Map<Upstream, JsonObject> documents) {
        // section -> name -> the definitions of it, gateway first; a null source is the gateway
        Map<String, Map<String, List<Definition>>> definitions = new LinkedHashMap<>();
        collect(definitions, null, gateway);
        documents.forEach((upstream, document) -> collect(definitions, upstream, document));
        ComponentNames names = new ComponentNames();
        definitions.forEach((section, byName) -> byName.forEach((name, defined) -> {
            if (defined.stream().map(Definition::value).distinct().count() > 1) {
                defined.stream()
                        .map(Definition::source)
                        .filter(Objects::nonNull)
                        .forEach(upstream -> names.renamedRefs
                                .computeIfAbsent(upstream, u -> new HashMap<>())
                                .put(ref(section, name), ref(section, prefix(upstream) + "_" + name)));
            }
        }));
        return names;
    }

    /** A service's document with its renamed components and every reference to them changed accordingly. */
    JsonObject apply(Upstream upstream, JsonObject document) {
        Map<String, String> renames = renamedRefs.getOrDefault(upstream, Map.of());
        if (renames.isEmpty()) {
            return document;
        }
        JsonObject renamed = RefRewriter.rewrite(document, renames);
        JsonObject components = renamed.getJsonObject("components");
        for (String section : components.fieldNames()) {
            if (components.getValue(section) instanceof JsonObject byName) {
                JsonObject rewritten = new JsonObject();
                byName.forEach(entry -> rewritten.put(
                        nameOf(renames.getOrDefault(ref(section, entry.getKey()), ref(section, entry.getKey()))),
                        entry.getValue()));
                components.put(section, rewritten);
            }
        }
        return renamed;
    }

    /** {@code IndicatorService} for {@code indicator-service}. */
    static String prefix(Upstream upstream) {
        StringBuilder prefix = new StringBuilder();
        for (String word : upstream.service().split("-")) {
            prefix.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
        }
        return prefix.toString();
    }

    private static void collect(
            Map<String, Map<String, List<Definition>>> definitions, Upstream source, JsonObject document) {
        if (!(document.getValue("components") instanceof JsonObject components)) {
            return;
        }
        for (String section : components.fieldNames()) {
            if (!section.equals(SECURITY_SCHEMES) && components.getValue(section) instanceof JsonObject byName) {
                byName.forEach(entry -> definitions
                        .computeIfAbsent(section, s -> new LinkedHashMap<>())
                        .computeIfAbsent(entry.getKey(), n -> new ArrayList<>())
                        .add(new Definition(source, entry.getValue())));
            }
        }
    }

    private static String ref(String section, String name) {
        return REF_PREFIX + section + "/" + name;
    }

    private static String nameOf(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }
}
