package org.sealedintake.intake;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.sealedintake.intake.attachment.TestImages;
import org.sealedintake.support.Db;
import org.sealedintake.support.Tokens;

/** An attachment joins one report only, however the requests interleave (issue 6 finding 7). */
@QuarkusTest
class AttachmentRaceTest {

    @Test
    void ofConcurrentReportsNamingOneAttachmentExactlyOneSucceeds() throws Exception {
        String token = Tokens.of("reporter-a");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 5; round++) {
                String attachment = given().auth().oauth2(token)
                        .multiPart("file", "a.png", TestImages.png(6, 6), "image/png")
                        .post("/v1/attachments").then().statusCode(201).extract().path("attachmentId");
                String target = "post:" + UUID.randomUUID();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> answers = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    answers.add(pool.submit((Callable<Integer>) () -> {
                        start.await();
                        return given().auth().oauth2(token).contentType(ContentType.JSON)
                                .header("Idempotency-Key", UUID.randomUUID().toString())
                                .body("""
                                        {"category":"HARASSMENT","targetContentRef":"%s","description":"race",
                                         "involvesMinor":false,"victim":{"type":"SELF"},"attachmentIds":["%s"]}"""
                                        .formatted(target, attachment))
                                .post("/v1/reports").statusCode();
                    }));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> f : answers) {
                    statuses.add(f.get());
                }
                assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "statuses " + statuses);
                assertEquals(3, statuses.stream().filter(s -> s == 422).count(), "statuses " + statuses);
                assertEquals(1, Db.count("select count(*) from report where target_content_ref = ?", target));
                assertEquals(1, Db.count("select count(*) from attachment where id = ?::uuid and report_id is not null",
                        attachment));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
