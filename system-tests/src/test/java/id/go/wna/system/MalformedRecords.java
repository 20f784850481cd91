package id.go.wna.system;

import id.go.wna.contracts.CloudEventHeaders;
import id.go.wna.contracts.EventTypes;
import id.go.wna.contracts.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Writes malformed records to the platform's topics with a raw {@code byte[]} producer, as a faulty or hostile
 * producer could: every kind of damage of issue 16 item 1. Each record is built so that it can only end as a dead
 * letter in every consumer of its topic, whatever check or handler catches it: a defect that a consumer might
 * tolerate (a key that is not UTF-8, duplicated headers) travels with a payload no consumer can apply. So the test
 * can demand a dead letter for each, and the exact counts of the valid story stay untouched.
 */
final class MalformedRecords implements AutoCloseable {

    /** The services that consume each topic ({@code mp.messaging.incoming.*.topic} of each service). */
    static final Map<String, List<String>> CONSUMERS = Map.of(
            Topics.CASE_EVENTS, List.of("notification-service", "reciprocity-service", "dashboard-service"),
            Topics.PRESENCE_EVENTS, List.of("reciprocity-service", "dashboard-service"),
            Topics.CUSTODY_NOTICES, List.of("notification-service"),
            Topics.CONSULAR_EVENTS, List.of("case-service", "reciprocity-service", "dashboard-service"),
            Topics.RECIPROCITY_EVENTS, List.of("dashboard-service"));

    static final List<String> TOPICS = List.of(Topics.CASE_EVENTS, Topics.PRESENCE_EVENTS, Topics.CUSTODY_NOTICES,
            Topics.CONSULAR_EVENTS, Topics.RECIPROCITY_EVENTS);

    /** One record written: where the broker put it (the only identity a record without headers has). */
    record Injected(String kind, String topic, int partition, long offset, String eventId, Instant injectedAt, byte[] key,
                    byte[] value) {
        String where() {
            return topic + "/" + partition + "@" + offset;
        }

        @Override
        public String toString() {
            return kind + " " + where() + (eventId == null ? "" : " ce_id=" + eventId);
        }
    }

    /** The kinds of damage, in the order they are written (each a record per topic). */
    static final List<String> KINDS = List.of("raw bytes with NUL and invalid UTF-8", "empty value", "null value (tombstone)",
            "value of about 1 MB", "key not UTF-8", "no CloudEvents headers", "duplicated ce_id and ce_type",
            "garbage header values (NUL, invalid UTF-8, 10 KB, no value)", "ce_time not a time", "payload violating its schema",
            "unknown ce_type", "JSON with \\u0000 in a string", "valid schema the handler cannot apply");

    private static final int PARTITIONS = 3;
    private static final byte[] NOT_UTF8 = {(byte) 0xC3, 0x28, 0x00, (byte) 0xFF, (byte) 0xFE, (byte) 0x80};

    private final KafkaProducer<byte[], byte[]> producer;

    /** {@code client}: a complete client configuration (bootstrap servers, SASL) allowed to write every topic. */
    MalformedRecords(Map<String, Object> client) {
        Map<String, Object> config = new java.util.HashMap<>(client);
        config.putAll(Map.of(
                ProducerConfig.ACKS_CONFIG, "all",
                // the ~1 MB record: above the producer's default request size, under the broker's message.max.bytes
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 1_040_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 60_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 20_000));
        producer = new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
    }

    /**
     * Writes every kind once to every topic, waiting for each acknowledgement; {@code round} shifts the partitions, so
     * that every topic gets records on each of its partitions and each kind lands on several.
     */
    List<Injected> injectRound(int round) {
        List<Injected> written = new ArrayList<>();
        for (String topic : TOPICS) {
            for (int k = 0; k < KINDS.size(); k++) {
                written.add(send(topic, (k + round) % PARTITIONS, k));
            }
        }
        return written;
    }

