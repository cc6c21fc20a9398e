package org.sealedintake.audit;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.nio.file.Path;
import java.util.List;
import org.sealedintake.crypto.DevProfile;

/**
 * The configured checkpoint destination: a witness, a JSON-lines file, or nothing. Nothing, and a
 * witness without a token, are allowed in the dev and test profiles only: elsewhere the start fails,
 * because checkpoints and disclosure records that never leave the database prove nothing (T5, T24).
 */
public class CheckpointExporterProducer {

    @Produces
    @ApplicationScoped
    CheckpointExporter exporter(AuditConfig config) {
        return exporter(config, DevProfile.active());
    }

    static CheckpointExporter exporter(AuditConfig config, List<String> profiles) {
        boolean dev = DevProfile.allowsDevKeys(profiles);
        if (config.export().witnessUrl().isPresent()) {
            if (!dev && config.export().witnessToken().filter(t -> !t.isBlank()).isEmpty()) {
                throw new IllegalStateException("sealed.audit.export.witness-token is required with a witness outside dev and test");
            }
            return new WitnessCheckpointExporter(config.export().witnessUrl().get(), config.export().witnessTimeout(),
                    config.export().witnessToken());
        }
        if (config.export().file().isPresent()) {
            return new FileCheckpointExporter(Path.of(config.export().file().get()));
        }
        if (!dev) {
            throw new IllegalStateException("no checkpoint target: set sealed.audit.export.witness-url (and witness-token)"
                    + " or sealed.audit.export.file; checkpoints and disclosures must leave the database (docs/audit.md)");
        }
        Log.warn("No checkpoint target (dev/test): signed checkpoints and disclosure records stay in the database only");
        return new CheckpointExporter() {
            @Override
            public void export(Checkpoint checkpoint) {
                // nowhere to export to (dev and test only)
            }

            @Override
            public List<Checkpoint> exported() {
                return List.of();
            }

            @Override
            public void exportDisclosure(Disclosure disclosure) {
                // nowhere to export to (dev and test only)
            }
        };
    }
}
