package org.sealedintake.unseal;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import org.sealedintake.policy.PolicyConfig;
import org.sealedintake.policy.PolicyFiles;

/** Loads {@code unseal.yaml} at start: a bad policy stops the service before it serves anything. */
@ApplicationScoped
class UnsealPolicyProducer {
    static final String FILE = "unseal.yaml";

    @Produces
    @Singleton
    @Startup
    UnsealPolicy policy(PolicyConfig config) {
        UnsealPolicy policy = PolicyFiles.load(Path.of(config.dir()).resolve(FILE), UnsealPolicy.class);
        Log.infof("Unseal policy loaded: %d approval(s), execution window %s, step-up within %s",
                policy.requiredApprovals(), policy.executionWindow(), policy.stepUp().maxAuthAge());
        return policy;
    }
}
