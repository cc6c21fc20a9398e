package org.sealedintake.audit;

import io.quarkus.logging.Log;
import io.quarkus.runtime.LaunchMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.nio.file.Path;
import java.util.List;

/** The configured checkpoint destination: a witness, a JSON-lines file, or nothing (development only). */
public class CheckpointExporterProducer {

    @Produces
    @ApplicationScoped
    CheckpointExporter exporter(AuditConfig config) {
        if (config.export().witnessUrl().isPresent()) {
            return new WitnessCheckpointExporter(config.export().witnessUrl().get(), config.export().witnessTimeout());
        }
        if (config.export().file().isPresent()) {
            return new FileCheckpointExporter(Path.of(config.export().file().get()));
        }
        if (LaunchMode.current() == LaunchMode.NORMAL) {
            Log.warn("sealed.audit.export.file is not set: signed checkpoints stay in the database only, "
                    + "so a cut of the newest events cannot be detected (docs/audit.md)");
        }
        return new CheckpointExporter() {
            @Override
            public void export(Checkpoint checkpoint) {
                // nowhere to export to
            }

            @Override
            public List<Checkpoint> exported() {
                return List.of();
            }
        };
    }
}
