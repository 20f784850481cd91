package id.go.wna.contracts;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import id.go.wna.contracts.cases.AdministrativeActionTaken;
import id.go.wna.contracts.cases.CaseOpened;
import id.go.wna.contracts.cases.CaseStatusChanged;
import id.go.wna.contracts.cases.CustodyEnded;
import id.go.wna.contracts.cases.CustodyStarted;
import id.go.wna.contracts.cases.CustodyTransferred;
import id.go.wna.contracts.cases.DeathRecorded;
import id.go.wna.contracts.cases.GuardianshipNeedRecorded;
import id.go.wna.contracts.cases.WreckOrCrashRecorded;
import id.go.wna.contracts.custody.GuardianshipNoticeIssued;
import id.go.wna.contracts.cases.DeportationCompleted;
import id.go.wna.contracts.cases.DeportationDecided;
import id.go.wna.contracts.cases.OffenceRecorded;
import id.go.wna.contracts.consular.AccessConducted;
import id.go.wna.contracts.consular.AccessRequested;
import id.go.wna.contracts.consular.ConsularServiceRecorded;
import id.go.wna.contracts.consular.DeadlineBreached;
import id.go.wna.contracts.consular.DeadlineWarningRaised;
import id.go.wna.contracts.consular.NoticeAcknowledged;
import id.go.wna.contracts.consular.NoticeSent;
import id.go.wna.contracts.consular.ObligationOpened;
import id.go.wna.contracts.consular.RegimeDetermined;
import id.go.wna.contracts.consular.RightsAdvised;
import id.go.wna.contracts.consular.WelfareStatusChanged;
import id.go.wna.contracts.custody.CustodyFollowUpIssued;
import id.go.wna.contracts.custody.CustodyNoticeIssued;
import id.go.wna.contracts.custody.DeathNoticeIssued;
import id.go.wna.contracts.presence.PersonArrived;
import id.go.wna.contracts.presence.PersonDeparted;
import id.go.wna.contracts.presence.StayPermitEnded;
import id.go.wna.contracts.presence.StayPermitIssued;
import id.go.wna.contracts.reciprocity.AssessmentComputed;
import id.go.wna.contracts.reciprocity.ThresholdCrossed;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The single list of every event type of the platform (event-contracts/README.md): its topic, record key, payload record and
 * whether it is pseudonymous. The JSON Schemas, the AsyncAPI document and the README table are generated from it.
 */
public final class EventCatalogue {

    /**
     * One event type.
     *
     * @param type           the CloudEvents {@code ce_type}, e.g. {@code CaseOpened.v1}
     * @param topic          the Kafka topic it travels on
     * @param keyDescription what the Kafka record key (and {@code ce_subject}) is
     * @param payload        the Java record of the JSON payload
     * @param pseudonymous   whether the payload is free of direct identifiers (names, document numbers, birth dates)
     */
    public record EventType(String type, String topic, String keyDescription, Class<? extends Record> payload,
                            boolean pseudonymous) {

        public EventType {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(keyDescription, "keyDescription");
            Objects.requireNonNull(payload, "payload");
        }

        /** The classpath resource of the JSON Schema of the payload, e.g. {@code schemas/CaseOpened.v1.json}. */
        public String schemaResource() {
            return "schemas/" + type + ".json";
        }

        /** The type's name without its version suffix, e.g. {@code CaseOpened}. */
        public String name() {
            return type.substring(0, type.lastIndexOf('.'));
        }

        /** The payload record's {@link JsonClassDescription}, or an empty string. */
        public String description() {
            JsonClassDescription d = payload.getAnnotation(JsonClassDescription.class);
            return d == null ? "" : d.value();
        }

        /** The topic's facts (producer, readers). */
        public Topic topicInfo() {
            return EventCatalogue.topic(topic).orElseThrow();
        }
    }

