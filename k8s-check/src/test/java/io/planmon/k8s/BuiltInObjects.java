package io.planmon.k8s;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.kubernetes.client.openapi.JSON;
import io.kubernetes.client.util.ModelMapper;
import io.kubernetes.client.util.generic.dynamic.DynamicKubernetesObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a Kubernetes object strictly with the official Java client's model of its API version and kind. The models
 * refuse unknown fields and missing required ones; a removed or misspelt API version has no model at all. The client
 * is lenient where the API server is not (it turns the string "1" into the number 1, a number into a string), so the
 * model is written back and compared with what was read: any field changed, dropped or retyped on the way is reported.
 */
final class BuiltInObjects {
    private static final Gson PLAIN = new Gson();

    private BuiltInObjects() {}

    /** Whether the client has a model for this API version and kind. */
    static boolean knows(String apiVersion, String kind) {
        Class<?> type = ModelMapper.getApiTypeClass(apiVersion, kind);
        return type != null && type != DynamicKubernetesObject.class;
    }

    /** The object as its model; throws {@link IllegalArgumentException} naming the object and what is wrong. */
    static Object read(Map<String, Object> object) {
        String apiVersion = String.valueOf(object.get("apiVersion"));
        String kind = String.valueOf(object.get("kind"));
        String name = apiVersion + " " + kind + " " + Tree.string(object, "metadata", "name");
        if (!knows(apiVersion, kind)) {
            throw new IllegalArgumentException(name + ": no such API in Kubernetes 1.34 (removed, misspelt, or a custom"
                    + " resource without a CRD schema here)");
        }
        return read(name, object, ModelMapper.getApiTypeClass(apiVersion, kind));
    }

    /** Part of an object (e.g. a custom resource's metadata) as the given model. */
    static <T> T read(String name, Map<String, Object> part, Class<T> model) {
        JsonElement input = PLAIN.toJsonTree(part);
        T read;
        try {
            read = JSON.getGson().fromJson(input, model);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
        List<String> changes = new ArrayList<>();
        compare("", input, JSON.getGson().toJsonTree(read), changes);
        if (!changes.isEmpty()) {
            throw new IllegalArgumentException(name + ": not read as written, " + String.join("; ", changes));
        }
        return read;
    }

    private static void compare(String path, JsonElement written, JsonElement read, List<String> changes) {
        if (written.isJsonObject() && read.isJsonObject()) {
            JsonObject before = written.getAsJsonObject();
            JsonObject after = read.getAsJsonObject();
            for (String key : before.keySet()) {
                if (!after.has(key)) {
                    changes.add(path + "/" + key + " dropped");
                } else {
                    compare(path + "/" + key, before.get(key), after.get(key), changes);
                }
            }
            // The models start every list and map empty; only an added value is a change.
            after.keySet().stream()
                    .filter(key -> !before.has(key) && !empty(after.get(key)))
                    .forEach(key -> changes.add(path + "/" + key + " added"));
        } else if (written.isJsonArray()
                && read.isJsonArray()
                && written.getAsJsonArray().size() == read.getAsJsonArray().size()) {
            for (int i = 0; i < written.getAsJsonArray().size(); i++) {
                compare(
                        path + "/" + i,
                        written.getAsJsonArray().get(i),
                        read.getAsJsonArray().get(i),
                        changes);
            }
        } else if (!samePrimitive(written, read)) {
            changes.add(path + " written as " + written + ", read as " + read);
        }
    }

    private static boolean empty(JsonElement element) {
        return element.isJsonNull()
                || (element.isJsonArray() && element.getAsJsonArray().isEmpty())
                || (element.isJsonObject() && element.getAsJsonObject().isEmpty());
    }

    private static boolean samePrimitive(JsonElement written, JsonElement read) {
        if (!written.isJsonPrimitive() || !read.isJsonPrimitive()) {
            return written.equals(read);
        }
        JsonPrimitive a = written.getAsJsonPrimitive();
        JsonPrimitive b = read.getAsJsonPrimitive();
        if (a.isNumber() && b.isNumber()) {
            return new BigDecimal(a.getAsString()).compareTo(new BigDecimal(b.getAsString())) == 0;
        }
        return a.isString() == b.isString()
                && a.isBoolean() == b.isBoolean()
                && a.getAsString().equals(b.getAsString());
    }
}
