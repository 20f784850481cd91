package id.go.wna.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.wna.contracts.EventTypes;
import id.go.wna.contracts.Topics;
import id.go.wna.contracts.cases.CaseOpened;
import id.go.wna.infra.test.RealInfrastructure;
import id.go.wna.infra.test.TestEvents;
import id.go.wna.platform.consumer.Replay;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A channel on the real topic: a replay rebuilds the read model from the start; a poison record does not stop it. */
@QuarkusTest
class ReplayTest {

    @Inject
    Replay replay;
    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;

    private void opened(UUID caseId, String nationality) throws Exception {
        TestEvents.send(RealInfrastructure.kafkaClient(), Topics.CASE_EVENTS, caseId.toString(), UUID.randomUUID().toString(),
                EventTypes.CASE_OPENED, json.writeValueAsString(new CaseOpened(caseId, "CRIMINAL", "REPORTED", nationality,
                        "Bali", Instant.parse("2026-10-01T00:00:00Z"), null, null)));
    }

    private String row(UUID caseId) {
        return QuarkusTransaction.requiringNew().call(() -> ((List<?>) em.createNativeQuery(
                        "SELECT nationality || ' ' || applied FROM platform_test_case WHERE case_id = ?1")
                .setParameter(1, caseId).getResultList()).stream().findFirst().map(String::valueOf).orElse("none"));
    }

    @Test
    void aReplayRebuildsTheReadModelFromTheStartOfTheTopicApplyingEachEventOnce() throws Exception {
        UUID first = UUID.randomUUID(), second = UUID.randomUUID();
        opened(first, "AUS");
        opened(second, "THA");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertEquals("AUS 1", row(first));
            assertEquals("THA 1", row(second));
        });
        // The read model drifts from the events (a bug fixed since, a manual edit): the replay puts it right.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE platform_test_case SET nationality = 'XXX', applied = 7 WHERE case_id = ?1").setParameter(1, first).executeUpdate());

        Replay.Result result = replay.replayFromStart();

        assertEquals(List.of("platform_test_case"), result.clearedTables());
        assertTrue(result.rewoundPartitions().stream().anyMatch(p -> p.startsWith(Topics.CASE_EVENTS)),
                "rewound " + result.rewoundPartitions());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertEquals("AUS 1", row(first));
            assertEquals("THA 1", row(second));
        });
    }

    @Test
    void aPoisonRecordOnTheTopicIsADeadLetterAndTheChannelGoesOn() throws Exception {
        var poison = TestEvents.sendRaw(RealInfrastructure.kafkaClient(), Topics.CASE_EVENTS, null,
                "poison".getBytes(StandardCharsets.UTF_8), "not json".getBytes(StandardCharsets.UTF_8), List.of());
        UUID after = UUID.randomUUID();
        opened(after, "NZL");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals("NZL 1", row(after)));
        String reason = QuarkusTransaction.requiringNew().call(() -> String.valueOf(em.createNativeQuery("""
                        SELECT reason FROM dead_letter WHERE consumer = ?1 AND source_topic = ?2 AND source_partition = ?3
                        AND source_offset = ?4""").setParameter(1, TestCaseEventsConsumer.CONSUMER)
                .setParameter(2, Topics.CASE_EVENTS).setParameter(3, poison.partition()).setParameter(4, poison.offset())
                .getSingleResult()));
        assertEquals("NOT_A_CLOUDEVENT", reason);
    }
}
