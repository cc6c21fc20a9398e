package org.sealedintake.cases;

import java.util.ArrayList;
import java.util.List;

/**
 * A staff member working cases, from the verified token: the subject (claims, notes, audit), the
 * stable platform account id (a case about that account is never theirs to see) and the audiences
 * their roles open.
 */
public record Moderator(String subject, String platformAccountId, boolean moderator, boolean senior, boolean childSafety) {

    /** The audiences whose cases this staff member may open. */
    List<String> audiences() {
        List<String> out = new ArrayList<>();
        if (moderator || senior) {
            out.add(Audience.MODERATOR.name());
        }
        if (senior) {
            out.add(Audience.SENIOR_MODERATOR.name());
        }
        if (childSafety) {
            out.add(Audience.CHILD_SAFETY.name());
        }
        return out;
    }

    /** Whether the case is one this staff member may see at all: its audience, and never their own account. */
    boolean maySee(ModerationCase c) {
        return audiences().contains(c.audience.name()) && !platformAccountId.equals(c.targetOwner);
    }

    @Override
    public String toString() {
        return "Moderator[" + subject + "]";
    }
}
