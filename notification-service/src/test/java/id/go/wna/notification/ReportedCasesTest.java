package id.go.wna.notification;

import id.go.wna.contracts.EventTypes;
import id.go.wna.contracts.Topics;
import id.go.wna.infra.test.RealInfrastructure;
import id.go.wna.infra.test.TestEvents;
import id.go.wna.notification.domain.ReportedCase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

@QuarkusTest
class ReportedCasesTest {

    private static ReportedCase reported(UUID caseId) {
        return QuarkusTransaction.requiringNew().call(() -> ReportedCase.<ReportedCase>findById(caseId));
    }

    @Test
    void aCaseImigrasiOpensBecomesKnownToKemluWithItsNationalityAndProvince() {
        UUID caseId = UUID.randomUUID();
        TestEvents.send(RealInfrastructure.kafkaClient(), Topics.CASE_EVENTS, caseId.toString(), UUID.randomUUID().toString(),
                EventTypes.CASE_OPENED, """
                        {"caseId":"%s","kind":"CRIMINAL","status":"OPEN","nationality":"AUS","province":"Bali","openedAt":"2026-11-20T03:00:00Z"}"""
                        .formatted(caseId));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertNotNull(reported(caseId)));
        ReportedCase c = reported(caseId);
        assertEquals("AUS", c.nationality);
        assertEquals("Bali", c.province);
        assertEquals("CRIMINAL", c.kind);
    }
}
