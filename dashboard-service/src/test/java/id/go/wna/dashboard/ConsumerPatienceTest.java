package id.go.wna.dashboard;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A consumer that cannot reach the broker for more than the Kafka client's default minute would fail its channel for
 * good (seen in a system test when an outage lasted 62 s): the platform gives consumers an hour instead.
 */
@QuarkusTest
class ConsumerPatienceTest {

    @Inject
    KafkaClientService kafka;

    @Test
    void theCaseEventsConsumerWaitsOutABrokerOutageOfUpToAnHour() {
        Object timeout = kafka.getConsumer("case-events").configuration().get("default.api.timeout.ms");
        assertEquals("3600000", String.valueOf(timeout));
    }
}
