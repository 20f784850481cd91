package id.go.wna.reciprocity;

import id.go.wna.infra.KafkaAccess;
import id.go.wna.infra.test.RealInfrastructure;
import id.go.wna.platform.events.KafkaAdmin;
import id.go.wna.platform.events.KafkaSettings;
import id.go.wna.platform.health.KafkaBrokerHealth;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The service's Kafka health check and log when the broker refuses the service's login (its principal exists, the
 * password is wrong): they say that authentication failed and for which principal, not that something timed out.
 * Built from the service's own Kafka settings with only the password changed, against the real broker; the check is
 * the one {@code /q/health/well} runs (OperationsEndpointsTest checks it is there).
 */
@QuarkusTest
class WrongKafkaCredentialsTest {

    @Test
    void aWrongKafkaPasswordIsReportedAsAnAuthenticationFailureOfTheServicesPrincipalInHealthAndLog() {
        Map<String, Object> settings = RealInfrastructure.kafkaClientAs("reciprocity-service");
        settings.put("sasl.jaas.config", KafkaAccess.jaas("reciprocity-service", "not-the-password"));
        List<String> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    logged.add(String.valueOf(record.getMessage()) + " " + java.util.Arrays.toString(record.getParameters()));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(KafkaBrokerHealth.class.getName());
        logger.addHandler(capture);
        KafkaAdmin admin = new KafkaAdmin(new KafkaSettings(settings), "reciprocity-service");
        try {
            HealthCheckResponse health = new KafkaBrokerHealth(admin).call();

            assertEquals(HealthCheckResponse.Status.DOWN, health.getStatus());
            Map<String, Object> data = health.getData().orElseThrow();
            assertEquals("AUTHENTICATION_FAILED", data.get("state"));
            assertEquals("reciprocity-service", data.get("principal"));
            assertTrue(String.valueOf(data.get("reason")).startsWith(
                    "authentication failed for principal 'reciprocity-service' (SCRAM-SHA-512): "), data.toString());
            assertTrue(logged.stream().anyMatch(l -> l.contains("refused this service's login")
                    && l.contains("authentication failed for principal 'reciprocity-service'")), logged.toString());
        } finally {
            logger.removeHandler(capture);
            admin.client().close();
        }
    }

    @Test
    void withItsOwnPasswordTheServicesPrincipalIsLetInAndNamedInHealth() {
        KafkaAdmin admin = new KafkaAdmin(new KafkaSettings(RealInfrastructure.kafkaClientAs("reciprocity-service")), "reciprocity-service");
        try {
            HealthCheckResponse health = new KafkaBrokerHealth(admin).call();

            assertEquals(HealthCheckResponse.Status.UP, health.getStatus(), health.getData().toString());
            assertEquals("reciprocity-service", health.getData().orElseThrow().get("principal"));
        } finally {
            admin.client().close();
        }
    }
}
