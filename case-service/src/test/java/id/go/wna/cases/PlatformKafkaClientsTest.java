package id.go.wna.cases;

import id.go.wna.infra.test.RealInfrastructure;
import id.go.wna.platform.events.KafkaAdmin;
import id.go.wna.platform.events.KafkaProducers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The platform's own Kafka clients (outbox relay and dead-letter producers, the admin client of health and consumer
 * positions) take the service's whole {@code kafka.*} configuration, as the SmallRye channels do: on a TLS/SASL
 * cluster, {@code kafka.security.protocol} and {@code kafka.sasl.*} reach them too, and events are still published.
 */
@QuarkusTest
class PlatformKafkaClientsTest {

    @Inject
    KafkaProducers producers;
    @Inject
    KafkaAdmin admin;

    @Test
    void aKafkaSettingOfTheServiceReachesTheOutboxProducerAndTheAdminClientWithTheirOwnGuaranteesOnTop() {
        Map<String, Object> producer = producers.settings("case-service-platform");
        Map<String, Object> adminClient = admin.settings();

        // Set once, as kafka.client.dns.lookup, in the test profile.
        assertEquals("use_all_dns_ips", producer.get("client.dns.lookup"));
        assertEquals("use_all_dns_ips", adminClient.get("client.dns.lookup"));
        // The service's own principal (SASL/SCRAM), as the test broker requires it, reaches them as well.
        Map<String, Object> own = RealInfrastructure.kafkaClientAs("case-service");
        for (String key : List.of("bootstrap.servers", "security.protocol", "sasl.mechanism", "sasl.jaas.config")) {
            assertEquals(own.get(key), producer.get(key), key);
            assertEquals(own.get(key), adminClient.get(key), key);
        }
        assertEquals("case-service", admin.principal());
        // The platform's own guarantees are not overridden by the common settings.
        assertEquals("all", producer.get("acks"));
        assertEquals(true, producer.get("enable.idempotence"));
        assertEquals(2000, adminClient.get("request.timeout.ms"));
    }
}
