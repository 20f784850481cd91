package id.go.wna.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.wna.cases.domain.CaseFile;
import id.go.wna.cases.domain.CustodyEpisode;
import id.go.wna.cases.domain.Person;
import id.go.wna.cases.messaging.CaseEvents;
import id.go.wna.contracts.EventTypes;
import id.go.wna.contracts.Topics;
import id.go.wna.infra.test.RealInfrastructure;
import id.go.wna.infra.test.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.wna.infra.test.Api.as;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What the custody notice told the consular post is case-service's own record, not only an outbox row: once the row
 * is purged, the custody still says which charges and interpreter need the post was told of, and the notice made again
 * from the stored records is the one the post received.
 */
@QuarkusTest
class CustodyNoticeKeptTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager em;
    @Inject
    CaseEvents events;

    @Test
    void theChargesAndTheInterpreterNeedTheNoticeToldThePostAreKeptWithTheCustodyAfterItsOutboxRowIsPurged() throws Exception {
        String personId = as("imigrasi-officer").contentType(ContentType.JSON)
                .body(Map.of("mrz", PersonRegistrationTest.mrz("AUS", "WALKER", "NOAH", PersonRegistrationTest.newNumber(), "900105", 'M', "310105"),
                        "languages", List.of("en")))
                .when().post("/api/v1/persons").then().statusCode(201).extract().path("id");
        String caseId = as("imigrasi-officer").contentType(ContentType.JSON)
                .body(Map.of("kind", "IMMIGRATION_CRIME", "province", "Bali", "personId", personId))
                .when().post("/api/v1/cases").then().statusCode(201).extract().path("id");
        String custodyId = as("imigrasi-officer").contentType(ContentType.JSON)
                .body(Map.of("custodyType", "IMMIGRATION_DETENTION", "facilityType", "RUDENIM", "facilityCode", "RUDENIM-DENPASAR",
                        "facilityName", "Rudenim Denpasar", "province", "Bali", "arrestingAuthority", "IMIGRASI",
                        "startedAt", Instant.now().minus(3, ChronoUnit.HOURS).toString(),
                        "charges", List.of(Map.of("statute", "UU 6/2011", "article", "122 a", "description", "paid work on a visit visa"),
                                Map.of("statute", "UU 6/2011", "article", "119")),
                        "interpreterNeeded", true))
                .when().post("/api/v1/cases/" + caseId + "/custody").then().statusCode(201).extract().path("id");

        ConsumerRecord<String, String> told = TestEvents.find(RealInfrastructure.kafkaClient(), Topics.CUSTODY_NOTICES,
                r -> caseId.equals(r.key()), Duration.ofSeconds(20)).orElseThrow(() -> new AssertionError("no custody notice"));
        await().atMost(Duration.ofSeconds(20)).until(() -> QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM outbox_event WHERE payload ->> 'custodyId' = ?1 AND published_at IS NULL")
                .setParameter(1, custodyId).getSingleResult()).intValue() == 0));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM outbox_event WHERE payload ->> 'custodyId' = ?1")
                .setParameter(1, custodyId).executeUpdate());

        List<List<String>> charges = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "SELECT statute, article, coalesce(description, '') FROM custody_charge WHERE custody_id = ?1 ORDER BY position", Object[].class)
                .setParameter(1, UUID.fromString(custodyId)).getResultList().stream()
                .map(row -> List.of((String) ((Object[]) row)[0], (String) ((Object[]) row)[1], (String) ((Object[]) row)[2])).toList());
        assertEquals(List.of(List.of("UU 6/2011", "122 a", "paid work on a visit visa"), List.of("UU 6/2011", "119", "")), charges);
        assertEquals(Boolean.TRUE, QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT interpreter_needed FROM custody_episode WHERE id = ?1").setParameter(1, UUID.fromString(custodyId)).getSingleResult()));

        // Made again from the stored records, and taken out of the outbox before commit, so the post is not told twice.
        String again = QuarkusTransaction.requiringNew().call(() -> {
            CustodyEpisode e = CustodyEpisode.findById(UUID.fromString(custodyId));
            events.custodyStarted(CaseFile.findById(e.caseId), Person.withEverything(e.personId), e);
            String payload = (String) em.createNativeQuery("SELECT payload::text FROM outbox_event WHERE type = ?1 AND payload ->> 'custodyId' = ?2")
                    .setParameter(1, EventTypes.CUSTODY_NOTICE_ISSUED).setParameter(2, custodyId).getSingleResult();
            em.createNativeQuery("DELETE FROM outbox_event WHERE payload ->> 'custodyId' = ?1").setParameter(1, custodyId).executeUpdate();
            return payload;
        });
        JsonNode sent = JSON.readTree(told.value());
        assertEquals(sent, JSON.readTree(again));
        assertEquals(true, sent.get("interpreterNeeded").asBoolean());
    }
}
