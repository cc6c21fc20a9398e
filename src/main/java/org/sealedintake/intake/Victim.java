package org.sealedintake.intake;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sealedintake.common.TextRules;

/** Who is harmed: the reporter ({@code SELF}) or someone else, optionally named by account. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Victim(
        @NotNull(message = "victim.type is required (SELF or OTHER)") Type type,
        @Size(min = 1, max = 128, message = "victim.account must be 1 to 128 characters")
        @Pattern(regexp = TextRules.SINGLE_LINE, message = "victim.account must not contain control characters")
        @Schema(description = "Only with type OTHER.") String account) {

    @Schema(name = "VictimType")
    public enum Type {
        SELF,
        OTHER
    }

    /** A validation rule, not a property: neither Jackson nor the OpenAPI document sees it. */
    @AssertTrue(message = "victim.account is only allowed with type OTHER")
    @JsonIgnore
    @Schema(hidden = true)
    boolean isAccountOnlyForOther() {
        return account == null || type == Type.OTHER;
    }
}
