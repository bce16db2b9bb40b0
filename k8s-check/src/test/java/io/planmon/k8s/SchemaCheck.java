package io.planmon.k8s;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One value against a structural OpenAPI v3 schema as Kubernetes uses them in CRDs. {@code structural} is false inside
 * {@code anyOf}/{@code oneOf} branches, which only constrain values (required fields, enums) and never declare fields.
 */
final class SchemaCheck {
    private final List<String> problems;

    SchemaCheck(List<String> problems) {
        this.problems = problems;
    }

    void check(String path, Object value, Map<String, Object> schema, boolean structural) {
        if (value == null) {
            if (!Boolean.TRUE.equals(schema.get("nullable"))) {
                problems.add(path + " is null");
            }
            return;
        }
        if (Boolean.TRUE.equals(schema.get("x-kubernetes-int-or-string"))) {
            expect(
                    path,
                    value,
                    value instanceof Integer || value instanceof Long || value instanceof String,
                    "int or string");
        } else if (schema.get("type") != null && !typed(path, value, (String) schema.get("type"))) {
            return;
        }
        if (value instanceof Map) {
            object(path, Tree.map(value), schema, structural);
        } else if (value instanceof List && schema.get("items") != null) {
            List<Object> items = Tree.list(value);
            for (int i = 0; i < items.size(); i++) {
                check(path + "/" + i, items.get(i), Tree.map(schema.get("items")), structural);
            }
            bound(path + " items", items.size(), schema.get("minItems"), null);
        } else {
            scalar(path, value, schema);
        }
        branches(path, value, schema);
    }

    private void object(String path, Map<String, Object> value, Map<String, Object> schema, boolean structural) {
        Map<String, Object> properties =
                schema.get("properties") == null ? Map.of() : Tree.map(schema.get("properties"));
        Object additional = schema.get("additionalProperties");
        boolean preserve = Boolean.TRUE.equals(schema.get("x-kubernetes-preserve-unknown-fields"));
        for (Map.Entry<String, Object> field : value.entrySet()) {
            String at = path + "/" + field.getKey();
            if (properties.containsKey(field.getKey())) {
                check(at, field.getValue(), Tree.map(properties.get(field.getKey())), structural);
            } else if (additional instanceof Map) {
                check(at, field.getValue(), Tree.map(additional), structural);
            } else if (structural && !preserve && !Boolean.TRUE.equals(additional)) {
                problems.add(at + " is not a field of the schema");
            }
        }
        for (Object required : Tree.list(schema.get("required"))) {
            if (!value.containsKey(required)) {
                problems.add(path + "/" + required + " is required");
            }
        }
    }

    private void scalar(String path, Object value, Map<String, Object> schema) {
        List<Object> allowed = Tree.list(schema.get("enum"));
        if (!allowed.isEmpty() && allowed.stream().noneMatch(a -> a.toString().equals(value.toString()))) {
            problems.add(path + " is " + value + ", not one of " + allowed);
        }
        if (value instanceof String text) {
            Object pattern = schema.get("pattern");
            if (pattern != null
                    && !Pattern.compile((String) pattern).matcher(text).find()) {
                problems.add(path + " '" + text + "' does not match " + pattern);
            }
            bound(path + " length", text.length(), schema.get("minLength"), schema.get("maxLength"));
        } else if (value instanceof Number number) {
            bound(path, new BigDecimal(number.toString()).doubleValue(), schema.get("minimum"), schema.get("maximum"));
        }
    }

    private void branches(String path, Object value, Map<String, Object> schema) {
        for (String combinator : List.of("anyOf", "oneOf")) {
            List<Object> branches = Tree.list(schema.get(combinator));
            if (branches.isEmpty()) {
                continue;
            }
            long matching = branches.stream()
                    .filter(branch -> {
                        List<String> found = new ArrayList<>();
                        new SchemaCheck(found).check(path, value, Tree.map(branch), false);
                        return found.isEmpty();
                    })
                    .count();
            if (matching == 0 || (combinator.equals("oneOf") && matching > 1)) {
                problems.add(path + " matches " + matching + " of the " + combinator + " alternatives " + branches);
            }
        }
    }

    private boolean typed(String path, Object value, String type) {
        boolean ok =
                switch (type) {
                    case "object" -> value instanceof Map;
                    case "array" -> value instanceof List;
                    case "string" -> value instanceof String;
                    case "integer" -> value instanceof Integer || value instanceof Long;
                    case "number" -> value instanceof Number;
                    case "boolean" -> value instanceof Boolean;
                    default -> throw new IllegalStateException("schema type " + type + " at " + path);
                };
        return expect(path, value, ok, type);
    }

    private boolean expect(String path, Object value, boolean ok, String type) {
        if (!ok) {
            problems.add(path + " is " + value + " (" + value.getClass().getSimpleName() + "), expected " + type);
        }
        return ok;
    }

    private void bound(String what, double value, Object minimum, Object maximum) {
        if (minimum != null && value < ((Number) minimum).doubleValue()) {
            problems.add(what + " " + value + " is below the minimum " + minimum);
        }
        if (maximum != null && value > ((Number) maximum).doubleValue()) {
            problems.add(what + " " + value + " is above the maximum " + maximum);
        }
    }
}
