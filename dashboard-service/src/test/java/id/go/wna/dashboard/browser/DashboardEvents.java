package id.go.wna.dashboard.browser;

import id.go.wna.contracts.CloudEventHeaders;
import id.go.wna.contracts.EventTypes;
import id.go.wna.contracts.cases.CaseOpened;
import id.go.wna.contracts.cases.CustodyStarted;
import id.go.wna.contracts.consular.ConsularServiceRecorded;
import id.go.wna.contracts.consular.DeadlineBreached;
import id.go.wna.contracts.consular.NoticeSent;
import id.go.wna.contracts.consular.ObligationOpened;
import id.go.wna.contracts.consular.WelfareStatusChanged;
import id.go.wna.contracts.presence.PersonArrived;
import id.go.wna.dashboard.Events;
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
 * and notification-service would, with payloads built from the event contracts' records and serialised by
 * {@link Events#json}. One producer for a batch; {@link #close()} waits for every acknowledgement.
 */
final class DashboardEvents implements AutoCloseable {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final KafkaProducer<String, String> producer = new KafkaProducer<>(RealInfrastructure.kafkaClient(Map.of(ProducerConfig.ACKS_CONFIG, "all",
            ProducerConfig.LINGER_MS_CONFIG, 5)),
            new StringSerializer(), new StringSerializer());
    private final List<Future<RecordMetadata>> sent = new ArrayList<>();

    private void send(String topic, String key, String type, String json) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, json);
        CloudEventHeaders.write(record.headers(), UUID.randomUUID().toString(), type, "/wna/tests/dashboard-browser", key, Instant.now());
        sent.add(producer.send(record));
    }

    private static UUID id() {
        return UUID.randomUUID();
    }

    private void send(String topic, UUID key, String type, Object payload) {
        send(topic, key.toString(), type, Events.json(payload));
    }

    String personArrived(String nationality, String province, Instant at) {
        UUID person = id();
        send(Topics.PRESENCE_EVENTS, person, EventTypes.PERSON_ARRIVED,
                new PersonArrived(person, nationality, "F", "25-34", "TPI-TEST", province, "VISA_ON_ARRIVAL", at));
        return person.toString();
    }

    String caseOpened(String kind, String nationality, String province, Instant at) {
        UUID caseId = id();
        send(Topics.CASE_EVENTS, caseId, EventTypes.CASE_OPENED,
                new CaseOpened(caseId, kind, "REPORTED", nationality, province, at, null, null));
        return caseId.toString();
    }

    /** A case with a person in immigration detention; returns {caseId, custodyId, personRef}. */
    String[] custodyStarted(String nationality, String province, Instant at) {
        UUID caseId = UUID.fromString(caseOpened("IMMIGRATION_CRIME", nationality, province, at));
        UUID custodyId = id();
        UUID person = id();
        send(Topics.CASE_EVENTS, caseId, EventTypes.CUSTODY_STARTED, new CustodyStarted(caseId, custodyId, person, nationality,
                "M", "35-44", province, "IMMIGRATION_DETENTION", "RUDENIM", null, "IMIGRASI", at, null));
        return new String[] {caseId.toString(), custodyId.toString(), person.toString()};
    }

    /** The consular obligation of a detention; returns the obligation id. */
    String obligationOpened(String[] custody, String nationality, Instant triggeredAt) {
        UUID obligation = id();
        send(Topics.CONSULAR_EVENTS, obligation, EventTypes.OBLIGATION_OPENED, new ObligationOpened(obligation,
                UUID.fromString(custody[0]), UUID.fromString(custody[1]), UUID.fromString(custody[2]), nationality, "DETENTION",
                "VCCR Art. 36(1)(b)", triggeredAt, triggeredAt.plusSeconds(60)));
        return obligation.toString();
    }

    void noticeSent(String obligation, String nationality, Instant triggeredAt, int delayMinutes) {
        UUID id = UUID.fromString(obligation);
        send(Topics.CONSULAR_EVENTS, id, EventTypes.NOTICE_SENT, new NoticeSent(id, id(), nationality, nationality + "-JKT",
                "INITIAL", "MANDATORY", "EMAIL", "KEMLU/TEST/" + obligation.substring(0, 8),
                triggeredAt.plusSeconds(delayMinutes * 60L), delayMinutes, delayMinutes > 72 * 60));
    }

    void notificationDeadlineBreached(String obligation, String nationality, Instant triggeredAt) {
        UUID id = UUID.fromString(obligation);
        Instant due = triggeredAt.plusSeconds(72 * 3600L);
        send(Topics.CONSULAR_EVENTS, id, EventTypes.DEADLINE_BREACHED,
                new DeadlineBreached(id, nationality, "NOTIFICATION", due, due.plusSeconds(30)));
    }

    void consularService(String serviceType, String nationality, int count, Instant at) {
        UUID service = id();
        send(Topics.CONSULAR_EVENTS, service, EventTypes.CONSULAR_SERVICE_RECORDED,
                new ConsularServiceRecorded(service, null, serviceType, nationality, count, LocalDate.ofInstant(at, WIB), at));
    }

    /** A Covid-19 welfare report going through {@code statuses}, the first observed at {@code at}, each next a day later. */
    void welfare(String nationality, String province, Instant at, String... statuses) {
        UUID report = id();
        String previous = null;
        for (String status : statuses) {
            send(Topics.CONSULAR_EVENTS, report, EventTypes.WELFARE_STATUS_CHANGED,
                    new WelfareStatusChanged(report, null, null, nationality, province, "COVID-19", previous, status, at));
            previous = status;
            at = at.plus(java.time.Duration.ofDays(1));
        }
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
