package org.sealedintake.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exported checkpoint file: only a torn last line may be unreadable; anything else is refused. */
class FileCheckpointExporterTest {
    @TempDir
    Path tmp;

    private static Checkpoint cp(long seq) {
        return new Checkpoint(Checkpoint.Kind.CHECKPOINT, seq, new byte[32], 1_700_000_000_000_000L + seq, 7, new byte[] { 1, 2, 3 });
    }

    @Test
    void corruptLineInTheMiddleIsRefusedNotSkipped() throws Exception {
        FileCheckpointExporter f = new FileCheckpointExporter(tmp.resolve("cp.jsonl"));
        f.export(cp(10));
        Files.writeString(f.file(), "{\"kind\":\"CHECKPOINT\",\"seq\":\"oops\"}\n", StandardOpenOption.APPEND);
        f.export(cp(20));

        IOException e = assertThrows(FileCheckpointExporter.CorruptExport.class, f::exported);
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void tornLastLineIsSkippedAndCutOffBeforeTheNextAppend() throws Exception {
        FileCheckpointExporter f = new FileCheckpointExporter(tmp.resolve("cp.jsonl"));
        f.export(cp(10));
        String line = CheckpointJson.write(cp(20));
        Files.writeString(f.file(), line.substring(0, line.length() / 2), StandardOpenOption.APPEND);

        assertEquals(List.of(10L), f.exported().stream().map(Checkpoint::seq).toList());

        f.export(cp(20));
        assertEquals(List.of(10L, 20L), f.exported().stream().map(Checkpoint::seq).toList());
        assertEquals(2, Files.readAllLines(f.file(), StandardCharsets.UTF_8).size());
    }

    @Test
    void disclosureLinesAreKeptApartFromCheckpoints() throws Exception {
        FileCheckpointExporter f = new FileCheckpointExporter(tmp.resolve("cp.jsonl"));
        f.export(cp(10));
        UUID request = UUID.randomUUID();
        f.exportDisclosure(new Disclosure(request, UUID.randomUUID(), "staff-1", List.of("staff-2"), 1L, 7, new byte[] { 9 }));
        f.export(cp(20));

        assertEquals(List.of(10L, 20L), f.exported().stream().map(Checkpoint::seq).toList());
        assertEquals(request.toString(), f.disclosures().get(0).get("requestId").asText());
    }
}