    private Injected send(String topic, int partition, int kind) {
        String id = UUID.randomUUID().toString();
        String type = typeOf(topic);
        byte[] key = utf8("chaos-" + id);
        byte[] value;
        String eventId = id;
        List<Map.Entry<String, byte[]>> headers = new ArrayList<>(cloudEventHeaders(id, type));
        switch (kind) {
            case 0 -> value = concat(utf8("{\"caseId\":"), new byte[]{0x00, (byte) 0xFF, (byte) 0xC0, (byte) 0xAF, 0x00}, utf8(id));
            case 1 -> value = new byte[0];
            case 2 -> value = null;
            case 3 -> {
                // JSON without any required field, just under the broker's message.max.bytes (1,048,588)
                String head = "{\"chaos\":\"" + id + "\",\"padding\":\"";
                value = utf8(head + "x".repeat(1_000_000 - head.length() - 2) + "\"}");
            }
            case 4 -> {
                key = concat(NOT_UTF8, utf8(id));
                value = utf8("{\"caseId\":\"not-a-uuid\",\"chaos\":\"" + id + "\"}");
            }
            case 5 -> {
                headers.clear();
                eventId = null;
                value = utf8(validPayload(topic, "XXA", id));
            }
            case 6 -> {
                String second = UUID.randomUUID().toString();
                eventId = id + "," + second;
                headers.add(Map.entry(CloudEventHeaders.ID, utf8(second)));
                headers.add(Map.entry(CloudEventHeaders.TYPE, utf8(otherTypeOf(topic))));
                value = utf8("{}"); // no required field of either type: a dead letter whichever header is read
            }
            case 7 -> {
                byte[] garbageId = concat(new byte[]{0x00}, NOT_UTF8, utf8(id));
                eventId = new String(garbageId, StandardCharsets.UTF_8);
                byte[] big = new byte[10 * 1024];
                for (int i = 0; i < big.length; i++) {
                    big[i] = (byte) (i % 7 == 0 ? 0x00 : i % 5 == 0 ? 0xFF : 'A' + i % 26);
                }
                headers.clear();
                headers.add(Map.entry(CloudEventHeaders.ID, garbageId));
                headers.add(Map.entry(CloudEventHeaders.TYPE, big));
                headers.add(Map.entry(CloudEventHeaders.SOURCE, NOT_UTF8));
                headers.add(Map.entry(CloudEventHeaders.TIME, concat(utf8("2026-"), NOT_UTF8)));
                headers.add(Map.entry("x-chaos-garbage", big));
                headers.add(new AbstractMap.SimpleEntry<>(CloudEventHeaders.SUBJECT, null)); // a header without a value
                value = utf8(validPayload(topic, "XXA", id));
            }
            case 8 -> {
                headers.removeIf(h -> h.getKey().equals(CloudEventHeaders.TIME));
                headers.add(Map.entry(CloudEventHeaders.TIME, utf8("yesterday, around noon")));
                value = utf8(validPayload(topic, "XXA", id));
            }
            case 9 -> value = utf8("{\"chaos\":\"" + id + "\",\"kind\":\"SPACESHIP\",\"stage\":42,\"sex\":\"Q\",\"indicators\":\"none\"}");
            case 10 -> {
                headers = cloudEventHeaders(id, "id.go.wna.chaos.NoSuchEvent.v1");
                value = utf8("{\"chaos\":\"" + id + "\"}");
            }
            // a NUL as JSON escape: valid JSON, valid against the schema, but PostgreSQL keeps no NUL in text
            case 11 -> value = utf8(validPayload(topic, "A\\u0000S", id)
                    .replace("\"details\":null", "\"details\":\"a\\u0000b\""));
            case 12 -> value = utf8(validPayload(topic, "NOT-A-COUNTRY", id)); // longer than every nationality column
            default -> throw new IllegalArgumentException("kind " + kind);
        }
        ProducerRecord<byte[], byte[]> r = new ProducerRecord<>(topic, partition, key, value);
        headers.forEach(h -> r.headers().add(h.getKey(), h.getValue()));
        return acknowledged(KINDS.get(kind), r, eventId);
    }

    private Injected acknowledged(String kind, ProducerRecord<byte[], byte[]> r, String eventId) {
        try {
            RecordMetadata m = producer.send(r).get(60, TimeUnit.SECONDS);
            return new Injected(kind, m.topic(), m.partition(), m.offset(), eventId, Instant.now(), r.key(), r.value());
        } catch (Exception e) {
            throw new IllegalStateException("could not write the record '" + kind + "' to " + r.topic() + ": " + e, e);
        }
    }

