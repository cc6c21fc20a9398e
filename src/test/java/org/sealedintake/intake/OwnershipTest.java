package org.sealedintake.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sealedintake.support.Db;
import org.sealedintake.support.ReportBodies;
import org.sealedintake.support.Tokens;

/** A reporter sees their own reports only; someone else's report looks exactly like one that does not exist. */
@QuarkusTest
class OwnershipTest {

    static String file(String user) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(ReportBodies.minimal())
                .post("/v1/reports").then().statusCode(201).extract().path("reportId");
    }

    @Test
    void anotherReportersReportIsIndistinguishableFromANonExistentOne() {
        String reportOfA = file("reporter-a");
        long readEventsBefore = Db.count("select count(*) from audit_event where object_id = ? and action = 'report.read'",
                reportOfA);

        Response foreign = given().auth().oauth2(Tokens.of("reporter-b")).get("/v1/reports/" + reportOfA);
        Response missing = given().auth().oauth2(Tokens.of("reporter-b")).get("/v1/reports/" + UUID.randomUUID());

        assertEquals(404, foreign.statusCode());
        assertEquals(404, missing.statusCode());
        assertEquals("application/problem+json", foreign.contentType());
        assertEquals(missing.contentType(), foreign.contentType());
        assertEquals(missing.body().asString(), foreign.body().asString());
        assertFalse(foreign.body().asString().contains(reportOfA), "the 404 must not name the report");
        // B's attempt is not recorded as a read of A's report, and A's report is unchanged and still A's.
        assertEquals(readEventsBefore, Db.count(
                "select count(*) from audit_event where object_id = ? and action = 'report.read'", reportOfA));
        given().auth().oauth2(Tokens.of("reporter-a")).get("/v1/reports/" + reportOfA).then()
                .statusCode(200).body("id", equalTo(reportOfA)).body("status", equalTo("RECEIVED"));
    }

    @Test
    void anotherReportersReportIsNotListedInMine() {
        String reportOfA = file("reporter-a");
        String reportOfB = file("reporter-b");

        List<String> bIds = allIds("reporter-b");
        List<String> aIds = allIds("reporter-a");

        assertTrue(bIds.contains(reportOfB));
        assertFalse(bIds.contains(reportOfA));
        assertTrue(aIds.contains(reportOfA));
        assertFalse(aIds.contains(reportOfB));
        Set<String> overlap = new HashSet<>(aIds);
        overlap.retainAll(bIds);
        assertTrue(overlap.isEmpty(), "no report is listed for both reporters");
    }

    @Test
    void mineIsPagedWithItemsPageSizeAndTotal() {
        for (int i = 0; i < 3; i++) {
            file("reporter-b");
        }
        String token = Tokens.of("reporter-b");
        int total = given().auth().oauth2(token).get("/v1/reports/mine").then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(20)).extract().path("total");
        assertTrue(total >= 3);

        List<String> seen = new ArrayList<>();
        int pages = (total + 1) / 2;
        for (int page = 0; page < pages; page++) {
            Response r = given().auth().oauth2(token).queryParam("page", page).queryParam("size", 2).get("/v1/reports/mine");
            assertEquals(200, r.statusCode());
            assertEquals(page, r.jsonPath().getInt("page"));
            assertEquals(2, r.jsonPath().getInt("size"));
            assertEquals(total, r.jsonPath().getInt("total"));
            List<String> ids = r.jsonPath().getList("items.id");
            assertEquals(page < pages - 1 ? 2 : total - 2 * page, ids.size());
            seen.addAll(ids);
        }
        assertEquals(total, new HashSet<>(seen).size(), "pages neither overlap nor skip reports");
        given().auth().oauth2(token).queryParam("page", pages + 5).queryParam("size", 2).get("/v1/reports/mine")
                .then().statusCode(200).body("items.size()", equalTo(0)).body("total", equalTo(total));
    }

    @Test
    void refusesPageSizesOutsideOneToHundredWith400Problem() {
        String token = Tokens.of("reporter-a");
        given().auth().oauth2(token).queryParam("size", 100).get("/v1/reports/mine").then().statusCode(200);
        for (String size : List.of("101", "0", "-1")) {
            given().auth().oauth2(token).queryParam("size", size).get("/v1/reports/mine").then()
                    .statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
        }
        given().auth().oauth2(token).queryParam("page", -1).get("/v1/reports/mine").then()
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void summaryListsNewestFirst() {
        String older = file("reporter-a");
        String newer = file("reporter-a");
        List<String> ids = given().auth().oauth2(Tokens.of("reporter-a")).queryParam("size", 100)
                .get("/v1/reports/mine").then().statusCode(200)
                .body("items.id", hasItem(older)).body("items.id", hasItem(newer))
                .extract().path("items.id");
        assertTrue(ids.indexOf(newer) < ids.indexOf(older));
    }

    private static List<String> allIds(String user) {
        List<String> ids = new ArrayList<>();
        for (int page = 0;; page++) {
            Response r = given().auth().oauth2(Tokens.of(user)).queryParam("page", page).queryParam("size", 100)
                    .get("/v1/reports/mine");
            assertEquals(200, r.statusCode());
            List<String> items = r.jsonPath().getList("items.id");
            ids.addAll(items);
            if (items.size() < 100) {
                return ids;
            }
        }
    }
}
