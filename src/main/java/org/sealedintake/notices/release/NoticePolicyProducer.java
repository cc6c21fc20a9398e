package org.sealedintake.notices.release;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import org.sealedintake.policy.PolicyConfig;
import org.sealedintake.policy.PolicyFiles;

/** Loads {@code notices.yaml} at start: a bad policy stops the service before it serves anything. */
@ApplicationScoped
class NoticePolicyProducer {
    static final String FILE = "notices.yaml";

    @Produces
    @Singleton
    @Startup
    NoticePolicy policy(PolicyConfig config) {
        NoticePolicy policy = PolicyFiles.load(Path.of(config.dir()).resolve(FILE), NoticePolicy.class);
        Log.infof("Notice policy loaded: random delay %s..%s, floor %s after the latest report, batch window %s, "
                + "single-reporter hold %s, appeal window %s", policy.release().randomDelay().min(),
                policy.release().randomDelay().max(), policy.release().floorAfterLatestReport(),
                policy.release().batchWindow(), policy.release().singleReporterHold(), policy.appeal().window());
        return policy;
    }
}
