package id.go.wna.platform.events;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Map;

/**
 * The service's one Kafka producer for what the platform sends itself (outbox events, dead letters, re-drives):
 * acks from all in-sync replicas and idempotence, so a retried send neither loses nor reorders records of a key.
 */
@ApplicationScoped
public class KafkaProducers {

    private final KafkaSettings kafka;
    private final String clientId;
    private volatile KafkaProducer<String, String> producer;
    private volatile KafkaProducer<byte[], byte[]> rawProducer;

    public KafkaProducers(KafkaSettings kafka,
                          @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.kafka = kafka;
        this.clientId = applicationName + "-platform";
    }

    public Producer<String, String> reliable() {
        if (producer == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = new KafkaProducer<>(settings(clientId), new StringSerializer(), new StringSerializer());
                }
            }
        }
        return producer;
    }

    /** The same guarantees for records kept as bytes (dead letters and their re-drives: sent back byte for byte). */
    public Producer<byte[], byte[]> raw() {
        if (rawProducer == null) {
            synchronized (this) {
                if (rawProducer == null) {
                    rawProducer = new KafkaProducer<>(settings(clientId + "-raw"), new ByteArraySerializer(), new ByteArraySerializer());
                }
            }
        }
        return rawProducer;
    }

    /** What the producers are built from: the service's Kafka settings (security included), the guarantees on top. */
    public Map<String, Object> settings(String client) {
        return kafka.with(Map.of(
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10000,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 10000,
                ProducerConfig.LINGER_MS_CONFIG, 2,
                // A dead letter may be as large as the largest record the broker accepts.
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8 * 1024 * 1024,
                ProducerConfig.CLIENT_ID_CONFIG, client));
    }

    void close(@Observes ShutdownEvent event) {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
        if (rawProducer != null) {
            rawProducer.close(Duration.ofSeconds(5));
        }
    }
}
