package id.go.wna.dashboard.browser;

import id.go.wna.contracts.CloudEventHeaders;
import id.go.wna.contracts.EventTypes;
import id.go.wna.contracts.Topics;
import id.go.wna.infra.test.RealInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Publishes real CloudEvents (binary mode, headers of {@link CloudEventHeaders}) to the test broker, as case-service
 * and notification-service would, with payloads that match the event contracts' JSON Schemas. One producer for a
 * batch; {@link #close()} waits for every acknowledgement.
 */
final class DashboardEvents implements AutoCloseable {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.bootstrapServers(),
            ProducerConfig.ACKS_CONFIG, "all",
            ProducerConfig.LINGER_MS_CONFIG, 5),
            new StringSerializer(), new StringSerializer());
    private final List<Future<RecordMetadata>> sent = new ArrayList<>();

    private void send(String topic, String key, String type, String json) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, json);
        CloudEventHeaders.write(record.headers(), UUID.randomUUID().toString(), type, "/wna/tests/dashboard-browser", key, Instant.now());
        sent.add(producer.send(record));
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }

    String personArrived(String nationality, String province, Instant at) {
        String person = id();
        send(Topics.PRESENCE_EVENTS, person, EventTypes.PERSON_ARRIVED, """
                {"personRef":"%s","nationality":"%s","sex":"F","ageBand":"25-34","portOfEntry":"TPI-TEST","province":"%s",\
                "entryBasis":"VISA_ON_ARRIVAL","arrivedAt":"%s"}""".formatted(person, nationality, province, at));
        return person;
    }

    String caseOpened(String kind, String nationality, String province, Instant at) {
        String caseId = id();
        send(Topics.CASE_EVENTS, caseId, EventTypes.CASE_OPENED, """
                {"caseId":"%s","kind":"%s","status":"REPORTED","nationality":"%s","province":"%s","openedAt":"%s"}"""
                .formatted(caseId, kind, nationality, province, at));
        return caseId;
    }

    /** A case with a person in immigration detention; returns {caseId, custodyId, personRef}. */
    String[] custodyStarted(String nationality, String province, Instant at) {
        String caseId = caseOpened("IMMIGRATION_CRIME", nationality, province, at);
        String custodyId = id();
        String person = id();
        send(Topics.CASE_EVENTS, caseId, EventTypes.CUSTODY_STARTED, """
                {"caseId":"%s","custodyId":"%s","personRef":"%s","nationality":"%s","sex":"M","ageBand":"35-44",\
                "province":"%s","custodyType":"IMMIGRATION_DETENTION","facilityType":"RUDENIM","arrestingAuthority":"IMIGRASI",\
                "startedAt":"%s"}""".formatted(caseId, custodyId, person, nationality, province, at));
        return new String[] {caseId, custodyId, person};
    }

    /** The consular obligation of a detention; returns the obligation id. */
    String obligationOpened(String[] custody, String nationality, Instant triggeredAt) {
        String obligation = id();
        send(Topics.CONSULAR_EVENTS, obligation, EventTypes.OBLIGATION_OPENED, """
                {"obligationId":"%s","caseId":"%s","custodyId":"%s","personRef":"%s","nationality":"%s","trigger":"DETENTION",\
                "legalBasis":"VCCR Art. 36(1)(b)","triggeredAt":"%s","openedAt":"%s"}"""
                .formatted(obligation, custody[0], custody[1], custody[2], nationality, triggeredAt, triggeredAt.plusSeconds(60)));
        return obligation;
    }

    void noticeSent(String obligation, String nationality, Instant triggeredAt, int delayMinutes) {
        Instant sentAt = triggeredAt.plusSeconds(delayMinutes * 60L);
        send(Topics.CONSULAR_EVENTS, obligation, EventTypes.NOTICE_SENT, """
                {"obligationId":"%s","noticeId":"%s","nationality":"%s","postCode":"%s-JKT","kind":"INITIAL","basis":"MANDATORY",\
                "channel":"EMAIL","referenceNumber":"KEMLU/TEST/%s","sentAt":"%s","delayMinutes":%d,"late":%s}"""
                .formatted(obligation, id(), nationality, nationality, obligation.substring(0, 8), sentAt, delayMinutes,
                        delayMinutes > 72 * 60));
    }

    void notificationDeadlineBreached(String obligation, String nationality, Instant triggeredAt) {
        Instant due = triggeredAt.plusSeconds(72 * 3600L);
        send(Topics.CONSULAR_EVENTS, obligation, EventTypes.DEADLINE_BREACHED, """
                {"obligationId":"%s","nationality":"%s","clock":"NOTIFICATION","dueAt":"%s","breachedAt":"%s"}"""
                .formatted(obligation, nationality, due, due.plusSeconds(30)));
    }

    void consularService(String serviceType, String nationality, int count, Instant at) {
        String service = id();
        send(Topics.CONSULAR_EVENTS, service, EventTypes.CONSULAR_SERVICE_RECORDED, """
                {"serviceId":"%s","obligationId":null,"serviceType":"%s","nationality":"%s","count":%d,"occurredOn":"%s","recordedAt":"%s"}"""
                .formatted(service, serviceType, nationality, count, LocalDate.ofInstant(at, WIB), at));
    }

    @Override
    public void close() {
        try {
            producer.flush();
            for (Future<RecordMetadata> f : sent) {
                f.get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("the broker did not acknowledge the dashboard test events: " + e.getMessage(), e);
        } finally {
            producer.close();
        }
    }
}
