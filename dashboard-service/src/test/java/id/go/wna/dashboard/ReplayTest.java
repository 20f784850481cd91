package id.go.wna.dashboard;

import id.go.wna.contracts.EventTypes;
import id.go.wna.contracts.Topics;
import id.go.wna.infra.test.RealInfrastructure;
import id.go.wna.infra.test.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static id.go.wna.infra.test.Api.as;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class ReplayTest {

    @Inject
    EntityManager em;

    private static long casesOf(String nationality) {
        JsonPath stats = as("joint-analyst").queryParam("by", "nationality").when().get("/api/v1/cases/stats").then().extract().jsonPath();
        Integer n = stats.param("k", nationality).get("counts.find { it.key == k }.cases");
        return n == null ? 0 : n;
    }

    @Test
    void aDamagedReadModelIsRebuiltFromTheStartOfTheTopic() {
        for (int i = 0; i < 3; i++) {
            String caseId = UUID.randomUUID().toString();
            TestEvents.send(RealInfrastructure.kafkaClient(), Topics.CASE_EVENTS, caseId, UUID.randomUUID().toString(),
                    EventTypes.CASE_OPENED, """
                            {"caseId":"%s","kind":"CIVIL","status":"OPEN","nationality":"MMR","province":"Aceh","openedAt":"2026-11-20T03:00:00Z"}"""
                            .formatted(caseId));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(3, casesOf("MMR")));
        long totalBefore = as("joint-analyst").queryParam("by", "kind").when().get("/api/v1/cases/stats").then().extract().jsonPath().getLong("total");

        // Someone "fixed" a figure by hand: the read model no longer matches the events.
        QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("UPDATE case_tally SET cases = 999 WHERE nationality = 'MMR'").executeUpdate());
        assertEquals(999, casesOf("MMR"));

        as("admin").when().post("/api/v1/admin/replay").then().statusCode(200)
                .body("clearedTables", hasItem("case_tally"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(3, casesOf("MMR")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(totalBefore,
                as("joint-analyst").queryParam("by", "kind").when().get("/api/v1/cases/stats").then().extract().jsonPath().getLong("total")));
    }

    @Test
    void aRecordReDrivenWithACorrectionIsStillCountedAfterAReplay() {
        String caseId = deadLetteredCaseOpening();
        String corrected = """
                {"caseId":"%s","kind":"CIVIL","status":"OPEN","nationality":"WSM","province":"Aceh","openedAt":"2026-11-20T03:00:00Z"}"""
                .formatted(caseId);
        as("admin").contentType("application/json").body(java.util.Map.of("value", corrected))
                .when().post("/api/v1/admin/dead-letters/" + deadLetterOf(caseId).get("id") + "/redrive")
                .then().statusCode(200);
        assertEquals(1, casesOf("WSM"));

        // The correction lives in this service, not on the topic: the replay meets the original record again and
        // applies the correction the operator gave, instead of dropping the case or dead-lettering it anew.
        as("admin").when().post("/api/v1/admin/replay").then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertEquals(1, casesOf("WSM")));
        assertEquals("REDRIVEN", deadLetterOf(caseId).get("status"));
        assertEquals(1, as("admin").queryParam("size", 500).when().get("/api/v1/admin/dead-letters").then().extract()
                .jsonPath().getList("findAll { it.key == '" + caseId + "' }").size(), "no second dead letter for the record");
    }

    @Test
    void aReplayThatMeetsAPendingDeadLetterAgainKeepsOneDeadLetterAndOneCopyOnTheDeadLetterTopic() {
        String caseId = deadLetteredCaseOpening(); // left pending: nobody re-drives it
        // A good record with the same key: same partition, after the bad one, so once it counts again after the
        // replay, the replay has met the bad record again.
        TestEvents.send(RealInfrastructure.kafkaClient(), Topics.CASE_EVENTS, caseId, UUID.randomUUID().toString(),
                EventTypes.CASE_OPENED, """
                        {"caseId":"%s","kind":"CIVIL","status":"OPEN","nationality":"TUV","province":"Aceh","openedAt":"2026-11-20T03:00:00Z"}"""
                        .formatted(caseId));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(1, casesOf("TUV")));
        String firstId = (String) deadLetterOf(caseId).get("id");

        as("admin").when().post("/api/v1/admin/replay").then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertEquals(1, casesOf("TUV")));

        assertEquals(1, as("admin").queryParam("size", 500).when().get("/api/v1/admin/dead-letters").then().extract()
                .jsonPath().getList("findAll { it.key == '" + caseId + "' }").size(), "one dead letter for the record");
        assertEquals(firstId, deadLetterOf(caseId).get("id"));
        assertEquals(1, TestEvents.count(RealInfrastructure.kafkaClient(), Topics.deadLetter("dashboard-service"),
                r -> caseId.equals(r.key()), Duration.ofSeconds(8)), "one copy on dashboard-service.dlq, not one per replay");
    }

    /** A case opening without a nationality (a schema violation), once it is a dead letter; returns its key. */
    private static String deadLetteredCaseOpening() {
        String caseId = UUID.randomUUID().toString();
        TestEvents.send(RealInfrastructure.kafkaClient(), Topics.CASE_EVENTS, caseId, UUID.randomUUID().toString(),
                EventTypes.CASE_OPENED, """
                        {"caseId":"%s","kind":"CIVIL","status":"OPEN","province":"Aceh","openedAt":"2026-11-20T03:00:00Z"}"""
                        .formatted(caseId));
        await().atMost(Duration.ofSeconds(30)).until(() -> deadLetterOf(caseId) != null);
        return caseId;
    }

    private static java.util.Map<String, Object> deadLetterOf(String key) {
        return as("admin").queryParam("size", 500).when().get("/api/v1/admin/dead-letters").then().statusCode(200)
                .extract().jsonPath().getMap("find { it.key == '" + key + "' }");
    }
}
