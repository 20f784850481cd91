package id.go.wna.notification.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.wna.contracts.EventTypes;
import id.go.wna.contracts.cases.WreckOrCrashRecorded;
import id.go.wna.contracts.custody.CustodyFollowUpIssued;
import id.go.wna.contracts.custody.CustodyNoticeIssued;
import id.go.wna.contracts.custody.DeathNoticeIssued;
import id.go.wna.contracts.custody.GuardianshipNoticeIssued;
import id.go.wna.notification.domain.AdvisementAnswer;
import id.go.wna.notification.domain.FollowUp;
import id.go.wna.notification.domain.NotificationRegime;
import id.go.wna.notification.domain.Obligation;
import id.go.wna.notification.domain.ObligationClocks;
import id.go.wna.notification.domain.ObligationEvent;
import id.go.wna.notification.domain.ObligationLifecycle;
import id.go.wna.notification.domain.ObligationStatus;
import id.go.wna.notification.domain.ObligationTrigger;
import id.go.wna.notification.domain.ReceivedNotice;
import id.go.wna.notification.domain.RightsAdvisement;
import id.go.wna.notification.domain.RegimeDecision;
import id.go.wna.notification.messaging.ObligationEvents;
import id.go.wna.platform.consumer.FailureReason;
import id.go.wna.platform.consumer.PermanentFailure;
import id.go.wna.platform.reference.Provinces;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Opens obligations from what Imigrasi reports: a custody notice (Art. 36 or, for consular staff, Art. 42), a death,
 * a guardianship need (Art. 37(a), (b)), a wreck or air accident (Art. 37(c)); and attaches follow-ups to the
 * obligations of their custody episode. One obligation per person, event and nationality; a notice issued again
 * (identity corrected) updates the facts and decides the regime again.
 */
@ApplicationScoped
public class ObligationIntake {

    private final ObjectMapper json;
    private final RegimeDecisions decisions;
    private final ObligationEvents events;
    private final Clock clock;

    public ObligationIntake(ObjectMapper json, RegimeDecisions decisions, ObligationEvents events, Clock clock) {
        this.json = json;
        this.decisions = decisions;
        this.events = events;
        this.clock = clock;
    }

