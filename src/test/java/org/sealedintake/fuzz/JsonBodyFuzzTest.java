package org.sealedintake.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.sealedintake.common.StrictJsonCustomizer;
import org.sealedintake.intake.SubmitReportRequest;

/**
 * {@code POST /v1/reports} bodies go through the strict mapper ({@code common/StrictJsonCustomizer}) into
 * {@link SubmitReportRequest}. Any bytes must either bind or fail with one of Jackson's own exceptions
 * (mapped to 400 problem+json), or with the undecodable-encoding IOException (also 400); anything else (a NullPointerException in a record constructor, a
 * StackOverflowError on deep nesting) would surface as a 500.
 */
class JsonBodyFuzzTest {
    private static final ObjectMapper MAPPER = StrictJsonCustomizer.apply(JsonMapper.builder().findAndAddModules().build());

    @FuzzTest(maxDuration = "5m")
    void bindsOrFailsWithAJacksonException(byte[] body) throws Exception {
        try {
            MAPPER.readValue(body, SubmitReportRequest.class);
        } catch (JacksonException expected) {
            // A client error; the exception mapper answers 400 without echoing the input.
        } catch (java.io.CharConversionException undecodable) {
            // Leading bytes that make Jackson guess UTF-32, then fail to decode: found by this target,
            // now mapped to 400 too (ProblemExceptionMappers.undecodableBody, ApiInputHardeningTest).
        }
    }
}
