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
}
