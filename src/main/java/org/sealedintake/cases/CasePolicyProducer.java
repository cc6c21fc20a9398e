package org.sealedintake.cases;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import org.sealedintake.policy.PolicyConfig;
import org.sealedintake.policy.PolicyFiles;

/** Loads {@code cases.yaml} at start: a bad policy stops the service before it serves anything. */
@ApplicationScoped
class CasePolicyProducer {
    static final String FILE = "cases.yaml";

    @Produces
    @Singleton
    @Startup
    CasePolicy policy(PolicyConfig config) {
        CasePolicy policy = PolicyFiles.load(Path.of(config.dir()).resolve(FILE), CasePolicy.class);
        Log.infof("Case policy loaded: %d severe categories, raised at %d distinct reporters",
                policy.severeCategories().size(), policy.raiseAtDistinctReporters());
        return policy;
    }
}
