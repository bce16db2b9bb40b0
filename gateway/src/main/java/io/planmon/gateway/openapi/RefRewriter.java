package io.planmon.gateway.openapi;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;

/** Changes {@code $ref}s throughout a document, in a copy: whole references and pointers into the renamed component. */
final class RefRewriter {
    private static final String REF = "$ref";

    private RefRewriter() {}

    static JsonObject rewrite(JsonObject document, Map<String, String> renames) {
        return (JsonObject) walk(document.copy(), renames);
    }

    private static Object walk(Object node, Map<String, String> renames) {
        if (node instanceof JsonObject object) {
            for (String field : object.fieldNames()) {
                Object value = object.getValue(field);
                if (field.equals(REF) && value instanceof String ref) {
                    object.put(REF, renamed(ref, renames));
                } else {
                    walk(value, renames);
                }
            }
        } else if (node instanceof JsonArray array) {
            array.forEach(item -> walk(item, renames));
        }
        return node;
    }

    private static String renamed(String ref, Map<String, String> renames) {
        String whole = renames.get(ref);
        if (whole != null) {
            return whole;
        }
        // A pointer below a component, e.g. #/components/schemas/Status/properties/code.
        for (Map.Entry<String, String> rename : renames.entrySet()) {
            if (ref.startsWith(rename.getKey() + "/")) {
                return rename.getValue() + ref.substring(rename.getKey().length());
            }
        }
        return ref;
    }
}
