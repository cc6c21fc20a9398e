package org.sealedintake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The deployment split that keeps the private sealing keyset out of the API pods (T3, T19). */
class K8sManifestTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static JsonNode container(String file) throws IOException {
        return YAML.readTree(Path.of("k8s", file).toFile()).at("/spec/template/spec/containers/0");
    }

    private static Map<String, JsonNode> env(JsonNode container) {
        Map<String, JsonNode> m = new HashMap<>();
        container.get("env").forEach(e -> m.put(e.get("name").asText(), e));
        return m;
    }

    @Test
    void apiPodsRunInApiModeWithoutTheExecutorKek() throws IOException {
        JsonNode api = container("api-deployment.yaml");
        Map<String, JsonNode> env = env(api);
        assertEquals("api", env.get("SEALED_MODE").get("value").asText());
        assertFalse(env.containsKey("SEALED_EXECUTOR_KEK_URI"), "API pods must not know the executor KEK");
        JsonNode volumes = YAML.readTree(Path.of("k8s", "api-deployment.yaml").toFile()).at("/spec/template/spec/volumes");
        volumes.forEach(v -> assertFalse(v.toString().contains("executor"), "API pods must not mount executor keysets"));
    }

    @Test
    void executorPodsAloneGetTheExecutorKek() throws IOException {
        Map<String, JsonNode> env = env(container("executor-deployment.yaml"));
        assertEquals("executor", env.get("SEALED_MODE").get("value").asText());
        assertTrue(env.containsKey("SEALED_EXECUTOR_KEK_URI"));
    }
}
