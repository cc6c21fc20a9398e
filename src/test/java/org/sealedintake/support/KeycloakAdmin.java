package org.sealedintake.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;

/**
 * Creates and deletes platform users in the real Keycloak through its admin API, with the dev-only
 * bootstrap admin that scripts/keycloak.sh sets (DEV/TEST ONLY credentials). Passwords follow the realm
 * file's rule, {@code <username>-dev-pw}, so {@link Tokens#of} signs them in.
 */
public final class KeycloakAdmin {
    private static final String ADMIN_PASSWORD = System.getenv().getOrDefault("KC_BOOTSTRAP_ADMIN_PASSWORD",
            "dev-only-admin-pw");

    private KeycloakAdmin() {
    }

    /** A new enabled user with role {@code user}; returns its Keycloak id (the token's {@code sub}). */
    public static String createUser(String username) {
        return createUser(username, "Test", "User");
    }

    /** As {@link #createUser(String)}, with the given first and last name (the token's {@code name} claim). */
    public static String createUser(String username, String firstName, String lastName) {
        String admin = adminToken();
        given().baseUri(Tokens.KEYCLOAK).auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("username", username, "enabled", true, "emailVerified", true,
                        "firstName", firstName, "lastName", lastName, "email", username + "@example.test",
                        "credentials", List.of(Map.of("type", "password", "value", username + "-dev-pw",
                                "temporary", false))))
                .post("/admin/realms/" + Tokens.REALM + "/users").then().statusCode(201);
        String id = given().baseUri(Tokens.KEYCLOAK).auth().oauth2(admin)
                .queryParam("username", username).queryParam("exact", true)
                .get("/admin/realms/" + Tokens.REALM + "/users").then().statusCode(200)
                .extract().jsonPath().getString("[0].id");
        Map<String, Object> role = given().baseUri(Tokens.KEYCLOAK).auth().oauth2(admin)
                .get("/admin/realms/" + Tokens.REALM + "/roles/user").then().statusCode(200)
                .extract().jsonPath().getMap("");
        given().baseUri(Tokens.KEYCLOAK).auth().oauth2(admin).contentType(ContentType.JSON)
                .body(List.of(Map.of("id", role.get("id"), "name", "user")))
                .post("/admin/realms/" + Tokens.REALM + "/users/" + id + "/role-mappings/realm").then().statusCode(204);
        return id;
    }

    /**
     * A new enabled user with the given realm roles and user attributes (e.g. {@code platform_account_id},
     * which the {@code app} client maps into access tokens); returns its Keycloak id.
     */
    public static String createUser(String username, List<String> realmRoles, Map<String, String> attributes) {
        String admin = adminToken();
        Map<String, List<String>> attrs = new java.util.LinkedHashMap<>();
        attributes.forEach((k, v) -> attrs.put(k, List.of(v)));
        given().baseUri(Tokens.KEYCLOAK).auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("username", username, "enabled", true, "emailVerified", true,
                        "firstName", "Test", "lastName", "Staff", "email", username + "@example.test",
                        "attributes", attrs,
                        "credentials", List.of(Map.of("type", "password", "value", username + "-dev-pw",
                                "temporary", false))))
                .post("/admin/realms/" + Tokens.REALM + "/users").then().statusCode(201);
        String id = given().baseUri(Tokens.KEYCLOAK).auth().oauth2(admin)
                .queryParam("username", username).queryParam("exact", true)
                .get("/admin/realms/" + Tokens.REALM + "/users").then().statusCode(200)
                .extract().jsonPath().getString("[0].id");
        List<Map<String, Object>> roles = new java.util.ArrayList<>();
        for (String name : realmRoles) {
            Map<String, Object> role = given().baseUri(Tokens.KEYCLOAK).auth().oauth2(admin)
                    .get("/admin/realms/" + Tokens.REALM + "/roles/" + name).then().statusCode(200)
                    .extract().jsonPath().getMap("");
            roles.add(Map.of("id", role.get("id"), "name", name));
        }
        given().baseUri(Tokens.KEYCLOAK).auth().oauth2(admin).contentType(ContentType.JSON).body(roles)
                .post("/admin/realms/" + Tokens.REALM + "/users/" + id + "/role-mappings/realm").then().statusCode(204);
        return id;
    }

    public static void deleteUser(String id) {
        given().baseUri(Tokens.KEYCLOAK).auth().oauth2(adminToken())
                .delete("/admin/realms/" + Tokens.REALM + "/users/" + id).then().statusCode(204);
    }

    private static String adminToken() {
        return given().baseUri(Tokens.KEYCLOAK).formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", ADMIN_PASSWORD)
                .post("/realms/master/protocol/openid-connect/token").then().statusCode(200)
                .extract().path("access_token");
    }
}
