package id.go.wna.cases;

import id.go.wna.contracts.Topics;
import id.go.wna.infra.test.RealInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Every record of wna.presence-events.v1 under some keys, read from the beginning until the topic is quiet. */
final class PresenceEventsOnTheTopic {

    private PresenceEventsOnTheTopic() {
    }

    /** Reads until {@code expected} records matched and then {@code quiet} passes with no more, or {@code timeout}. */
    static List<ConsumerRecord<String, String>> withKeys(Set<String> keys, int expected, Duration quiet, Duration timeout) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(RealInfrastructure.kafkaClient(Map.of(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false)), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.PRESENCE_EVENTS));
            long deadline = System.nanoTime() + timeout.toNanos();
            long quietSince = System.nanoTime();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    if (keys.contains(r.key())) {
                        found.add(r);
                        quietSince = System.nanoTime();
                    }
                }
                if (found.size() >= expected && System.nanoTime() - quietSince > quiet.toNanos()) {
                    break;
                }
            }
        }
        return found;
    }
}
