package org.sealedintake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The deployment split that keeps the private sealing keyset out of the API pods (T3, T19), the
 * owner's secret out of every Deployment (T25), probes on a reachable management port and the
 * checkpoints on their way out of the database (T5).
 */
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

    /** Every document of every manifest in k8s/. */
    private static List<JsonNode> documents() throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("k8s"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(f.toFile())) {
                    while (it.hasNext()) {
                        JsonNode d = it.next();
                        if (d != null && !d.isNull() && !d.isMissingNode()) {
                            out.add(d);
                        }
                    }
                }
            }
        }
        return out;
    }

    private static List<JsonNode> ofKind(String kind) throws IOException {
        return documents().stream().filter(d -> kind.equals(d.path("kind").asText())).toList();
    }

    @Test
    void noDeploymentSeesTheDatabaseOwnersSecret() throws IOException {
        List<JsonNode> deployments = ofKind("Deployment");
        assertEquals(2, deployments.size());
        for (JsonNode d : deployments) {
            String pod = d.at("/spec/template").toString();
            assertFalse(pod.contains("sealed-db-owner"), d.at("/metadata/name") + " must not reference the owner secret (T25)");
            assertFalse(pod.contains("DB_OWNER"), d.at("/metadata/name") + " must not get owner credentials");
            assertFalse(pod.contains("QUARKUS_FLYWAY_MIGRATE_AT_START"), "Deployments never migrate");
        }
    }

    @Test
    void migrationsRunAsAJobThatAloneHoldsTheOwnerSecret() throws IOException {
        List<JsonNode> jobs = ofKind("Job");
        assertEquals(1, jobs.size());
        Map<String, JsonNode> env = env(jobs.get(0).at("/spec/template/spec/containers/0"));
        assertEquals("sealed-db-owner", env.get("DB_OWNER_PASSWORD").at("/valueFrom/secretKeyRef/name").asText());
        assertEquals("true", env.get("QUARKUS_INIT_AND_EXIT").get("value").asText());
        assertEquals("true", env.get("QUARKUS_FLYWAY_MIGRATE_AT_START").get("value").asText());
        for (JsonNode d : documents()) {
            if (d.toString().contains("sealed-db-owner")) {
                assertTrue(List.of("Job", "Cluster").contains(d.path("kind").asText()),
                        d.path("kind").asText() + " " + d.at("/metadata/name") + " references the owner secret");
            }
        }
    }

    @Test
    void probesReachTheManagementPortWhichListensBeyondLoopbackInProd() throws IOException {
        for (JsonNode d : ofKind("Deployment")) {
            JsonNode c = d.at("/spec/template/spec/containers/0");
            boolean declared = false;
            for (JsonNode p : c.get("ports")) {
                declared |= "management".equals(p.get("name").asText()) && p.get("containerPort").asInt() == 9000;
            }
            assertTrue(declared, d.at("/metadata/name") + " declares the management port");
            assertEquals("management", c.at("/readinessProbe/httpGet/port").asText());
            assertEquals("/q/health/ready", c.at("/readinessProbe/httpGet/path").asText());
            assertEquals("management", c.at("/livenessProbe/httpGet/port").asText());
            assertEquals("/q/health/live", c.at("/livenessProbe/httpGet/path").asText());
            assertFalse(c.toString().contains("MANAGEMENT_HOST"), "the prod default must do");
        }
        Properties props = new Properties();
        try (var in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            props.load(in);
        }
        String host = props.getProperty("%prod.quarkus.management.host", props.getProperty("quarkus.management.host"));
        assertFalse(host.contains("127.0.0.1") || host.contains("localhost"), "kubelet probes cannot reach loopback: " + host);
        assertEquals("9000", props.getProperty("quarkus.management.port", "9000"));
    }

    @Test
    void checkpointsGoToAnAuthenticatedWitnessFromEveryDeployment() throws IOException {
        for (JsonNode d : ofKind("Deployment")) {
            Map<String, JsonNode> env = env(d.at("/spec/template/spec/containers/0"));
            assertTrue(env.containsKey("SEALED_AUDIT_EXPORT_WITNESS_URL"), d.at("/metadata/name") + " exports checkpoints");
            assertEquals("sealed-audit-witness", env.get("SEALED_AUDIT_EXPORT_WITNESS_TOKEN").at("/valueFrom/secretKeyRef/name").asText(),
                    "the witness token comes from a secret");
            assertFalse(env.containsKey("SEALED_AUDIT_EXPORT_FILE"), "no file on a read-only root filesystem");
        }
        Properties props = new Properties();
        try (var in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            props.load(in);
        }
        assertFalse(props.containsKey("%prod.sealed.audit.export.file"), "no default export file in prod: start fails without a target");
    }

    @Test
    void executorAloneServesDecisionsAndExecutionThroughTheIngress() throws IOException {
        JsonNode ingress = ofKind("Ingress").get(0);
        String toExecutor = null;
        for (JsonNode p : ingress.at("/spec/rules/0/http/paths")) {
            if ("sealed-intake-executor".equals(p.at("/backend/service/name").asText())) {
                toExecutor = p.get("path").asText();
            }
        }
        assertEquals("/v1/unseal-requests/[^/]+/(approve|reject|execute)$", toExecutor);
        Map<String, JsonNode> api = env(container("api-deployment.yaml"));
        assertFalse(container("api-deployment.yaml").toString().contains("approval-signing"));
        assertFalse(api.containsKey("SEALED_EXECUTOR_KEK_URI"));
    }

    @Test
    void theIngressLetsThroughEveryBodyThePodsAcceptSoTheirOwn413Answers() throws IOException {
        String size = ofKind("Ingress").get(0).at("/metadata/annotations").get("nginx.ingress.kubernetes.io/proxy-body-size")
                .asText();
        assertTrue(size.matches("[0-9]+m"), "nginx size in megabytes: " + size);
        long ingressBytes = Long.parseLong(size.substring(0, size.length() - 1)) * 1024 * 1024;
        java.util.Properties app = new java.util.Properties();
        try (var in = java.nio.file.Files.newInputStream(Path.of("src", "main", "resources", "application.properties"))) {
            app.load(in);
        }
        long podBytes = Long.parseLong(app.getProperty("quarkus.http.limits.max-body-size").trim());
        assertTrue(ingressBytes > podBytes, "ingress " + ingressBytes + " bytes must exceed the pods' " + podBytes);
    }

    @Test
    void podsThatSealOrOpenGiveConscryptAWritableTmpUnderAReadOnlyRoot() throws IOException {
        for (String file : List.of("api-deployment.yaml", "executor-deployment.yaml")) {
            JsonNode pod = YAML.readTree(Path.of("k8s", file).toFile()).at("/spec/template/spec");
            JsonNode container = container(file);
            assertTrue(container.at("/securityContext/readOnlyRootFilesystem").asBoolean(), file);
            String volume = null;
            for (JsonNode m : container.get("volumeMounts")) {
                if (m.get("mountPath").asText().equals("/tmp")) {
                    volume = m.get("name").asText();
                    assertFalse(m.path("readOnly").asBoolean(false), file + ": /tmp must be writable");
                }
            }
            assertNotNull(volume, file + ": no /tmp mount; the native crypto library (D26) would not load");
            boolean emptyDir = false;
            for (JsonNode v : pod.get("volumes")) {
                emptyDir |= v.get("name").asText().equals(volume) && v.has("emptyDir");
            }
            assertTrue(emptyDir, file + ": /tmp must be an emptyDir");
        }
    }
}
