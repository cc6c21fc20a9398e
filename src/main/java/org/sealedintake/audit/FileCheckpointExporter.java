package org.sealedintake.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * Appends checkpoints as JSON lines to a file (ideally on storage the database administrators
 * cannot write, or shipped to a WORM bucket). Each line:
 * {@code {"kind","seq","headHash"(hex),"createdAtMicros","createdAt","keyId","signature"(base64)}}.
 * A line that does not parse (a torn last write) is skipped; the verifier reports signatures, not syntax.
 */
public class FileCheckpointExporter implements CheckpointExporter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;

    public FileCheckpointExporter(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void export(Checkpoint c) throws IOException {
        ObjectNode n = JSON.createObjectNode();
        n.put("kind", c.kind().name());
        n.put("seq", c.seq());
        n.put("headHash", c.headHashHex());
        n.put("createdAtMicros", c.createdAtMicros());
        n.put("createdAt", c.createdAt().toString());
        n.put("keyId", c.keyId());
        n.put("signature", Base64.getEncoder().encodeToString(c.signature()));
        byte[] line = (JSON.writeValueAsString(n) + "\n").getBytes(StandardCharsets.UTF_8);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer buf = ByteBuffer.wrap(line);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
    }

    @Override
    public synchronized List<Checkpoint> exported() throws IOException {
        List<Checkpoint> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode n = JSON.readTree(line);
                out.add(new Checkpoint(Checkpoint.Kind.valueOf(n.get("kind").asText()), n.get("seq").asLong(),
                        HexFormat.of().parseHex(n.get("headHash").asText()), n.get("createdAtMicros").asLong(),
                        n.get("keyId").asLong(), Base64.getDecoder().decode(n.get("signature").asText())));
            } catch (RuntimeException | IOException e) {
                // a torn or foreign line: not a checkpoint
            }
        }
        return out;
    }
}
