package org.sealedintake.notices.dsa;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.sealedintake.redaction.Redactor;

/**
 * The free-text check until the leak guard is wired: any finding of the redaction detectors
 * (phone, e-mail, ID and card numbers, WeChat/QQ ids, handles, addresses, URLs, ...) refuses the
 * text. URLs count as personal data here: a link to a profile names a person, so a statement cites
 * the terms by clause, not by link. The detectors know no person names; the leak guard adds them.
 */
@ApplicationScoped
@DefaultBean
public class RedactorFreeTextCheck implements FreeTextCheck {
    private final Redactor redactor;

    public RedactorFreeTextCheck() {
        this(new Redactor());
    }

    RedactorFreeTextCheck(Redactor redactor) {
        this.redactor = redactor;
    }

    @Override
    public boolean carriesPersonalData(String text) {
        return text != null && !redactor.findings(text, List.of()).isEmpty();
    }
}
