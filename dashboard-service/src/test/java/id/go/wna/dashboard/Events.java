package id.go.wna.dashboard;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.go.wna.contracts.EventTypes;
import id.go.wna.contracts.Topics;
import id.go.wna.contracts.cases.CaseOpened;
import id.go.wna.contracts.cases.CaseStatusChanged;
import id.go.wna.contracts.cases.CustodyEnded;
import id.go.wna.contracts.cases.CustodyStarted;
import id.go.wna.contracts.cases.CustodyTransferred;
import id.go.wna.contracts.consular.ConsularServiceRecorded;
import id.go.wna.contracts.consular.DeadlineBreached;
import id.go.wna.contracts.consular.NoticeSent;
import id.go.wna.contracts.consular.ObligationOpened;
import id.go.wna.contracts.consular.RegimeDetermined;
import id.go.wna.contracts.consular.RightsAdvised;
import id.go.wna.contracts.consular.WelfareStatusChanged;
import id.go.wna.contracts.presence.PersonArrived;
import id.go.wna.contracts.presence.PersonDeparted;
import id.go.wna.contracts.presence.StayPermitEnded;
import id.go.wna.contracts.presence.StayPermitIssued;
import id.go.wna.contracts.reciprocity.AssessmentComputed;
import id.go.wna.contracts.reciprocity.ThresholdCrossed;
import id.go.wna.infra.test.RealInfrastructure;
import id.go.wna.infra.test.TestEvents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Real CloudEvents on the test broker, built from the contract records, as the producing services would send them. */
public final class Events {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private Events() {
    }

