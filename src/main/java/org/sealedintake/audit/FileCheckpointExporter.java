package org.sealedintake.audit;

import com.fasterxml.jackson.databind.JsonNode;
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
 * Appends checkpoints and disclosure records as JSON lines to a file (ideally on storage the
 * database administrators cannot write, or shipped to a WORM bucket). Checkpoint lines:
 * {@code {"kind","seq","headHash"(hex),"createdAtMicros","createdAt","keyId","signature"(base64)}};
 * disclosure lines: {@code {"kind":"DISCLOSURE","requestId","reportId","requester","approvers",...}}.
 *
 * <p>Only the last line may be unreadable, and only when it has no line end (a write torn by a
 * crash): a broken line anywhere else is tampering or corruption, and reading refuses the file
 * rather than skipping what it cannot read. An append first cuts a torn last line off.
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
        append(CheckpointJson.write(c));
    }

    @Override
    public synchronized void exportDisclosure(Disclosure d) throws IOException {
        append(CheckpointJson.write(d));
    }

    private void append(String json) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        // READ and APPEND cannot be combined: write at the end explicitly (appends are serialised by this object).
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            cutTornTail(ch);
            ByteBuffer buf = ByteBuffer.wrap((json + "\n").getBytes(StandardCharsets.UTF_8));
            ch.position(ch.size());
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
    }

    /**
     * A last line without its line end is a write torn by a crash, which its writer never saw
     * succeed (and repeats): cut it off, so the file keeps only complete lines before the next one.
     */
    private static void cutTornTail(FileChannel ch) throws IOException {
        long size = ch.size();
        if (size == 0) {
            return;
        }
        int window = (int) Math.min(size, TAIL_WINDOW);
        ByteBuffer tail = ByteBuffer.allocate(window);
        ch.read(tail, size - window);
        byte[] b = tail.array();
        if (b[window - 1] == '\n') {
            return;
        }
        for (int i = window - 1; i >= 0; i--) {
            if (b[i] == '\n') {
                ch.truncate(size - window + i + 1);
                return;
            }
        }
        if (window == size) {
            ch.truncate(0);
            return;
        }
        throw new IOException("checkpoint file ends in a line longer than " + TAIL_WINDOW + " bytes; refusing to append");
    }

    private static final int TAIL_WINDOW = 64 * 1024;

    /** The file holds a broken line other than a torn last one: tampering or corruption, not an outage. */
    public static class CorruptExport extends IOException {
        CorruptExport(String message) {
            super(message);
        }
    }

    @Override
    public synchronized List<Checkpoint> exported() throws IOException {
        List<Checkpoint> out = new ArrayList<>();
        for (JsonNode n : lines()) {
            if (!CheckpointJson.isDisclosure(n)) {
                out.add(CheckpointJson.of(n));
            }
        }
        return out;
    }

    /** The disclosure records, in export order. */
    public synchronized List<JsonNode> disclosures() throws IOException {
        return lines().stream().filter(CheckpointJson::isDisclosure).toList();
    }

    private List<JsonNode> lines() throws IOException {
        List<JsonNode> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        boolean tornTail = !text.isEmpty() && !text.endsWith("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean last = i == lines.length - 1;
            if (line.isEmpty() && last) {
                continue;
            }
            try {
                JsonNode n = CheckpointJson.tree(line);
                if (!CheckpointJson.isDisclosure(n)) {
                    CheckpointJson.of(n);
                }
                out.add(n);
            } catch (IllegalArgumentException e) {
                if (last && tornTail) {
                    continue;
                }
                throw new CorruptExport("checkpoint file " + file + ": line " + (i + 1) + " is not a checkpoint or disclosure"
                        + " and is not a torn last line; refusing the file");
            }
        }
        return out;
    }
}
