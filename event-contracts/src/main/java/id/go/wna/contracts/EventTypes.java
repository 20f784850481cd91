package id.go.wna.contracts;

/**
 * CloudEvents {@code ce_type} values: {@code <Aggregate><PastTense>.v1}. Every type is listed, with its topic, key and
 * payload record, in {@link EventCatalogue}.
 */
public final class EventTypes {

    // wna.case-events.v1 (case-service; key caseId; pseudonymous)
    /** A case was opened. */
    public static final String CASE_OPENED = "CaseOpened.v1";
    /** A case changed status. */
    public static final String CASE_STATUS_CHANGED = "CaseStatusChanged.v1";
    /** An offence was recorded. */
    public static final String OFFENCE_RECORDED = "OffenceRecorded.v1";
    /** An immigration administrative action (TAK) was taken. */
    public static final String ADMINISTRATIVE_ACTION_TAKEN = "AdministrativeActionTaken.v1";
    /** Custody (arrest, detention) started. */
    public static final String CUSTODY_STARTED = "CustodyStarted.v1";
    /** A detained person was moved. */
    public static final String CUSTODY_TRANSFERRED = "CustodyTransferred.v1";
    /** Custody ended. */
    public static final String CUSTODY_ENDED = "CustodyEnded.v1";
    /** A death was recorded. */
    public static final String DEATH_RECORDED = "DeathRecorded.v1";
    /** A foreign minor or adult lacking capacity appears to need a guardian. */
    public static final String GUARDIANSHIP_NEED_RECORDED = "GuardianshipNeedRecorded.v1";
    /** A foreign ship was wrecked or a foreign-registered aircraft crashed. */
    public static final String WRECK_OR_CRASH_RECORDED = "WreckOrCrashRecorded.v1";
    /** Deportation was decided. */
    public static final String DEPORTATION_DECIDED = "DeportationDecided.v1";
    /** The person left under a deportation decision. */
    public static final String DEPORTATION_COMPLETED = "DeportationCompleted.v1";

    // wna.presence-events.v1 (case-service; key personRef; pseudonymous)
    /** A foreign national entered Indonesia. */
    public static final String PERSON_ARRIVED = "PersonArrived.v1";
    /** A foreign national left Indonesia. */
    public static final String PERSON_DEPARTED = "PersonDeparted.v1";
    /** A stay permit was issued. */
    public static final String STAY_PERMIT_ISSUED = "StayPermitIssued.v1";
    /** A stay permit ended. */
    public static final String STAY_PERMIT_ENDED = "StayPermitEnded.v1";

    // wna.custody-notices.v1 (case-service; key caseId; restricted: identity)
    /** What a consular notice about a detention needs. */
    public static final String CUSTODY_NOTICE_ISSUED = "CustodyNoticeIssued.v1";
    /** What a consular notice about a death needs. */
    public static final String DEATH_NOTICE_ISSUED = "DeathNoticeIssued.v1";
    /** What a consular notice about a guardianship need requires. */
    public static final String GUARDIANSHIP_NOTICE_ISSUED = "GuardianshipNoticeIssued.v1";
    /** A later stage of a custody episode the post must hear about. */
    public static final String CUSTODY_FOLLOW_UP_ISSUED = "CustodyFollowUpIssued.v1";

    // kemlu.consular-events.v1 (notification-service; key obligationId; pseudonymous)
    /** A consular obligation arose. */
    public static final String OBLIGATION_OPENED = "ObligationOpened.v1";
    /** The notification regime of an obligation was determined. */
    public static final String REGIME_DETERMINED = "RegimeDetermined.v1";
    /** The detainee was advised of their consular rights. */
    public static final String RIGHTS_ADVISED = "RightsAdvised.v1";
    /** A notice went to a consular post. */
    public static final String NOTICE_SENT = "NoticeSent.v1";
    /** A consular post acknowledged a notice. */
    public static final String NOTICE_ACKNOWLEDGED = "NoticeAcknowledged.v1";
    /** A consular clock reached its warning point. */
    public static final String DEADLINE_WARNING_RAISED = "DeadlineWarningRaised.v1";
    /** A consular deadline passed. */
    public static final String DEADLINE_BREACHED = "DeadlineBreached.v1";
    /** Consular access was requested. */
    public static final String ACCESS_REQUESTED = "AccessRequested.v1";
    /** A consular visit or call took place. */
    public static final String ACCESS_CONDUCTED = "AccessConducted.v1";
    /** A consular service was logged. */
    public static final String CONSULAR_SERVICE_RECORDED = "ConsularServiceRecorded.v1";
    /** The welfare status of a monitored person changed. */
    public static final String WELFARE_STATUS_CHANGED = "WelfareStatusChanged.v1";

    // kemlu.reciprocity-events.v1 (reciprocity-service; key iso3)
    /** A country's reciprocity assessment was computed. */
    public static final String ASSESSMENT_COMPUTED = "AssessmentComputed.v1";
    /** A score or indicator crossed a threshold. */
    public static final String THRESHOLD_CROSSED = "ThresholdCrossed.v1";

    private EventTypes() {
    }
}
