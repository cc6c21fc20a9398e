package org.sealedintake.intake;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Who is harmed: the reporter ({@code SELF}) or someone else, optionally named by account. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Victim(
        @NotNull(message = "victim.type is required (SELF or OTHER)") Type type,
        @Size(min = 1, max = 128, message = "victim.account must be 1 to 128 characters") String account) {

    public enum Type {
        SELF,
        OTHER
    }

    @AssertTrue(message = "victim.account is only allowed with type OTHER")
    boolean isAccountOnlyForOther() {
        return account == null || type == Type.OTHER;
    }
}
