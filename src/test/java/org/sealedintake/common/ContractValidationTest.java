package org.sealedintake.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.sealedintake.support.ContractFilter;
import org.sealedintake.support.Tokens;

/** The contract check that guards every API test is at work, and it can fail. */
@QuarkusTest
class ContractValidationTest {

    private static OpenApiInteractionValidator validator() {
        int port = ConfigProvider.getConfig().getValue("quarkus.management.port", Integer.class);
        return OpenApiInteractionValidator.createForInlineApiSpecification(ContractFilter.document(port)).build();
    }

    @Test
    void everyApiTestExchangeIsCheckedAgainstTheDocument() {
        long before = ContractFilter.CHECKED.get();
        given().auth().oauth2(Tokens.of("reporter-a")).get("/v1/reports/mine").then().statusCode(200);
        assertTrue(ContractFilter.CHECKED.get() > before);
    }

    @Test
    void anAnswerTheDocumentDoesNotDescribeIsAViolation() {
        ValidationReport undeclaredStatus = validator().validateResponse("/v1/reports/mine", Request.Method.GET,
                SimpleResponse.Builder.status(418).withContentType("application/json").withBody("{}").build());
        assertTrue(undeclaredStatus.hasErrors());
        ValidationReport plainJsonError = validator().validateResponse("/v1/reports/mine", Request.Method.GET,
                SimpleResponse.Builder.status(400).withContentType("application/json")
                        .withBody("{\"type\":\"x\",\"title\":\"t\",\"status\":400}").build());
        assertTrue(plainJsonError.hasErrors());
        ValidationReport problemWithoutTitle = validator().validateResponse("/v1/reports/mine", Request.Method.GET,
                SimpleResponse.Builder.status(400).withContentType(Problem.MEDIA_TYPE)
                        .withBody("{\"type\":\"x\",\"status\":400}").build());
        assertTrue(problemWithoutTitle.hasErrors());
    }

    @Test
    void aConformingProblemAnswerPasses() {
        ValidationReport ok = validator().validateResponse("/v1/reports/mine", Request.Method.GET,
                SimpleResponse.Builder.status(400).withContentType(Problem.MEDIA_TYPE)
                        .withBody("{\"type\":\"https://sealed-intake.example/problems/x\",\"title\":\"t\",\"status\":400}").build());
        assertFalse(ok.hasErrors(), () -> ok.getMessages().toString());
    }
}
