package org.sealedintake.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The DSA transparency database's enumerations a decision is checked against
 * ({@code reference/dsa-statement-of-reasons-enums.json}, copied from the shared reference): statement
 * categories and the countries of a territorial scope (the EEA).
 */
@Startup
@Singleton
class StatementCategories {
    static final String RESOURCE = "reference/dsa-statement-of-reasons-enums.json";
    private final Set<String> categories;
    private final Set<String> territories;

    StatementCategories() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            Set<String> cats = new TreeSet<>();
            for (Iterator<String> it = root.path("category").fieldNames(); it.hasNext();) {
                cats.add(it.next());
            }
            Set<String> countries = new TreeSet<>();
            root.path("territorial_scope").forEach(n -> countries.add(n.asText()));
            if (cats.isEmpty() || countries.isEmpty()) {
                throw new IllegalStateException(RESOURCE + " has no categories or no territorial scope");
            }
            this.categories = Set.copyOf(cats);
            this.territories = Set.copyOf(countries);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + " cannot be read", e);
        }
    }

    boolean isCategory(String key) {
        return categories.contains(key);
    }

    boolean isTerritory(List<String> codes) {
        return territories.containsAll(codes);
    }
}
