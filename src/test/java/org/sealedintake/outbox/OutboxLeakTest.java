package org.sealedintake.outbox;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sealedintake.support.LeakScanner;
import org.sealedintake.support.TestEnvironment;
import org.sealedintake.support.Tokens;

/**
 * Threats T1, T15: a reporter files a report; events about it are queued as the business code
 * queues them (enforcement to the platform, a notice to the creator, a statement of reasons) and
 * delivered. No request to any receiver (line, headers, body) and no column of the outbox table
 * (decrypted bodies included) holds the reporter's account, name, e-mail or contact handles.
 */
@QuarkusTest
class OutboxLeakTest {
    @Inject
    Outbox outbox;
    @Inject
    OutboxDispatcher dispatcher;
    @Inject
    OutboxRepository events;
    @Inject
    OutboxConfig config;

    WebhookReceiver receiver;

    @BeforeEach
    void receiver() {
        receiver = new WebhookReceiver(config);
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    @Test
    void noDeliveryAndNoOutboxColumnNamesTheReporter() throws Exception {
        String token = Tokens.of("reporter-a");
        JsonPath claims = Tokens.claims(token);
        Map<String, String> secrets = new LinkedHashMap<>();
        for (String claim : List.of("sub", "preferred_username", "email", "name", "given_name", "family_name",
                "platform_account_id")) {
            secrets.put("reporter-a." + claim, claims.getString(claim));
        }
        String wechat = "wx_" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
        secrets.put("contact.wechat", wechat);
        secrets.put("contact.phone", "+86 138 0013 8000");
        String target = "post:" + UUID.randomUUID();
        String reportId = given().auth().oauth2(token).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body("""
                        {"category":"HARASSMENT","targetContentRef":"%s","targetAccount":"creator",
                         "description":"Threatening replies under my post","involvesMinor":false,"victim":{"type":"SELF"},
                         "reporterContact":{"wechat":"%s","phone":"+86 138 0013 8000"}}""".formatted(target, wechat))
                .post("/v1/reports").then().statusCode(201).extract().path("reportId");

        // What a decision on the case queues (the case, not the report, is the business object; the
        // creator is the account the platform named for the content).
        String creatorAccount = Tokens.claims(Tokens.of("creator")).getString("platform_account_id");
        UUID caseId = UUID.randomUUID();
        UUID decisionId = UUID.randomUUID();
        List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> List.of(
                outbox.enqueue(OutboxKind.ENFORCEMENT, "platform-enforcement", "enforcement:" + decisionId, """
                        {"decisionId":"%s","contentRef":"%s","account":"%s","action":"REMOVE","territorialScope":["EU"]}"""
                        .formatted(decisionId, target, creatorAccount), null),
                outbox.enqueue(OutboxKind.CREATOR_NOTICE, "platform-notices", "notice:" + decisionId, """
                        {"noticeId":"%s","account":"%s","contentRef":"%s","ground":"TERMS","explanation":"Threats of violence."}"""
                        .formatted(UUID.randomUUID(), creatorAccount, target), null),
                outbox.enqueue(OutboxKind.DSA_STATEMENT, "dsa-transparency-db", "dsa:" + decisionId, """
                        {"puid":"%s","decision_visibility":["DECISION_VISIBILITY_CONTENT_REMOVED"],"category":"STATEMENT_CATEGORY_VIOLENCE"}"""
                        .formatted(caseId), null)));
        dispatcher.dispatchDue();
        for (UUID id : ids) {
            assertEquals(OutboxStatus.DELIVERED, QuarkusTransaction.requiringNew().call(() -> events.findById(id)).status);
        }

        LeakScanner scanner = LeakScanner.of(secrets);
        List<LeakScanner.Finding> findings = new ArrayList<>();
        List<LoggedRequest> requests = receiver.all();
        assertTrue(requests.size() >= 3, "the deliveries were received");
        for (LoggedRequest r : requests) {
            String where = "request " + r.getHeader(OutboxHeaders.EVENT_ID);
            findings.addAll(scanner.scanText(where + " line", r.getMethod() + " " + r.getAbsoluteUrl()));
            findings.addAll(scanner.scanText(where + " headers", r.getHeaders().toString()));
            findings.addAll(scanner.scanBytes(where + " body", r.getBody()));
        }
        // Every row of the table, every column, and every decrypted body (ACCOUNT_NEWS bodies aside:
        // a "you have news" push addresses an account by design; it must hold no report id instead).
        int rows = 0;
        try (Connection c = TestEnvironment.ownerConnection();
                PreparedStatement s = c.prepareStatement("select * from outbox_event");
                ResultSet rs = s.executeQuery()) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                rows++;
                UUID id = (UUID) rs.getObject("id");
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    Object v = rs.getObject(i);
                    byte[] bytes = v instanceof byte[] b ? b : String.valueOf(v).getBytes(StandardCharsets.UTF_8);
                    findings.addAll(scanner.scanBytes("outbox_event." + md.getColumnName(i) + " of " + id, bytes));
                }
                OutboxEvent e = QuarkusTransaction.requiringNew().call(() -> events.findById(id));
                String payload = outbox.payloadOf(e);
                if (e.kind == OutboxKind.ACCOUNT_NEWS) {
                    assertFalse(payload.contains(reportId), "an account-news push names no report");
                } else {
                    findings.addAll(scanner.scanText("decrypted body of " + id, payload));
                }
            }
        }
        assertTrue(rows >= 3);
        assertEquals(List.of(), findings, "reporter identities or handles found (values withheld)");
    }
}