    /** The headers a well-formed CloudEvent of {@code type} carries (binary mode), as the platform writes them. */
    private static List<Map.Entry<String, byte[]>> cloudEventHeaders(String id, String type) {
        Headers h = new RecordHeaders();
        CloudEventHeaders.write(h, id, type, "/chaos", "chaos", Instant.now());
        List<Map.Entry<String, byte[]>> list = new ArrayList<>();
        h.forEach(header -> list.add(Map.entry(header.key(), header.value())));
        return list;
    }

    /** The type every consumer of the topic applies (so a payload it cannot apply fails in each of them). */
    static String typeOf(String topic) {
        return switch (topic) {
            case Topics.CASE_EVENTS -> EventTypes.CASE_OPENED;
            case Topics.PRESENCE_EVENTS -> EventTypes.PERSON_ARRIVED;
            case Topics.CUSTODY_NOTICES -> EventTypes.CUSTODY_FOLLOW_UP_ISSUED;
            case Topics.CONSULAR_EVENTS -> EventTypes.OBLIGATION_OPENED;
            case Topics.RECIPROCITY_EVENTS -> EventTypes.ASSESSMENT_COMPUTED;
            default -> throw new IllegalArgumentException(topic);
        };
    }

    private static String otherTypeOf(String topic) {
        return switch (topic) {
            case Topics.CASE_EVENTS -> EventTypes.CASE_STATUS_CHANGED;
            case Topics.PRESENCE_EVENTS -> EventTypes.PERSON_DEPARTED;
            case Topics.CUSTODY_NOTICES -> EventTypes.CUSTODY_NOTICE_ISSUED;
            case Topics.CONSULAR_EVENTS -> EventTypes.NOTICE_SENT;
            case Topics.RECIPROCITY_EVENTS -> EventTypes.THRESHOLD_CROSSED;
            default -> throw new IllegalArgumentException(topic);
        };
    }

    /**
     * A payload valid against the schema of {@link #typeOf}'s type with {@code nationality} as it is (a JSON string
     * body, escapes allowed). A custody follow-up names a custody nobody reported: it cannot be placed either.
     */
    static String validPayload(String topic, String nationality, String id) {
        String now = Instant.now().toString();
        String n = "\"" + nationality + "\"";
        return switch (topic) {
            case Topics.CASE_EVENTS -> "{\"caseId\":\"" + id + "\",\"kind\":\"IMMIGRATION_CRIME\",\"status\":\"REPORTED\",\"nationality\":"
                    + n + ",\"province\":\"Bali\",\"openedAt\":\"" + now + "\"}";
            case Topics.PRESENCE_EVENTS -> "{\"personRef\":\"" + id + "\",\"nationality\":" + n + ",\"sex\":\"M\",\"ageBand\":\"25-34\","
                    + "\"portOfEntry\":\"TPI-DPS\",\"province\":\"Bali\",\"arrivedAt\":\"" + now + "\"}";
            case Topics.CUSTODY_NOTICES -> "{\"caseId\":\"" + id + "\",\"custodyId\":\"" + id + "\",\"personRef\":\"" + id
                    + "\",\"stage\":\"TRANSFER\",\"occurredAt\":\"" + now + "\",\"issuedAt\":\"" + now + "\",\"details\":null}";
            case Topics.CONSULAR_EVENTS -> "{\"obligationId\":\"" + id + "\",\"caseId\":\"" + id + "\",\"nationality\":" + n
                    + ",\"trigger\":\"DETENTION\",\"legalBasis\":\"VCCR_ART_36\",\"triggeredAt\":\"" + now + "\",\"openedAt\":\"" + now + "\"}";
            case Topics.RECIPROCITY_EVENTS -> "{\"assessmentId\":\"" + id + "\",\"iso3\":" + n + ",\"period\":\""
                    + YearMonth.now(ZoneOffset.UTC) + "\",\"score\":0.1,\"confidenceLow\":0.0,\"confidenceHigh\":0.2,\"completeness\":1.0,"
                    + "\"indicators\":[],\"methodVersion\":\"chaos\",\"computedAt\":\"" + now + "\"}";
            default -> throw new IllegalArgumentException(topic);
        };
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Arrays.stream(parts).forEach(out::writeBytes);
        return out.toByteArray();
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }
}
