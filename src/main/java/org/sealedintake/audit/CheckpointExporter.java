package org.sealedintake.audit;

import java.io.IOException;
import java.util.List;

/**
 * Where signed checkpoints go outside the database, so that someone holding the database cannot
 * rewrite or cut the log unseen. The file exporter ships; a witness (a webhook to another party that
 * keeps what it receives and returns it on request) implements the same two methods.
 */
public interface CheckpointExporter {

    /** Appends one checkpoint; returns only once it is durable at the destination. */
    void export(Checkpoint checkpoint) throws IOException;

    /** Everything exported so far, in export order: the verifier's trust anchor. */
    List<Checkpoint> exported() throws IOException;

    /**
     * Appends one disclosure record; returns only once it is durable at the destination. A target
     * that cannot keep disclosures refuses, so an execution never proceeds unrecorded.
     */
    default void exportDisclosure(Disclosure disclosure) throws IOException {
        throw new IOException("this checkpoint target keeps no disclosure records");
    }
}