    /** The payload as the producing service serialises it (ISO times, absent optional fields left out). */
    public static String json(Object payload) {
        try {
            return JSON.writeValueAsString(payload);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void send(String topic, Object key, String type, Object payload) {
        send(topic, key, UUID.randomUUID().toString(), type, payload);
    }

    static void send(String topic, Object key, String eventId, String type, Object payload) {
        TestEvents.send(RealInfrastructure.kafkaClient(), topic, key.toString(), eventId, type, json(payload));
    }

    // Presence -------------------------------------------------------------------------------------------------------

    static void arrived(UUID person, String nationality, String province, Instant at) {
        send(Topics.PRESENCE_EVENTS, person, EventTypes.PERSON_ARRIVED,
                new PersonArrived(person, nationality, "F", "25-34", "DPS", province, "VISA_FREE", at));
    }

    static void departed(UUID person, String nationality, String province, Instant at) {
        send(Topics.PRESENCE_EVENTS, person, EventTypes.PERSON_DEPARTED,
                new PersonDeparted(person, nationality, "CGK", province, null, at));
    }

    static void permitIssued(UUID person, UUID permit, String nationality, String type, String province, Instant at) {
        send(Topics.PRESENCE_EVENTS, person, EventTypes.STAY_PERMIT_ISSUED,
                new StayPermitIssued(person, permit, nationality, "M", "35-44", type, "IMIGRASI", province,
                        LocalDate.ofInstant(at, java.time.ZoneOffset.UTC), null, at));
    }

    static void permitEnded(UUID person, UUID permit, String nationality, String type, String reason, Instant at) {
        send(Topics.PRESENCE_EVENTS, person, EventTypes.STAY_PERMIT_ENDED,
                new StayPermitEnded(person, permit, nationality, type, reason, at));
    }

    // Cases and custody ----------------------------------------------------------------------------------------------

    static void caseOpened(UUID caseId, String kind, String nationality, String province, Instant at) {
        send(Topics.CASE_EVENTS, caseId, EventTypes.CASE_OPENED,
                new CaseOpened(caseId, kind, "REPORTED", nationality, province, at, null, null));
    }

    static void caseStatusChanged(UUID caseId, String nationality, String from, String to, Instant at) {
        send(Topics.CASE_EVENTS, caseId, EventTypes.CASE_STATUS_CHANGED,
                new CaseStatusChanged(caseId, nationality, from, to, null, at, null, null));
    }

    static void custodyStarted(UUID caseId, UUID custody, String nationality, String province, String type, Instant at) {
        send(Topics.CASE_EVENTS, caseId, EventTypes.CUSTODY_STARTED,
                new CustodyStarted(caseId, custody, UUID.randomUUID(), nationality, "M", "25-34", province, type,
                        "RUDENIM", null, "IMIGRASI", at, null));
    }

    static void custodyTransferred(UUID caseId, UUID custody, String nationality, String toProvince, Instant at) {
        send(Topics.CASE_EVENTS, caseId, EventTypes.CUSTODY_TRANSFERRED,
                new CustodyTransferred(caseId, custody, UUID.randomUUID(), nationality, "RUDENIM", null, "LAPAS", null,
                        toProvince, "CAPACITY", at));
    }

    static void custodyEnded(UUID caseId, UUID custody, String nationality, Instant at) {
        send(Topics.CASE_EVENTS, caseId, EventTypes.CUSTODY_ENDED,
                new CustodyEnded(caseId, custody, UUID.randomUUID(), nationality, "RELEASED", at, 1));
    }

    // Consular -------------------------------------------------------------------------------------------------------

    static void obligationOpened(UUID obligation, UUID caseId, UUID custody, String nationality, Instant at) {
        obligationOpened(obligation, caseId, custody, nationality, "DETENTION", at);
    }

    static void obligationOpened(UUID obligation, UUID caseId, UUID custody, String nationality, String trigger, Instant at) {
        send(Topics.CONSULAR_EVENTS, obligation, EventTypes.OBLIGATION_OPENED,
                new ObligationOpened(obligation, caseId, custody, null, nationality, trigger, "VCCR Art. 36(1)(b)", at, at));
    }

    static void regime(UUID obligation, String nationality, String regime, Instant at) {
        regime(obligation, nationality, regime, List.of("VCCR_DEFAULT"), at);
    }

    static void regime(UUID obligation, String nationality, String regime, List<String> reasons, Instant at) {
        send(Topics.CONSULAR_EVENTS, obligation, EventTypes.REGIME_DETERMINED,
                new RegimeDetermined(obligation, nationality, regime, reasons, "test", null, null, null, null, at));
    }

    static void rightsAdvised(UUID obligation, String nationality, String answer, Instant at) {
        send(Topics.CONSULAR_EVENTS, obligation, EventTypes.RIGHTS_ADVISED,
                new RightsAdvised(obligation, nationality, at, "en", false, answer, false, 30, false));
    }

    static void noticeSent(UUID obligation, String nationality, String kind, long delayMinutes, Instant at) {
        send(Topics.CONSULAR_EVENTS, obligation, EventTypes.NOTICE_SENT,
                new NoticeSent(obligation, UUID.randomUUID(), nationality, "POST-1", kind, "MANDATORY", "EMAIL", "REF-1",
                        at, delayMinutes, delayMinutes > 72 * 60));
    }

    static void breached(UUID obligation, String nationality, String clock, Instant at) {
        send(Topics.CONSULAR_EVENTS, obligation, EventTypes.DEADLINE_BREACHED,
                new DeadlineBreached(obligation, nationality, clock, at.minusSeconds(60), at));
    }

    static void service(String nationality, String type, int count, LocalDate on) {
        UUID id = UUID.randomUUID();
        send(Topics.CONSULAR_EVENTS, id, EventTypes.CONSULAR_SERVICE_RECORDED,
                new ConsularServiceRecorded(id, null, type, nationality, count, on, Instant.now()));
    }

    static void welfare(UUID report, String nationality, String crisis, String status, Instant at) {
        welfare(report, nationality, "Bali", crisis, status, at);
    }

    static void welfare(UUID report, String nationality, String province, String crisis, String status, Instant at) {
        send(Topics.CONSULAR_EVENTS, report, EventTypes.WELFARE_STATUS_CHANGED,
                new WelfareStatusChanged(report, null, null, nationality, province, crisis, null, status, at));
    }

    // Reciprocity ----------------------------------------------------------------------------------------------------

    static UUID assessment(String iso3, double score, Instant at) {
        UUID id = UUID.randomUUID();
        send(Topics.RECIPROCITY_EVENTS, iso3, EventTypes.ASSESSMENT_COMPUTED,
                new AssessmentComputed(id, iso3, "2026-Q4", score, score - 0.1, score + 0.1, 0.75, -0.4, List.of(),
                        null, "1", at));
        return id;
    }

    static void thresholdCrossed(String iso3, UUID assessment, double value, Instant at) {
        send(Topics.RECIPROCITY_EVENTS, iso3, EventTypes.THRESHOLD_CROSSED,
                new ThresholdCrossed(iso3, assessment, "2026-Q4", "COMPOSITE", 0.0, "DOWNWARD", value, 0.1, at));
    }
}
