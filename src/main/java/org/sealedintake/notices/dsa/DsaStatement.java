package org.sealedintake.notices.dsa;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One statement of reasons exactly as the Transparency Database's {@code POST /api/v1/statements}
 * takes it: the JSON property names are the API's (docs/dsa-export.md has the table). Absent
 * (null) fields are left out. There is deliberately no {@code source_identity} property: the
 * notifier's identity is never sent, and the validator refuses a statement that carries one.
 * Dates are {@code YYYY-MM-DD} strings, as sent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DsaStatement(
        @JsonProperty("decision_visibility") List<String> decisionVisibility,
        @JsonProperty("decision_visibility_other") String decisionVisibilityOther,
        @JsonProperty("decision_monetary") String decisionMonetary,
        @JsonProperty("decision_monetary_other") String decisionMonetaryOther,
        @JsonProperty("decision_provision") String decisionProvision,
        @JsonProperty("decision_account") String decisionAccount,
        @JsonProperty("account_type") String accountType,
        @JsonProperty("decision_ground") String decisionGround,
        @JsonProperty("illegal_content_legal_ground") String illegalContentLegalGround,
        @JsonProperty("illegal_content_explanation") String illegalContentExplanation,
        @JsonProperty("incompatible_content_ground") String incompatibleContentGround,
        @JsonProperty("incompatible_content_explanation") String incompatibleContentExplanation,
        @JsonProperty("incompatible_content_illegal") String incompatibleContentIllegal,
        @JsonProperty("category") String category,
        @JsonProperty("category_addition") List<String> categoryAddition,
        @JsonProperty("category_specification") List<String> categorySpecification,
        @JsonProperty("category_specification_other") String categorySpecificationOther,
        @JsonProperty("content_type") List<String> contentType,
        @JsonProperty("content_type_other") String contentTypeOther,
        @JsonProperty("content_language") String contentLanguage,
        @JsonProperty("content_date") String contentDate,
        @JsonProperty("application_date") String applicationDate,
        @JsonProperty("end_date_visibility_restriction") String endDateVisibilityRestriction,
        @JsonProperty("end_date_monetary_restriction") String endDateMonetaryRestriction,
        @JsonProperty("end_date_service_restriction") String endDateServiceRestriction,
        @JsonProperty("end_date_account_restriction") String endDateAccountRestriction,
        @JsonProperty("territorial_scope") List<String> territorialScope,
        @JsonProperty("decision_facts") String decisionFacts,
        @JsonProperty("source_type") String sourceType,
        @JsonProperty("automated_detection") String automatedDetection,
        @JsonProperty("automated_decision") String automatedDecision,
        @JsonProperty("puid") String puid) {
}
