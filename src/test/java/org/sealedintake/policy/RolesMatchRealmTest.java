package org.sealedintake.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.sealedintake.common.Roles;

/** The realm file, {@code common/Roles} and the role policy name the same roles. */
class RolesMatchRealmTest {
    private static final Path PROJECT = Path.of(System.getProperty("sealedtest.project.dir", "."));

    @Test
    void realmRolesRolesConstantsAndPolicyRolesAgree() throws Exception {
        Set<String> realm = new TreeSet<>();
        JsonNode file = new ObjectMapper().readTree(PROJECT.resolve("keycloak/sealed-intake-realm.json").toFile());
        file.path("roles").path("realm").forEach(r -> realm.add(r.path("name").asText()));

        Set<String> constants = new TreeSet<>();
        for (Field f : Roles.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                constants.add((String) f.get(null));
            }
        }
        assertEquals(realm, constants, "every realm role has a constant in Roles, and no constant is missing from the realm");

        RoleViewPolicy policy;
        try (InputStream in = Files.newInputStream(PROJECT.resolve("policies").resolve(RoleViewPolicies.FILE))) {
            policy = RoleViewPolicy.parse(in, RoleViewPolicies.FILE);
        }
        assertTrue(realm.containsAll(policy.roles().values()), "policy roles map to realm roles: " + policy.roles());
        assertTrue(policy.roles().values().containsAll(realm), "every realm role has a column in the role policy");
    }
}
