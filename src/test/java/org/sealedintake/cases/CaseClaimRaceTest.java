package org.sealedintake.cases;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.sealedintake.support.Tokens;

/** Two moderators claim one case at the same moment: exactly one wins, settled by one conditional UPDATE. */
@QuarkusTest
class CaseClaimRaceTest {

    @Test
    void ofTwoConcurrentClaimsExactlyOneWins() throws Exception {
        String[] tokens = { Tokens.of("moderator"), Tokens.of("moderator-2") };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                UUID caseId = CaseFixtures.caseOf(CaseFixtures.file("reporter-a", "HARASSMENT", CaseFixtures.target(), false));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> answers = new ArrayList<>();
                for (String token : tokens) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return given().auth().oauth2(token).post("/v1/cases/" + caseId + "/claim").statusCode();
                    }));
                }
                start.countDown();
                List<Integer> codes = new ArrayList<>();
                for (Future<Integer> f : answers) {
                    codes.add(f.get());
                }
                codes.sort(null);
                assertEquals(List.of(200, 409), codes, "round " + round);
                String winner = String.valueOf(org.sealedintake.support.Db.count(
                        "select count(distinct assignee) from moderation_case where id = ? and assignee is not null", caseId));
                assertEquals("1", winner);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theClaimantMayRenewAndReleaseAndOthersMayNot() {
        UUID caseId = CaseFixtures.caseOf(CaseFixtures.file("reporter-a", "HARASSMENT", CaseFixtures.target(), false));
        String base = "/v1/cases/" + caseId;
        given().auth().oauth2(Tokens.of("moderator")).post(base + "/claim").then().statusCode(200);
        given().auth().oauth2(Tokens.of("moderator")).post(base + "/claim").then().statusCode(200);
        given().auth().oauth2(Tokens.of("moderator-2")).post(base + "/release").then().statusCode(409);
        given().auth().oauth2(Tokens.of("moderator")).post(base + "/release").then().statusCode(200);
        given().auth().oauth2(Tokens.of("moderator-2")).post(base + "/claim").then().statusCode(200);
    }
}
