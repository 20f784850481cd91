package id.go.wna.dashboard;

import id.go.wna.contracts.EventTypes;
import id.go.wna.contracts.Topics;
import id.go.wna.infra.test.RealInfrastructure;
import id.go.wna.infra.test.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static id.go.wna.infra.test.Api.as;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class CaseStatisticsTest {

    private static String caseOpened(String caseId, String kind, String nationality, String province) {
        return """
                {"caseId":"%s","kind":"%s","status":"OPEN","nationality":"%s","province":"%s","openedAt":"2026-11-20T03:00:00Z"}"""
                .formatted(caseId, kind, nationality, province);
    }

    private static long casesOf(String by, String key) {
        JsonPath stats = as("joint-analyst").queryParam("by", by).when().get("/api/v1/cases/stats").then().statusCode(200).extract().jsonPath();
        Integer n = stats.param("k", key).get("counts.find { it.key == k }.cases");
        return n == null ? 0 : n;
    }

    @Test
    void openedCasesAppearInTheCaseStatisticsOnceEvenWhenTheEventIsDeliveredTwice() {
        String caseId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        String body = caseOpened(caseId, "ADMINISTRATIVE_ACTION", "BRN", "Kalimantan Timur");

        TestEvents.send(RealInfrastructure.kafkaClient(), Topics.CASE_EVENTS, caseId, eventId, EventTypes.CASE_OPENED, body);
        TestEvents.send(RealInfrastructure.kafkaClient(), Topics.CASE_EVENTS, caseId, eventId, EventTypes.CASE_OPENED, body);
        // A later, distinct event proves the duplicate was already behind us when we look.
        String marker = UUID.randomUUID().toString();
        TestEvents.send(RealInfrastructure.kafkaClient(), Topics.CASE_EVENTS, caseId, marker, EventTypes.CASE_OPENED,
                caseOpened(UUID.randomUUID().toString(), "CIVIL", "BRN", "Kalimantan Timur"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(2, casesOf("nationality", "BRN")));
        assertEquals(2, casesOf("nationality", "BRN"));
        as("joint-analyst").queryParam("by", "province").when().get("/api/v1/cases/stats").then()
                .body("counts.key", hasItem("Kalimantan Timur"));
    }

    @Test
    void theDashboardPageIsServedAtTheRootAndReadsTheCaseStatistics() {
        given().when().get("/").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.containsString("text/html"))
                .body(org.hamcrest.Matchers.containsString("JWNA"))
                .body(org.hamcrest.Matchers.containsString("/api/v1/cases/stats"));
    }

    @Test
    void groupingByAnUnknownDimensionIsAProblemNamingTheParameter() {
        as("joint-analyst").queryParam("by", "religion").when().get("/api/v1/cases/stats").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("by"));
    }
}