    /** What every kind of trigger contributes to its obligations. */
    private record Opening(UUID caseId, UUID custodyId, UUID personRef, List<String> nationalities, ObligationTrigger trigger,
                           String subjectKey, Instant triggeredAt, String province, UUID receivedNoticeId, String immunity,
                           boolean asylumSeekerOrRefugee, boolean minor, Instant custodyStartedAt) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void custodyNotice(UUID eventId, CustodyNoticeIssued n) {
        String subject = "custody:" + n.custodyId();
        UUID noticeId = keepLatest(eventId, EventTypes.CUSTODY_NOTICE_ISSUED, n.caseId(), subject, n.personRef(), n, n.issuedAt());
        boolean consularStaff = "CONSULAR_OFFICER".equals(n.immunity()) || "CONSULAR_EMPLOYEE".equals(n.immunity());
        Instant triggeredAt = n.identifiedForeignAt() != null && n.identifiedForeignAt().isAfter(n.arrest().arrestedAt())
                ? n.identifiedForeignAt() : n.arrest().arrestedAt();
        String province = n.placeOfDetention() != null ? n.placeOfDetention().province() : n.arrest().province();
        open(new Opening(n.caseId(), n.custodyId(), n.personRef(), n.person().nationalities(),
                consularStaff ? ObligationTrigger.CONSULAR_STAFF_ARREST : ObligationTrigger.DETENTION, subject, triggeredAt,
                province, noticeId, n.immunity(), n.vulnerability() != null && n.vulnerability().asylumSeekerOrRefugee(),
                n.vulnerability() != null && n.vulnerability().minor(), n.arrest().arrestedAt()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void deathNotice(UUID eventId, DeathNoticeIssued n) {
        String subject = "death:" + n.caseId();
        UUID noticeId = keepLatest(eventId, EventTypes.DEATH_NOTICE_ISSUED, n.caseId(), subject, n.personRef(), n, n.issuedAt());
        Instant diedAt = n.diedAt() != null ? n.diedAt()
                : n.diedOn().atStartOfDay(Provinces.find(n.province()).map(Provinces.Province::zone).orElse(Provinces.WIB)).toInstant();
        open(new Opening(n.caseId(), n.custodyId(), n.personRef(), n.person().nationalities(), ObligationTrigger.DEATH, subject,
                diedAt, n.province(), noticeId, "NONE", asylumOf(n.caseId()), false, null));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void guardianshipNotice(UUID eventId, GuardianshipNoticeIssued n) {
        String subject = "guardianship:" + n.caseId();
        UUID noticeId = keepLatest(eventId, EventTypes.GUARDIANSHIP_NOTICE_ISSUED, n.caseId(), subject, n.personRef(), n, n.issuedAt());
        open(new Opening(n.caseId(), null, n.personRef(), n.person().nationalities(), ObligationTrigger.GUARDIANSHIP, subject,
                n.identifiedAt(), n.province(), noticeId, "NONE", asylumOf(n.caseId()), !"ADULT_LACKING_CAPACITY".equals(n.reason()), null));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void wreckOrCrash(UUID eventId, WreckOrCrashRecorded w) {
        String subject = "wreck:" + w.caseId();
        UUID noticeId = keepLatest(eventId, EventTypes.WRECK_OR_CRASH_RECORDED, w.caseId(), subject, null, w, w.recordedAt());
        open(new Opening(w.caseId(), null, null, List.of(w.flagState()), ObligationTrigger.WRECK_OR_AIR_ACCIDENT, subject,
                w.occurredAt(), w.province(), noticeId, "NONE", false, false, null));
    }

    /**
     * A later stage of a custody episode, attached to each obligation of the episode. It is owed to the post when a
     * notice is (mandatory, or the person asked), and always for a death-penalty stage; a death in custody is told by
     * the death's own obligation. A release,
     * deportation or death ends the custody: the days in custody are derived from it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void followUp(UUID eventId, CustodyFollowUpIssued f) {
        List<Obligation> obligations = Obligation.list("subjectKey", "custody:" + f.custodyId());
        if (obligations.isEmpty()) {
            // Both come on the same topic and key, in order: a follow-up before its custody notice is a producer fault.
            throw new PermanentFailure(FailureReason.HANDLER_ERROR, "no obligation for custody " + f.custodyId()
                    + ": its CustodyNoticeIssued was never received");
        }
        String details = toJson(f);
        for (Obligation o : obligations) {
            if (FollowUp.count("obligationId = ?1 and sourceEventId = ?2", o.id, eventId) > 0) {
                continue;
            }
            FollowUp up = new FollowUp();
            up.id = UUID.randomUUID();
            up.obligationId = o.id;
            up.sourceEventId = eventId;
            up.stage = f.stage();
            up.occurredAt = f.occurredAt();
            up.scheduledAt = f.scheduledAt();
            up.details = details;
            up.receivedAt = clock.instant();
            boolean owed = o.regime != NotificationRegime.NOT_APPLICABLE && o.regime != NotificationRegime.SUPPRESSED
                    && !FollowUp.toldAsADeath(f.stage()) && (o.noticeAllowed() || FollowUp.alwaysNotified(f.stage()) && o.status() != ObligationStatus.ESCALATED);
            if (owed) {
                ObligationClocks.Terms terms = decisions.termsOf(o);
                up.warningAt = ObligationClocks.followUpWarningAt(f.stage(), f.occurredAt(), f.scheduledAt(), terms);
                up.dueAt = ObligationClocks.followUpDueAt(f.stage(), f.occurredAt(), f.scheduledAt(), terms);
            }
            up.persist();
            if (FollowUp.executionNotice(f.stage()) && up.dueAt != null) {
                // The convict now knows the date: an execution scheduled and not yet told is as urgent as this notice.
                List<FollowUp> untold = FollowUp.list("obligationId = ?1 and stage = 'EXECUTION_SCHEDULED' and noticeId is null "
                        + "and dueAt > ?2", o.id, up.dueAt);
                for (FollowUp scheduled : untold) {
                    scheduled.dueAt = up.dueAt;
                    scheduled.warningAt = ObligationClocks.earlier(scheduled.warningAt, up.warningAt);
                }
            }
            if (Set.of("RELEASE", "DEPORTATION", "DEATH_IN_CUSTODY").contains(f.stage()) && o.custodyEndedAt == null) {
                o.custodyEndedAt = f.occurredAt();
                o.custodyEndReason = f.stage();
                events.record(ObligationLifecycle.custodyEnded(o)); // on request, never asked: nothing is owed any more
            }
        }
    }

    private void open(Opening w) {
        Instant now = ObligationService.stored(clock.instant());
        Set<String> nationalities = new LinkedHashSet<>(w.nationalities() == null ? List.of() : w.nationalities());
        if (nationalities.isEmpty()) {
            nationalities.add("XXX");
        }
        List<String> owed = nationalities.stream().filter(n -> !n.equals("IDN")).toList();
        // An Indonesian citizen alone: one NOT_APPLICABLE obligation records why nothing is owed.
        for (String nationality : owed.isEmpty() ? List.of("IDN") : owed) {
            Obligation o = Obligation.find("subjectKey = ?1 and nationality = ?2", w.subjectKey(), nationality).firstResult();
            boolean establishedFromUnknown = false;
            if (o == null && !nationalities.contains(RegimeDecision.UNKNOWN)) {
                // The nationality is now established: the obligation that waited under XXX becomes that nationality's,
                // keeps its history and alerts, and is decided again under the ordinary rules.
                o = Obligation.find("subjectKey = ?1 and nationality = ?2", w.subjectKey(), RegimeDecision.UNKNOWN).firstResult();
                if (o != null) {
                    o.nationality = nationality;
                    establishedFromUnknown = true;
                }
            }
            boolean fresh = o == null;
            List<ObligationEvent> announced = List.of();
            if (fresh) {
                o = new Obligation();
                o.id = UUID.randomUUID();
                o.caseId = w.caseId();
                o.nationality = nationality;
                o.subjectKey = w.subjectKey();
                o.openedAt = now;
                announced = ObligationLifecycle.open(o);
            }
            o.custodyId = w.custodyId();
            o.personRef = w.personRef();
            o.nationalities = new ArrayList<>(nationalities);
            o.trigger = w.trigger();
            o.legalBasis = w.trigger().legalBasis;
            o.triggeredAt = ObligationService.stored(w.triggeredAt());
            o.provinceCode = Provinces.find(w.province()).map(Provinces.Province::code).orElse(null);
            o.receivedNoticeId = w.receivedNoticeId();
            o.immunity = w.immunity() == null ? "NONE" : w.immunity();
            o.asylumSeekerOrRefugee = w.asylumSeekerOrRefugee();
            o.minor = w.minor();
            o.custodyStartedAt = ObligationService.stored(w.custodyStartedAt());
            List<ObligationEvent> decided = decisions.decide(o, now);
            if (establishedFromUnknown && latestAnswerIs(o, AdvisementAnswer.DECLINED)) {
                ObligationLifecycle.refusalCounts(o); // the refusal given while the nationality was unknown now counts
            }
            if (fresh) {
                o.persist();
                events.record(announced);
            } else {
                events.record(decided);
            }
        }
    }

    private static boolean latestAnswerIs(Obligation o, AdvisementAnswer answer) {
        RightsAdvisement latest = RightsAdvisement.find("obligationId", Sort.descending("advisedAt"), o.id).firstResult();
        return latest != null && latest.answer == answer;
    }

    /** An asylum claim known from the person's custody notice in the same case carries over to a death or guardianship. */
    private static boolean asylumOf(UUID caseId) {
        return Obligation.count("caseId = ?1 and asylumSeekerOrRefugee = true", caseId) > 0;
    }

    /** Keeps the latest notice per subject (a notice issued again corrects the identity). */
    private UUID keepLatest(UUID eventId, String type, UUID caseId, String subjectKey, UUID personRef, Object notice, Instant issuedAt) {
        ReceivedNotice r = ReceivedNotice.find("subjectKey", subjectKey).firstResult();
        if (r == null) {
            r = new ReceivedNotice();
            r.id = eventId;
            r.subjectKey = subjectKey;
            r.caseId = caseId;
            r.noticeType = type;
            r.personRef = personRef;
            r.payload = toJson(notice);
            r.issuedAt = issuedAt;
            r.receivedAt = clock.instant();
            r.persist();
        } else if (!issuedAt.isBefore(r.issuedAt)) {
            r.payload = toJson(notice);
            r.personRef = personRef;
            r.issuedAt = issuedAt;
            r.receivedAt = clock.instant();
        }
        return r.id;
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
