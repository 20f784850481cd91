package id.go.wna.cases;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.go.wna.contracts.EventTypes;
import id.go.wna.contracts.Topics;
import id.go.wna.contracts.consular.AccessConducted;
import id.go.wna.contracts.consular.NoticeAcknowledged;
import id.go.wna.contracts.consular.NoticeSent;
import id.go.wna.contracts.consular.ObligationOpened;
import id.go.wna.infra.test.RealInfrastructure;
import id.go.wna.infra.test.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.wna.infra.test.Api.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

/** A case's timeline tells its whole story: Imigrasi's records and what Kemlu did toward the consulate. */
@QuarkusTest
class CaseTimelineTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final String IMIGRASI = "imigrasi-officer";

    private static void publish(UUID obligationId, String type, Object payload) throws Exception {
        TestEvents.send(RealInfrastructure.kafkaClient(), Topics.CONSULAR_EVENTS, obligationId.toString(),
                UUID.randomUUID().toString(), type, JSON.writeValueAsString(payload));
    }

    @Test
    void theTimelineShowsTheCaseRecordsAndKemlusNoticeAcknowledgementAndVisitInOrder() throws Exception {
        String caseId = as(IMIGRASI).contentType(ContentType.JSON)
                .body(Map.of("kind", "CRIMINAL", "nationality", "AUS", "province", "Bali"))
                .when().post("/api/v1/cases").then().statusCode(201).extract().path("id");
        CaseLifecycleTest.move(caseId, "VERIFIED");

        UUID obligation = UUID.randomUUID();
        UUID notice = UUID.randomUUID();
        Instant t0 = Instant.parse("2026-11-20T03:00:00Z");
        publish(obligation, EventTypes.OBLIGATION_OPENED, new ObligationOpened(obligation, UUID.fromString(caseId), null,
                UUID.randomUUID(), "AUS", "DETENTION", "VCCR Art. 36(1)(b)", t0, t0.plusSeconds(2)));
        publish(obligation, EventTypes.NOTICE_SENT, new NoticeSent(obligation, notice, "AUS", "AUS-DPS", "INITIAL", "MANDATORY",
                "EMAIL", "KEMLU/PK/2026/0001", t0.plusSeconds(3600), 60, false));
        publish(obligation, EventTypes.NOTICE_ACKNOWLEDGED, new NoticeAcknowledged(obligation, notice, "AUS", "AUS-DPS", "EMAIL",
                t0.plusSeconds(7200), 60));
        publish(obligation, EventTypes.ACCESS_CONDUCTED, new AccessConducted(obligation, UUID.randomUUID(), "AUS", "AUS-DPS",
                "IN_PERSON", t0.plusSeconds(86_400), true, 1, 45));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(IMIGRASI).when().get("/api/v1/cases/" + caseId).then()
                .statusCode(200)
                .body("timeline.findAll { it.source == 'KEMLU' }.type", equalTo(List.of("CONSULAR_OBLIGATION_OPENED",
                        "CONSULAR_NOTICE_SENT", "CONSULAR_NOTICE_ACKNOWLEDGED", "CONSULAR_VISIT_CONDUCTED")))
                .body("timeline.type", hasItems("CASE_REPORTED", "STATUS_CHANGED"))
                .body("timeline.find { it.type == 'CONSULAR_NOTICE_SENT' }.summary", equalTo(
                        "INITIAL notice sent to post AUS-DPS by EMAIL (MANDATORY)")));
    }

    @Test
    void aReplayRebuildsKemlusEntriesOfTheTimelineFromTheConsularTopic() throws Exception {
        String caseId = as(IMIGRASI).contentType(ContentType.JSON)
                .body(Map.of("kind", "CRIMINAL", "nationality", "NZL", "province", "Bali"))
                .when().post("/api/v1/cases").then().statusCode(201).extract().path("id");
        UUID obligation = UUID.randomUUID();
        Instant t0 = Instant.parse("2026-11-21T03:00:00Z");
        publish(obligation, EventTypes.OBLIGATION_OPENED, new ObligationOpened(obligation, UUID.fromString(caseId), null,
                UUID.randomUUID(), "NZL", "DETENTION", "VCCR Art. 36(1)(b)", t0, t0.plusSeconds(2)));
        publish(obligation, EventTypes.NOTICE_SENT, new NoticeSent(obligation, UUID.randomUUID(), "NZL", "NZL-JKT", "INITIAL",
                "MANDATORY", "EMAIL", "KEMLU/PK/2026/0002", t0.plusSeconds(600), 10, true));
        List<String> kemlu = List.of("CONSULAR_OBLIGATION_OPENED", "CONSULAR_NOTICE_SENT");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(IMIGRASI).when().get("/api/v1/cases/" + caseId).then()
                .body("timeline.findAll { it.source == 'KEMLU' }.type", equalTo(kemlu)));

        as("admin").when().post("/api/v1/admin/replay").then().statusCode(200)
                .body("clearedTables", hasItems("consular_milestone", "consular_obligation"));

        // Re-read from the start of the topic: the same entries, once each.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as(IMIGRASI).when().get("/api/v1/cases/" + caseId).then()
                .statusCode(200)
                .body("timeline.findAll { it.source == 'KEMLU' }.type", equalTo(kemlu)));
    }

    @Test
    void aConsularEventForAnObligationNeverOpenedGoesToTheDeadLettersWithItsReason() throws Exception {
        UUID unknown = UUID.randomUUID();
        publish(unknown, EventTypes.NOTICE_SENT, new NoticeSent(unknown, UUID.randomUUID(), "AUS", "AUS-DPS", "INITIAL",
                "REQUESTED", "EMAIL", "KEMLU/PK/2026/0002", Instant.now(), 5, false));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("admin").when().get("/api/v1/admin/dead-letters").then()
                .statusCode(200)
                .body("key", hasItem(unknown.toString())));
    }
}
