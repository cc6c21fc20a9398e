package org.sealedintake.audit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Appends checkpoints as JSON lines to a file (ideally on storage the database administrators
 * cannot write, or shipped to a WORM bucket). Each line:
 * {@code {"kind","seq","headHash"(hex),"createdAtMicros","createdAt","keyId","signature"(base64)}}.
 * A line that does not parse (a torn last write) is skipped; the verifier reports signatures, not syntax.
 */
public class FileCheckpointExporter implements CheckpointExporter {
    private final Path file;

    public FileCheckpointExporter(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void export(Checkpoint c) throws IOException {
        byte[] line = (CheckpointJson.write(c) + "\n").getBytes(StandardCharsets.UTF_8);
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
                out.add(CheckpointJson.read(line));
            } catch (IllegalArgumentException e) {
                // a torn or foreign line: not a checkpoint
            }
        }
        return out;
    }
}
