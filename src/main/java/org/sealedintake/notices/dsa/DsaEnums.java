package org.sealedintake.notices.dsa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The allowed values of the Transparency Database's enumerated fields, read from the copy of the
 * reference file packaged at {@value #RESOURCE} (taken from the Commission's
 * {@code transparency-database} project; see its {@code _source}). One copy, so an update of the
 * reference is one file replaced, and the validator never drifts from it.
 */
public final class DsaEnums {
    public static final String RESOURCE = "dsa/dsa-statement-of-reasons-enums.json";

    private static final DsaEnums PACKAGED = load();

    private final Map<String, Set<String>> values;

    private DsaEnums(Map<String, Set<String>> values) {
        this.values = values;
    }

    /** The packaged enums (immutable, shared). */
    public static DsaEnums packaged() {
        return PACKAGED;
    }

    /** The allowed values of {@code field} ({@code category_addition} has those of {@code category}). */
    public Set<String> of(String field) {
        Set<String> v = values.get(field);
        if (v == null) {
            throw new IllegalArgumentException("no enum for field " + field);
        }
        return v;
    }

    public boolean allows(String field, String value) {
        return value != null && of(field).contains(value);
    }

    private static DsaEnums load() {
        try (InputStream in = DsaEnums.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, Set<String>> out = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                Set<String> keys = new LinkedHashSet<>();
                if (e.getValue().isObject()) {
                    e.getValue().fieldNames().forEachRemaining(keys::add);
                } else if (e.getValue().isArray()) {
                    e.getValue().forEach(v -> keys.add(v.asText()));
                } else {
                    continue; // "_source", and the textual alias of category_addition
                }
                out.put(e.getKey(), Collections.unmodifiableSet(keys));
            }
            out.put("category_addition", out.get("category"));
            if (out.get("category") == null || out.get("territorial_scope") == null) {
                throw new IllegalStateException(RESOURCE + " lacks category or territorial_scope");
            }
            return new DsaEnums(Collections.unmodifiableMap(out));
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + " cannot be read", e);
        }
    }
}
