package org.sealedintake.policy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Reads one policy file into a record. The record checks its own values in its constructor (an
 * {@link IllegalArgumentException} saying what is wrong); a missing, malformed or invalid file
 * becomes an {@link InvalidPolicyException} naming the file and the field, so the service stops at
 * start with a message an operator can act on.
 */
public final class PolicyFiles {
    /** The one YAML reader of policy files: strict about unknown and missing properties. */
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .findAndRegisterModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private PolicyFiles() {
    }

    /**
     * Opens {@code file}; when it does not exist, the copy packaged in the application
     * ({@code policies/<name>} on the class path), so a deployment overrides a policy by mounting a
     * folder and otherwise runs with the reviewed one from the repository.
     */
    public static InputStream open(Path file) throws IOException {
        if (Files.isRegularFile(file)) {
            return Files.newInputStream(file);
        }
        InputStream packaged = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("policies/" + file.getFileName());
        if (packaged == null) {
            throw new InvalidPolicyException("policy file " + file.toAbsolutePath() + " is missing");
        }
        return packaged;
    }

    /** Reads a policy file (see {@link #open}) into a record that checks its own values. */
    public static <T> T load(Path file, Class<T> type) {
        try (InputStream in = open(file)) {
            T policy = YAML.readValue(in, type);
            if (policy == null) {
                throw new InvalidPolicyException("policy file " + file + " is empty");
            }
            return policy;
        } catch (ValueInstantiationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new InvalidPolicyException("policy file " + file + " is invalid"
                    + at(e) + ": " + cause.getMessage());
        } catch (JsonMappingException e) {
            throw new InvalidPolicyException("policy file " + file + " is invalid" + at(e) + ": "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidPolicyException("policy file " + file + " cannot be read: " + e.getMessage());
        }
    }

    private static String at(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
        return path.isEmpty() ? "" : " at '" + path + "'";
    }

    /** A policy file that must not be used; the message says which file and what is wrong. */
    public static class InvalidPolicyException extends RuntimeException {
        public InvalidPolicyException(String message) {
            super(message);
        }
    }
}
