package id.go.wna.infra.test;

import id.go.wna.contracts.CloudEventHeaders;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Produces and reads CloudEvents on the real test broker, as another service or a partner agency would, with the
 * client settings given ({@link RealInfrastructure#kafkaClient()}).
 */
public final class TestEvents {

    private TestEvents() {
    }

    /** Sends one CloudEvent (binary mode) and waits for the broker's acknowledgement. */
    public static void send(Map<String, Object> client, String topic, String key, String eventId, String type, String json) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(with(client, Map.of(
                ProducerConfig.ACKS_CONFIG, "all")),
                new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, json);
            CloudEventHeaders.write(record.headers(), eventId, type, "/wna/tests", key, Instant.now());
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not send " + type + " to " + topic + ": " + e.getMessage(), e);
        }
    }

    /**
     * Sends one record exactly as given, bytes and headers (any bytes, repeated or missing headers, a null value), to
     * one partition, and returns where the broker put it.
     */
    public static RecordMetadata sendRaw(Map<String, Object> client, String topic, Integer partition, byte[] key, byte[] value,
                                         List<Header> headers) {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(with(client, Map.of(
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 2 * 1024 * 1024)),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            return producer.send(new ProducerRecord<>(topic, partition, key, value, headers)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not send a raw record to " + topic + ": " + e.getMessage(), e);
        }
    }

    /** Reads {@code topic} from the beginning, as bytes, until a record matches, or {@code timeout} passes. */
    public static Optional<ConsumerRecord<byte[], byte[]>> findRaw(Map<String, Object> client, String topic,
                                                                   Predicate<ConsumerRecord<byte[], byte[]>> match,
                                                                   Duration timeout) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(with(client, Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false)), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(300))) {
                    if (match.test(r)) {
                        return Optional.of(r);
                    }
                }
            }
            return Optional.empty();
        }
    }

    /** Reads {@code topic} from the beginning until a record matches, or {@code timeout} passes. */
    public static Optional<ConsumerRecord<String, String>> find(Map<String, Object> client, String topic,
                                                                Predicate<ConsumerRecord<String, String>> match,
                                                                Duration timeout) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(with(client, Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false)), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(300))) {
                    if (match.test(r)) {
                        return Optional.of(r);
                    }
                }
            }
            return Optional.empty();
        }
    }

    /** Reads {@code topic} from the beginning for {@code readFor} and counts the records that match. */
    public static int count(Map<String, Object> client, String topic, Predicate<ConsumerRecord<String, String>> match,
                            Duration readFor) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(with(client, Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false)), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            int matches = 0;
            long deadline = System.nanoTime() + readFor.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(300))) {
                    if (match.test(r)) {
                        matches++;
                    }
                }
            }
            return matches;
        }
    }

    /** The client settings ({@link RealInfrastructure#kafkaClient()}: bootstrap servers and SASL) with {@code own} on top. */
    private static Map<String, Object> with(Map<String, Object> client, Map<String, Object> own) {
        Map<String, Object> all = new HashMap<>(client);
        all.putAll(own);
        return all;
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        return CloudEventHeaders.read(record.headers(), name);
    }
}