    /**
     * One topic.
     *
     * @param name         the topic name (a {@link Topics} constant)
     * @param producer     the only service that writes it
     * @param key          what the record key is
     * @param readers      who may read it
     * @param pseudonymous whether every payload on it is pseudonymous
     * @param carries      what it carries, in a sentence
     */
    public record Topic(String name, String producer, String key, String readers, boolean pseudonymous,
                        String carries) {
    }

    private static final String CASE_KEY = "caseId (UUID of the case)";
    private static final String PERSON_KEY = "personRef (pseudonymous UUID of the person)";
    private static final String OBLIGATION_KEY = "obligationId (UUID of the consular obligation)";
    private static final String COUNTRY_KEY = "iso3 (ISO 3166-1 alpha-3 code of the country assessed)";

    private static final List<Topic> TOPICS = List.of(
            new Topic(Topics.CASE_EVENTS, "case-service", CASE_KEY, "all services, partner agencies", true,
                    "Case lifecycle, offences, administrative actions (TAK), custody start/transfer/end, deaths, "
                            + "deportations. Pseudonymous: personRef, nationality, sex, age band, province; never "
                            + "names or document numbers."),
            new Topic(Topics.PRESENCE_EVENTS, "case-service", PERSON_KEY, "dashboard-service, reciprocity-service", true,
                    "Arrivals, departures, stay permits issued and ended. Pseudonymous."),
            new Topic(Topics.CUSTODY_NOTICES, "case-service", CASE_KEY, "notification-service only (restricted)",
                    false, "What a consular notice needs: identity, travel document, place and authority of "
                    + "detention, charges; deaths; follow-ups. Identifiable personal data (UU 27/2022): only "
                    + "notification-service may read it."),
            new Topic(Topics.CONSULAR_EVENTS, "notification-service", OBLIGATION_KEY
                    + "; a consular service or welfare report not tied to an obligation is keyed by its own id",
                    "all services, partner agencies",
                    true, "Consular obligations opened, regimes determined, rights advised, notices sent and "
                    + "acknowledged, deadline warnings and breaches, access requested and conducted, consular services "
                    + "recorded, welfare status changed. Pseudonymous."),
            new Topic(Topics.RECIPROCITY_EVENTS, "reciprocity-service", COUNTRY_KEY,
                    "dashboard-service, partner agencies", true,
                    "Reciprocity assessments computed and thresholds crossed, per country. Aggregates with "
                            + "small-cell suppression."));

