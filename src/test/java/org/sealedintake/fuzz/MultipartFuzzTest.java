package org.sealedintake.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.sealedintake.common.ApiProblem;
import org.sealedintake.intake.attachment.SingleFileMultipartParser;

/**
 * The upload endpoint's own multipart parser reads whatever a client sends: any Content-Type header
 * and body either yields the file part (never longer than the body, never above the limit) or is refused
 * as an {@link ApiProblem} (a 4xx problem+json); nothing else may escape.
 */
class MultipartFuzzTest {
    private static final long LIMIT = 64 * 1024;

    @FuzzTest(maxDuration = "5m")
    void parsesOrRefusesAsAProblem(FuzzedDataProvider data) {
        String contentType = data.pickValue(new String[] {
                "multipart/form-data; boundary=" + data.consumeString(80),
                "multipart/form-data; boundary=\"" + data.consumeString(80) + "\"",
                data.consumeString(120)});
        byte[] body = data.consumeRemainingAsBytes();
        byte[] file;
        try {
            file = new SingleFileMultipartParser(LIMIT).readFile(contentType, new ByteArrayInputStream(body));
        } catch (ApiProblem refused) {
            assertTrue(refused.status() >= 400 && refused.status() < 500, "refusal must be a client error");
            return;
        }
        assertTrue(file != null && file.length <= body.length && file.length <= LIMIT, "file part out of bounds");
    }
}
