package org.rsisim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Checks a JSON document against the subset of JSON Schema that docs/result.schema.json uses: type, required,
 * properties, additionalProperties, items, $ref to $defs, const, minimum, maximum, pattern, minItems, maxItems.
 */
final class SchemaCheck {
    private final JsonNode root;
    private final List<String> problems = new ArrayList<>();

    private SchemaCheck(JsonNode root) {
        this.root = root;
    }

    static List<String> check(JsonNode schema, JsonNode doc) {
        SchemaCheck c = new SchemaCheck(schema);
        c.visit(schema, doc, "$");
        return c.problems;
    }

    private void visit(JsonNode schema, JsonNode doc, String path) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            JsonNode target = root.at(ref.substring(1));
            if (target.isMissingNode()) {
                problems.add(path + ": unresolved " + ref);
                return;
            }
            visit(target, doc, path);
            return;
        }
        if (schema.has("type") && !typeMatches(schema.get("type"), doc)) {
            problems.add(path + ": expected " + schema.get("type") + ", got " + doc.getNodeType());
            return;
        }
        if (schema.has("const") && !schema.get("const").equals(doc)) {
            problems.add(path + ": expected " + schema.get("const"));
        }
        if (doc.isNumber()) {
            if (schema.has("minimum") && doc.asDouble() < schema.get("minimum").asDouble()) {
                problems.add(path + ": " + doc + " below minimum");
            }
            if (schema.has("maximum") && doc.asDouble() > schema.get("maximum").asDouble()) {
                problems.add(path + ": " + doc + " above maximum");
            }
        }
        if (doc.isTextual() && schema.has("pattern") && !doc.asText().matches(schema.get("pattern").asText())) {
            problems.add(path + ": '" + doc.asText() + "' does not match " + schema.get("pattern"));
        }
        if (doc.isObject()) {
            if (schema.has("required")) {
                for (JsonNode r : schema.get("required")) {
                    if (!doc.has(r.asText())) {
                        problems.add(path + ": missing required field " + r.asText());
                    }
                }
            }
            JsonNode props = schema.get("properties");
            Iterator<Map.Entry<String, JsonNode>> it = doc.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (props != null && props.has(e.getKey())) {
                    visit(props.get(e.getKey()), e.getValue(), path + "." + e.getKey());
                } else if (schema.has("additionalProperties") && schema.get("additionalProperties").isObject()) {
                    visit(schema.get("additionalProperties"), e.getValue(), path + "." + e.getKey());
                }
            }
        }
        if (doc.isArray()) {
            if (schema.has("minItems") && doc.size() < schema.get("minItems").asInt()) {
                problems.add(path + ": fewer than " + schema.get("minItems") + " items");
            }
            if (schema.has("maxItems") && doc.size() > schema.get("maxItems").asInt()) {
                problems.add(path + ": more than " + schema.get("maxItems") + " items");
            }
            if (schema.has("items")) {
                for (int i = 0; i < doc.size(); i++) {
                    visit(schema.get("items"), doc.get(i), path + "[" + i + "]");
                }
            }
        }
    }

    private static boolean typeMatches(JsonNode type, JsonNode doc) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeMatches(t, doc)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "object" -> doc.isObject();
            case "array" -> doc.isArray();
            case "string" -> doc.isTextual();
            case "integer" -> doc.isIntegralNumber();
            case "number" -> doc.isNumber();
            case "boolean" -> doc.isBoolean();
            case "null" -> doc.isNull();
            default -> false;
        };
    }
}