    private static final List<EventType> ALL = List.of(
            caseEvent(EventTypes.CASE_OPENED, CaseOpened.class),
            caseEvent(EventTypes.CASE_STATUS_CHANGED, CaseStatusChanged.class),
            caseEvent(EventTypes.OFFENCE_RECORDED, OffenceRecorded.class),
            caseEvent(EventTypes.ADMINISTRATIVE_ACTION_TAKEN, AdministrativeActionTaken.class),
            caseEvent(EventTypes.CUSTODY_STARTED, CustodyStarted.class),
            caseEvent(EventTypes.CUSTODY_TRANSFERRED, CustodyTransferred.class),
            caseEvent(EventTypes.CUSTODY_ENDED, CustodyEnded.class),
            caseEvent(EventTypes.DEATH_RECORDED, DeathRecorded.class),
            caseEvent(EventTypes.GUARDIANSHIP_NEED_RECORDED, GuardianshipNeedRecorded.class),
            caseEvent(EventTypes.WRECK_OR_CRASH_RECORDED, WreckOrCrashRecorded.class),
            caseEvent(EventTypes.DEPORTATION_DECIDED, DeportationDecided.class),
            caseEvent(EventTypes.DEPORTATION_COMPLETED, DeportationCompleted.class),

            presenceEvent(EventTypes.PERSON_ARRIVED, PersonArrived.class),
            presenceEvent(EventTypes.PERSON_DEPARTED, PersonDeparted.class),
            presenceEvent(EventTypes.STAY_PERMIT_ISSUED, StayPermitIssued.class),
            presenceEvent(EventTypes.STAY_PERMIT_ENDED, StayPermitEnded.class),

            custodyNotice(EventTypes.CUSTODY_NOTICE_ISSUED, CustodyNoticeIssued.class),
            custodyNotice(EventTypes.DEATH_NOTICE_ISSUED, DeathNoticeIssued.class),
            custodyNotice(EventTypes.GUARDIANSHIP_NOTICE_ISSUED, GuardianshipNoticeIssued.class),
            custodyNotice(EventTypes.CUSTODY_FOLLOW_UP_ISSUED, CustodyFollowUpIssued.class),

            consularEvent(EventTypes.OBLIGATION_OPENED, ObligationOpened.class, OBLIGATION_KEY),
            consularEvent(EventTypes.REGIME_DETERMINED, RegimeDetermined.class, OBLIGATION_KEY),
            consularEvent(EventTypes.RIGHTS_ADVISED, RightsAdvised.class, OBLIGATION_KEY),
            consularEvent(EventTypes.NOTICE_SENT, NoticeSent.class, OBLIGATION_KEY),
            consularEvent(EventTypes.NOTICE_ACKNOWLEDGED, NoticeAcknowledged.class, OBLIGATION_KEY),
            consularEvent(EventTypes.DEADLINE_WARNING_RAISED, DeadlineWarningRaised.class, OBLIGATION_KEY),
            consularEvent(EventTypes.DEADLINE_BREACHED, DeadlineBreached.class, OBLIGATION_KEY),
            consularEvent(EventTypes.ACCESS_REQUESTED, AccessRequested.class, OBLIGATION_KEY),
            consularEvent(EventTypes.ACCESS_CONDUCTED, AccessConducted.class, OBLIGATION_KEY),
            consularEvent(EventTypes.CONSULAR_SERVICE_RECORDED, ConsularServiceRecorded.class,
                    "obligationId when the service belongs to an obligation, otherwise serviceId (UUID)"),
            consularEvent(EventTypes.WELFARE_STATUS_CHANGED, WelfareStatusChanged.class,
                    "obligationId when the report belongs to an obligation, otherwise welfareReportId (UUID)"),

            new EventType(EventTypes.ASSESSMENT_COMPUTED, Topics.RECIPROCITY_EVENTS, COUNTRY_KEY,
                    AssessmentComputed.class, true),
            new EventType(EventTypes.THRESHOLD_CROSSED, Topics.RECIPROCITY_EVENTS, COUNTRY_KEY,
                    ThresholdCrossed.class, true));

    private EventCatalogue() {
    }

    /** Every event type, grouped by topic in the order of the event-contracts README. */
    public static List<EventType> all() {
        return ALL;
    }

    /** The event type of a CloudEvents {@code ce_type}, if it is one of ours. */
    public static Optional<EventType> byType(String ceType) {
        return ALL.stream().filter(t -> t.type().equals(ceType)).findFirst();
    }

    /** The event types that travel on a topic (empty for an unknown topic). */
    public static List<EventType> onTopic(String topic) {
        return ALL.stream().filter(t -> t.topic().equals(topic)).toList();
    }

    /** Every topic, in the order of the event-contracts README (dead-letter topics excluded). */
    public static List<Topic> topics() {
        return TOPICS;
    }

    /** A topic's facts, if it is one of ours. */
    public static Optional<Topic> topic(String name) {
        return TOPICS.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    private static EventType caseEvent(String type, Class<? extends Record> payload) {
        return new EventType(type, Topics.CASE_EVENTS, CASE_KEY, payload, true);
    }

    private static EventType presenceEvent(String type, Class<? extends Record> payload) {
        return new EventType(type, Topics.PRESENCE_EVENTS, PERSON_KEY, payload, true);
    }

    private static EventType custodyNotice(String type, Class<? extends Record> payload) {
        return new EventType(type, Topics.CUSTODY_NOTICES, CASE_KEY, payload, false);
    }

    private static EventType consularEvent(String type, Class<? extends Record> payload, String key) {
        return new EventType(type, Topics.CONSULAR_EVENTS, key, payload, true);
    }
}
