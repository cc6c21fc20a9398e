package org.sealedintake.notices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.Collection;
import java.util.UUID;
import org.sealedintake.notices.dsa.FreeTextCheck;
import org.sealedintake.redaction.guard.LeakGuard;

/**
 * The leak guard as the exit for creator-bound texts (the case's reporters' fingerprints plus anyone's
 * personal data) and as the personal-data check of public DSA statements.
 */
@ApplicationScoped
class LeakGuardBeans {

    @Produces
    @ApplicationScoped
    CreatorTextGuard creatorTextGuard(LeakGuard guard) {
        return (String text, Collection<UUID> caseReportIds) -> guard.requireClean(text, caseReportIds);
    }

    @Produces
    @ApplicationScoped
    FreeTextCheck freeTextCheck(LeakGuard guard) {
        return text -> guard.checkNoPersonalData(text).refused();
    }
}
