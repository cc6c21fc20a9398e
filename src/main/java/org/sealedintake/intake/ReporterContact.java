package org.sealedintake.intake;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sealedintake.common.TextRules;

/** Handles the reporter wants to be reached by; sealed with the rest of the identity, never stored in the clear. */
public record ReporterContact(
        @Size(max = 100, message = "reporterContact.wechat is at most 100 characters")
        @Pattern(regexp = TextRules.SINGLE_LINE, message = "reporterContact.wechat must not contain control characters") String wechat,
        @Size(max = 40, message = "reporterContact.phone is at most 40 characters")
        @Pattern(regexp = TextRules.SINGLE_LINE, message = "reporterContact.phone must not contain control characters") String phone,
        @Size(max = 254, message = "reporterContact.email is at most 254 characters")
        @Pattern(regexp = TextRules.SINGLE_LINE, message = "reporterContact.email must not contain control characters") String email,
        @Size(max = 40, message = "reporterContact.qq is at most 40 characters")
        @Pattern(regexp = TextRules.SINGLE_LINE, message = "reporterContact.qq must not contain control characters") String qq) {

    Map<String, String> asMap() {
        Map<String, String> m = new LinkedHashMap<>();
        put(m, "wechat", wechat);
        put(m, "phone", phone);
        put(m, "email", email);
        put(m, "qq", qq);
        return m;
    }

    private static void put(Map<String, String> m, String k, String v) {
        if (v != null && !v.isBlank()) {
            m.put(k, v);
        }
    }

    @Override
    public String toString() {
        return "ReporterContact[sealed]";
    }
}
