package org.sealedintake.crypto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** BENCHMARK ONLY: the intake benchmark's fixed report body (bench/body.json), read from the project folder. */
public final class BenchInput {
    private static final Path BODY = Path.of("bench", "body.json");

    private BenchInput() {
    }

    /** The request body as sent, in bytes. */
    public static byte[] body() {
        try {
            return Files.readAllBytes(BODY);
        } catch (IOException e) {
            throw new UncheckedIOException("run the benchmarks from the project folder (bench/body.json)", e);
        }
    }

    /** The body's description: 600 characters of Chinese text with a phone number and a WeChat id. */
    public static String description() {
        try {
            JsonNode n = new ObjectMapper().readTree(body());
            return n.get("description").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The description repeated to exactly {@code chars} characters. */
    public static String description(int chars) {
        String d = description();
        StringBuilder b = new StringBuilder(chars + d.length());
        while (b.length() < chars) {
            b.append(d).append('\n');
        }
        return b.substring(0, chars);
    }
}
