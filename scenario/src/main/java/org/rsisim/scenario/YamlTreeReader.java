package org.rsisim.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads YAML text into a {@link Node} tree that remembers where every key and value was written.
 *
 * <p>Safe by construction: the text is read as a stream of tokens by Jackson's YAML parser and only scalars, lists
 * and maps are built; no type named in the file is instantiated and no code is run. YAML tags ({@code !!java...})
 * and aliases ({@code *name}) are refused, as are duplicate keys, keys that are not text and more than one document.
 * Thread-safe: each call uses its own parser.
 */
public final class YamlTreeReader {
    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

    private YamlTreeReader() {
    }

    /**
     * Parses a YAML document.
     *
     * @param file the name to use in locations
     * @param text the document
     * @return its root node; an empty document gives an empty map
     * @throws ScenarioException for malformed YAML, a tag, an alias, a duplicate key or a second document
     */
    public static Node read(String file, String text) {
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return new Node.Mapping(Location.startOf(file), Map.of(), Map.of());
            }
            Node root = readValue(file, p, t);
            JsonToken extra = p.nextToken();
            if (extra != null) {
                throw new ScenarioException(at(file, p.currentTokenLocation()),
                        "a scenario file holds one YAML document; found another after the first");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            Location where = l == null ? Location.startOf(file) : at(file, l);
            throw new ScenarioException(where, "malformed YAML: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ScenarioException(Location.startOf(file), "cannot read YAML: " + e.getMessage(), e);
        }
    }

    private static Node readValue(String file, JsonParser p, JsonToken t) throws IOException {
        Location where = at(file, p.currentTokenLocation());
        if (p instanceof YAMLParser y) {
            if (y.isCurrentAlias()) {
                throw new ScenarioException(where, "YAML aliases (*name) are not allowed in scenario files; "
                        + "write the value, or use 'extends' to reuse another file");
            }
            String tag = y.getTypeId();
            if (tag != null) {
                throw new ScenarioException(where, "YAML tags such as '!" + tag + "' are not allowed in scenario "
                        + "files; write plain numbers, text, lists and maps");
            }
        }
        switch (t) {
            case START_OBJECT: {
                Map<String, Node.Key> keys = new LinkedHashMap<>();
                Map<String, Node> values = new LinkedHashMap<>();
                JsonToken k;
                while ((k = p.nextToken()) == JsonToken.FIELD_NAME) {
                    Location keyAt = at(file, p.currentTokenLocation());
                    String name = p.currentName();
                    if (keys.containsKey(name)) {
                        throw new ScenarioException(keyAt, "duplicate key '" + name + "' (first written at "
                                + keys.get(name).location() + ")");
                    }
                    keys.put(name, new Node.Key(keyAt, name));
                    values.put(name, readValue(file, p, p.nextToken()));
                }
                return new Node.Mapping(where, keys, values);
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                JsonToken i;
                while ((i = p.nextToken()) != JsonToken.END_ARRAY) {
                    items.add(readValue(file, p, i));
                }
                return new Node.Sequence(where, items);
            }
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new Node.Scalar(where, p.getText(), Node.ScalarKind.NUMBER);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new Node.Scalar(where, p.getText(), Node.ScalarKind.BOOLEAN);
            case VALUE_NULL:
                return new Node.Scalar(where, "", Node.ScalarKind.NULL);
            case VALUE_STRING:
                return new Node.Scalar(where, p.getText(), Node.ScalarKind.TEXT);
            default:
                throw new ScenarioException(where, "unexpected YAML content " + t);
        }
    }

    private static Location at(String file, JsonLocation l) {
        return new Location(file, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
    }
}
