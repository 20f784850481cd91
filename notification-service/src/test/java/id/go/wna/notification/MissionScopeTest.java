package id.go.wna.notification;

import id.go.wna.contracts.EventTypes;
import id.go.wna.contracts.Topics;
import id.go.wna.infra.test.RealInfrastructure;
import id.go.wna.infra.test.TestEvents;
import id.go.wna.notification.domain.ReportedCase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.wna.infra.test.Api.as;
import static id.go.wna.infra.test.Api.asMissionOfficerOf;
import static id.go.wna.notification.ConsularObligationTest.KEMLU;
import static id.go.wna.notification.ConsularObligationTest.advise;
import static id.go.wna.notification.ConsularObligationTest.detained;
import static id.go.wna.notification.ConsularObligationTest.notice;
import static id.go.wna.notification.ConsularObligationTest.obligationOf;
import static id.go.wna.notification.ConsularObligationTest.obligationsOf;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * What a foreign mission's officer sees in notification-service follows the person's nationalities from the custody
 * notice, never the nationality a case event states: mismatched data and dual nationals, through every read a mission
 * officer may call here (see {@link SecurityMatrixTest}).
 */
@QuarkusTest
class MissionScopeTest {

    /** The case event Imigrasi published for {@code caseId}, saying {@code nationality}, once Kemlu has it. */
    private static void caseEventSays(UUID caseId, String nationality) {
        TestEvents.send(RealInfrastructure.kafkaClient(), Topics.CASE_EVENTS, caseId.toString(), UUID.randomUUID().toString(),
                EventTypes.CASE_OPENED, """
                        {"caseId":"%s","kind":"CRIMINAL","status":"REPORTED","nationality":"%s","province":"DKI Jakarta","openedAt":"%s"}"""
                        .formatted(caseId, nationality, Instant.now().minus(2, ChronoUnit.HOURS)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertNotNull(QuarkusTransaction.requiringNew().call(() -> ReportedCase.<ReportedCase>findById(caseId))));
    }

    /** Advised (the detainee asked for the post) and notified: what a post is shown. */
    private static void notified(String obligationId) {
        advise(obligationId, "REQUESTED").then().statusCode(201);
        notice(obligationId, Map.of("channel", "DIPLOMATIC_NOTE")).then().statusCode(201);
    }

    @Test
    void aBritishDetaineesObligationLetterAndAccessRequestAreNotAustraliasEvenWhenTheCaseEventSaysAustralian() {
        UUID caseId = detained(List.of("GBR"), "31", Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS),
                false, "NONE");
        caseEventSays(caseId, "AUS");
        String obligationId = obligationOf(caseId);
        notified(obligationId);
        String accessRequestId = asMissionOfficerOf("GBR").contentType(ContentType.JSON)
                .body(Map.of("obligationId", obligationId, "mode", "IN_PERSON", "requestedBy", "POST",
                        "requestedAt", Instant.now().minus(20, ChronoUnit.MINUTES).toString()))
                .post("/api/v1/access-requests").then().statusCode(201).extract().path("id");

        asMissionOfficerOf("AUS").get("/api/v1/obligations/" + obligationId).then().statusCode(404);
        asMissionOfficerOf("AUS").accept("text/html").get("/api/v1/obligations/" + obligationId + "/letter").then().statusCode(404);
        asMissionOfficerOf("AUS").queryParam("caseId", caseId.toString()).get("/api/v1/obligations").then().statusCode(200)
                .body("$", hasSize(0));
        asMissionOfficerOf("AUS").queryParam("nationality", "AUS").queryParam("size", 200).get("/api/v1/obligations").then()
                .statusCode(200).body("id", not(hasItem(obligationId)));
        asMissionOfficerOf("AUS").get("/api/v1/access-requests/" + accessRequestId).then().statusCode(404);
        asMissionOfficerOf("AUS").queryParam("obligationId", obligationId).get("/api/v1/access-requests").then().statusCode(200)
                .body("$", hasSize(0));
        asMissionOfficerOf("AUS").contentType(ContentType.JSON)
                .body(Map.of("obligationId", obligationId, "mode", "IN_PERSON", "requestedBy", "POST"))
                .post("/api/v1/access-requests").then().statusCode(404);

        asMissionOfficerOf("GBR").get("/api/v1/obligations/" + obligationId).then().statusCode(200)
                .body("nationality", equalTo("GBR"));
        asMissionOfficerOf("GBR").accept("text/html").get("/api/v1/obligations/" + obligationId + "/letter").then().statusCode(200);
        asMissionOfficerOf("GBR").queryParam("caseId", caseId.toString()).get("/api/v1/obligations").then().statusCode(200)
                .body("id", equalTo(List.of(obligationId)));
        asMissionOfficerOf("GBR").get("/api/v1/access-requests/" + accessRequestId).then().statusCode(200);
        asMissionOfficerOf("GBR").queryParam("obligationId", obligationId).get("/api/v1/access-requests").then().statusCode(200)
                .body("id", equalTo(List.of(accessRequestId)));
    }

    @Test
    void aBritishAustralianDualNationalIsOwedToBothPostsEachSeeingItsOwnAndFranceNeither() {
        UUID caseId = detained(List.of("GBR", "AUS"), "31", Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS),
                false, "NONE");
        caseEventSays(caseId, "GBR");
        List<Map<String, Object>> obligations = obligationsOf(caseId, 2);
        Map<String, String> byNationality = new java.util.HashMap<>();
        obligations.forEach(o -> byNationality.put((String) o.get("nationality"), (String) o.get("id")));
        byNationality.values().forEach(MissionScopeTest::notified);

        for (String post : List.of("GBR", "AUS")) {
            asMissionOfficerOf(post).queryParam("caseId", caseId.toString()).get("/api/v1/obligations").then().statusCode(200)
                    .body("id", equalTo(List.of(byNationality.get(post))));
            asMissionOfficerOf(post).get("/api/v1/obligations/" + byNationality.get(post)).then().statusCode(200);
            asMissionOfficerOf(post).accept("text/html").get("/api/v1/obligations/" + byNationality.get(post) + "/letter").then()
                    .statusCode(200);
        }
        asMissionOfficerOf("AUS").get("/api/v1/obligations/" + byNationality.get("GBR")).then().statusCode(404);
        asMissionOfficerOf("FRA").queryParam("caseId", caseId.toString()).get("/api/v1/obligations").then().statusCode(200)
                .body("$", hasSize(0));
        for (String id : byNationality.values()) {
            asMissionOfficerOf("FRA").get("/api/v1/obligations/" + id).then().statusCode(404);
            asMissionOfficerOf("FRA").accept("text/html").get("/api/v1/obligations/" + id + "/letter").then().statusCode(404);
        }
        as(KEMLU).queryParam("caseId", caseId.toString()).get("/api/v1/obligations").then().statusCode(200).body("$", hasSize(2));
    }
}
