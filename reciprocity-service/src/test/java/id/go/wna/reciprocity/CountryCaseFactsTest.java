package id.go.wna.reciprocity;

import id.go.wna.contracts.EventTypes;
import id.go.wna.contracts.Topics;
import id.go.wna.infra.test.RealInfrastructure;
import id.go.wna.infra.test.TestEvents;
import id.go.wna.reciprocity.domain.CountryCaseFacts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class CountryCaseFactsTest {

    @Inject
    CountryCaseFacts facts;

    private long casesOpened(String iso3, String period) {
        return QuarkusTransaction.requiringNew().call(() -> facts.casesOpened(iso3, period));
    }

    @Test
    void casesOpenedAreCountedPerCountryAndMonthOnceEachEvenWhenRedelivered() {
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        String event = UUID.randomUUID().toString();
        String body = """
                {"caseId":"%s","kind":"IMMIGRATION_CRIME","status":"OPEN","nationality":"NGA","province":"Banten","openedAt":"2026-10-31T23:30:00Z"}""";

        TestEvents.send(RealInfrastructure.kafkaClient(), Topics.CASE_EVENTS, first, event, EventTypes.CASE_OPENED, body.formatted(first));
        TestEvents.send(RealInfrastructure.kafkaClient(), Topics.CASE_EVENTS, first, event, EventTypes.CASE_OPENED, body.formatted(first));
        TestEvents.send(RealInfrastructure.kafkaClient(), Topics.CASE_EVENTS, first, UUID.randomUUID().toString(),
                EventTypes.CASE_OPENED, body.formatted(second).replace("2026-10-31T23:30:00Z", "2026-11-01T00:30:00Z"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(1, casesOpened("NGA", "2026-11")));
        assertEquals(1, casesOpened("NGA", "2026-10"), "the redelivered event counts once, in the month it happened");
    }
}
