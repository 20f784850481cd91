package id.go.wna.cases.service;

import id.go.wna.cases.domain.CaseFile;
import id.go.wna.cases.domain.CustodyEpisode;
import id.go.wna.cases.domain.CustodyFollowUp;
import id.go.wna.cases.domain.CustodyTransfer;
import id.go.wna.cases.domain.DetentionFacility;
import id.go.wna.cases.domain.Person;
import id.go.wna.cases.messaging.CaseEvents;
import id.go.wna.platform.refusal.ExpectedVersion;
import id.go.wna.platform.refusal.Refusal;
import id.go.wna.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Custody episodes. Starting one is the consular trigger: it commits with its two events. Every later stage the
 * consular post must hear of (a transfer, the end, an illness, a death-penalty stage) is a follow-up
 * ({@code CustodyFollowUpIssued.v1}) recorded in {@code custody_follow_up} and committed with the change.
 */
@ApplicationScoped
public class CustodyService {

    private final CaseService cases;
    private final CaseEvents events;
    private final Caller caller;

    public CustodyService(CaseService cases, CaseEvents events, Caller caller) {
        this.cases = cases;
        this.events = events;
        this.caller = caller;
    }

    @Transactional
    public CustodyEpisode start(UUID caseId, StartCustody r) {
        CaseFile c = cases.get(caseId);
        Person person = CaseService.personOf(c, "custody needs one (the consulate must be told who)");
        if (person.diedOn != null) {
            throw Refusal.conflict("the person's death was recorded (died on " + person.diedOn + "): no custody can start");
        }
        CustodyEpisode open = CustodyEpisode.openOf(person.id);
        if (open != null) {
            throw Refusal.conflict("the person is already in custody since " + open.startedAt + " (custody " + open.id
                    + " in case " + open.caseId + "): end or transfer it first");
        }
        if (r.identifiedForeignAt() != null && r.identifiedForeignAt().isBefore(r.startedAt())) {
            throw Refusal.ruleBroken("identifiedForeignAt", "is before startedAt; leave it out when the person was known to be foreign at once");
        }
        checkFacility(r.facilityType(), r.facilityCode(), "facilityCode");
        CustodyEpisode e = new CustodyEpisode();
        e.id = UUID.randomUUID();
        e.caseId = c.id;
        e.personId = person.id;
        e.custodyType = r.custodyType();
        e.facilityType = r.facilityType();
        e.facilityCode = r.facilityCode();
        e.facilityName = r.facilityName();
        e.facilityAddress = r.facilityAddress();
        e.province = r.province();
        e.arrestingAuthority = r.arrestingAuthority();
        e.arrestPlace = r.arrestPlace();
        e.startedAt = r.startedAt().truncatedTo(ChronoUnit.MICROS);
        e.identifiedForeignAt = r.identifiedForeignAt() == null ? null : r.identifiedForeignAt().truncatedTo(ChronoUnit.MICROS);
        // What the notice tells the post is kept first, and the notice is made of it.
        e.charges = r.charges() == null ? new ArrayList<>() : r.charges().stream()
                .map(ch -> new CustodyEpisode.Charge(ch.statute(), ch.article(), ch.description()))
                .collect(Collectors.toCollection(ArrayList::new));
        e.interpreterNeeded = r.interpreterNeeded();
        e.noticeIssuedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        e.persist();
        events.custodyStarted(c, person, e);
        return e;
    }

    /** The person was moved: the episode goes on at the new place, and the move is kept. */
    @Transactional
    public CustodyEpisode transfer(UUID caseId, UUID custodyId, TransferCustody r, ExpectedVersion expected) {
        CustodyEpisode e = openEpisode(caseId, custodyId, expected);
        checkFacility(r.facilityType(), r.facilityCode(), "facilityCode");
        Instant transferredAt = r.transferredAt().truncatedTo(ChronoUnit.MICROS);
        notBeforeLastChange(e, transferredAt, "transferredAt");
        CustodyTransfer t = new CustodyTransfer();
        t.id = UUID.randomUUID();
        t.custodyId = e.id;
        t.fromFacilityType = e.facilityType;
        t.fromFacilityCode = e.facilityCode;
        t.fromFacilityName = e.facilityName;
        t.toFacilityType = r.facilityType();
        t.toFacilityCode = r.facilityCode();
        t.toFacilityName = r.facilityName();
        t.toFacilityAddress = r.facilityAddress();
        t.toProvince = r.province();
        t.reason = r.reason();
        t.transferredAt = transferredAt;
        t.persist();
        e.facilityType = r.facilityType();
        e.facilityCode = r.facilityCode();
        e.facilityName = r.facilityName();
        e.facilityAddress = r.facilityAddress();
        e.province = r.province();
        // The post is told where the person is now; a move to a hospital is a hospital admission.
        CustodyFollowUp f = followUp(e, t.toFacilityType == CustodyEpisode.FacilityType.HOSPITAL
                ? CustodyFollowUp.Stage.HOSPITAL_ADMISSION : CustodyFollowUp.Stage.TRANSFER, CustodyFollowUp.Origin.TRANSFER, transferredAt,
                "Moved from " + t.fromFacilityName + " (" + t.reason + ")");
        f.transferId = t.id;
        at(f, e.facilityType, e.facilityCode, e.facilityName, e.facilityAddress, e.province);
        f.persist();
        events.custodyTransferred(e, t, Person.findById(e.personId), f);
        return e;
    }

    @Transactional
    public CustodyEpisode end(UUID caseId, UUID custodyId, EndCustody r, ExpectedVersion expected) {
        return endBecause(openEpisode(caseId, custodyId, expected), r.reason(), r.endedAt());
    }

    /** Ends an open episode (also as part of a deportation or a death) and publishes CustodyEnded with its follow-up. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CustodyEpisode endBecause(CustodyEpisode e, CustodyEpisode.EndReason reason, Instant at) {
        return endBecause(e, reason, at, null);
    }

    /**
     * As {@link #endBecause(CustodyEpisode, CustodyEpisode.EndReason, Instant)}, with a short factual note for the
     * post's follow-up (e.g. the port a deportee left by); null for the default note.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CustodyEpisode endBecause(CustodyEpisode e, CustodyEpisode.EndReason reason, Instant at, String details) {
        Instant endedAt = at.truncatedTo(ChronoUnit.MICROS);
        notBeforeLastChange(e, endedAt, "endedAt");
        e.endedAt = endedAt;
        e.endReason = reason;
        CustodyFollowUp.Stage stage = followUpStageOf(reason);
        CustodyFollowUp f = null;
        if (stage != null) {
            f = followUp(e, stage, CustodyFollowUp.Origin.CUSTODY_END, endedAt, details != null ? details : defaultNote(reason));
            f.persist();
        }
        events.custodyEnded(e, Person.findById(e.personId), f);
        return e;
    }

    /**
     * The follow-up an end of custody gives the post. An escape is not a release (the person is not free, and is
     * sought), and OTHER says nothing the post could act on: neither has a stage of the contract, so neither issues a
     * follow-up; the pseudonymous CustodyEnded.v1 still says how custody ended.
     */
    static CustodyFollowUp.Stage followUpStageOf(CustodyEpisode.EndReason reason) {
        return switch (reason) {
            case RELEASED, RELEASED_ON_BAIL, SENTENCE_SERVED -> CustodyFollowUp.Stage.RELEASE;
            case DEPORTED -> CustodyFollowUp.Stage.DEPORTATION;
            case DIED -> CustodyFollowUp.Stage.DEATH_IN_CUSTODY;
            case ESCAPED, OTHER -> null;
        };
    }

    private static String defaultNote(CustodyEpisode.EndReason reason) {
        return switch (reason) {
            case RELEASED_ON_BAIL -> "Released on bail";
            case SENTENCE_SERVED -> "Released: sentence served";
            default -> null;
        };
    }

    /**
     * A stage only officers know: serious illness, a hospital admission, or a stage of a death-penalty case (notify at
     * the charge, the sentence, the final appeal and before execution). The custody must be open: a death sentence is
     * served in custody, and after release or deportation the post hears of nothing more through this episode.
     */
    @Transactional
    public CustodyFollowUp recordFollowUp(UUID caseId, UUID custodyId, RecordFollowUp r) {
        CaseFile c = cases.get(caseId);
        CustodyEpisode e = episodeOf(caseId, custodyId);
        if (e.endedAt != null) {
            throw Refusal.conflict("custody " + custodyId + " ended at " + e.endedAt + " (" + e.endReason
                    + "): follow-ups are for a person still in custody");
        }
        CustodyFollowUp.Stage stage = r.stage();
        if (!stage.recordedByOfficer) {
            throw Refusal.ruleBroken("stage", stage + " is issued by " + (stage == CustodyFollowUp.Stage.TRANSFER
                    ? "POST .../transfer" : "POST .../end") + "; record here SERIOUS_ILLNESS, HOSPITAL_ADMISSION, "
                    + "DEATH_PENALTY_CHARGED, DEATH_SENTENCE_IMPOSED, DEATH_SENTENCE_FINAL_APPEAL, EXECUTION_SCHEDULED, the case review "
                    + "(DEATH_SENTENCE_CASE_REVIEW_*), clemency (DEATH_SENTENCE_CLEMENCY_*) or EXECUTION_NOTICE_GIVEN");
        }
        if (stage.deathPenalty() && !c.kind.criminal()) {
            throw Refusal.ruleBroken("stage", stage + " belongs to a criminal case; case " + c.caseNumber + " is "
                    + c.kind);
        }
        Instant occurredAt = r.occurredAt().truncatedTo(ChronoUnit.MICROS);
        if (occurredAt.isBefore(e.startedAt)) {
            throw Refusal.ruleBroken("occurredAt", "is before the custody started (" + e.startedAt + ")");
        }
        String court = r.court() == null || r.court().isBlank() ? null : r.court().strip();
        if (stage.needsCourt() && court == null) {
            throw Refusal.ruleBroken("court", "is required for " + stage + ": the notice names the court");
        }
        if (court != null && !stage.deathPenalty()) {
            throw Refusal.ruleBroken("court", "is only for the stages of a death-penalty case");
        }
        boolean execution = stage == CustodyFollowUp.Stage.EXECUTION_SCHEDULED || stage == CustodyFollowUp.Stage.EXECUTION_NOTICE_GIVEN;
        if (execution && r.scheduledAt() == null) {
            throw Refusal.ruleBroken("scheduledAt", "is required for " + stage + ": the post must be told "
                    + "before the execution, and when it is due");
        }
        if (r.scheduledAt() != null && !execution) {
            throw Refusal.ruleBroken("scheduledAt", "is only for EXECUTION_SCHEDULED or EXECUTION_NOTICE_GIVEN");
        }
        if (r.scheduledAt() != null && !r.scheduledAt().isAfter(occurredAt)) {
            throw Refusal.ruleBroken("scheduledAt", "is not after occurredAt (" + occurredAt + ")");
        }
        RecordFollowUp.Place place = r.newPlaceOfDetention();
        if (place != null && !stage.movesThePerson()) {
            throw Refusal.ruleBroken("newPlaceOfDetention", "is only for HOSPITAL_ADMISSION or SERIOUS_ILLNESS; "
                    + "a move is a transfer");
        }
        CustodyFollowUp f = followUp(e, stage, CustodyFollowUp.Origin.OFFICER, occurredAt,
                r.details() == null || r.details().isBlank() ? null : r.details().strip());
        if (place != null) {
            checkFacility(place.facilityType(), place.facilityCode(), "newPlaceOfDetention.facilityCode");
            at(f, place.facilityType(), place.facilityCode(), place.name(), place.address(), place.province());
        }
        f.court = court;
        f.scheduledAt = r.scheduledAt() == null ? null : r.scheduledAt().truncatedTo(ChronoUnit.MICROS);
        f.persist();
        events.followUpIssued(f, Person.findById(e.personId));
        return f;
    }

    /** The follow-ups of a custody, oldest first (404 for an unknown case or custody, or another country's case). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CustodyFollowUp> followUps(UUID caseId, UUID custodyId) {
        cases.getVisible(caseId);
        return CustodyFollowUp.ofCustody(episodeOf(caseId, custodyId).id);
    }

    private CustodyFollowUp followUp(CustodyEpisode e, CustodyFollowUp.Stage stage, CustodyFollowUp.Origin origin, Instant occurredAt,
                                     String details) {
        CustodyFollowUp f = new CustodyFollowUp();
        f.id = UUID.randomUUID();
        f.caseId = e.caseId;
        f.custodyId = e.id;
        f.stage = stage;
        f.origin = origin;
        f.occurredAt = occurredAt;
        f.details = details;
        f.recordedBy = caller.subject();
        f.issuedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return f;
    }

    private static void at(CustodyFollowUp f, CustodyEpisode.FacilityType type, String code, String name, String address, String province) {
        f.facilityType = type;
        f.facilityCode = code;
        f.facilityName = name;
        f.facilityAddress = address;
        f.province = province;
    }

    /** A Rudenim is one of the 13 of the reference list (GET /api/v1/reference/detention-facilities). */
    private static void checkFacility(CustodyEpisode.FacilityType type, String code, String field) {
        if (type != CustodyEpisode.FacilityType.RUDENIM) {
            return;
        }
        DetentionFacility listed = code == null ? null : DetentionFacility.findById(code);
        if (listed == null || !"RUDENIM".equals(listed.facilityType)) {
            throw Refusal.ruleBroken(field, "a RUDENIM is named by its code in GET /api/v1/reference/detention-facilities, "
                    + "e.g. RUDENIM-DENPASAR; '" + code + "' is not one");
        }
    }

    private CustodyEpisode openEpisode(UUID caseId, UUID custodyId, ExpectedVersion expected) {
        cases.get(caseId);
        CustodyEpisode e = episodeOf(caseId, custodyId);
        expected.check(e.version, "custody", custodyId);
        if (e.endedAt != null) {
            throw Refusal.conflict("custody " + custodyId + " ended at " + e.endedAt + " (" + e.endReason + ")");
        }
        return e;
    }

    /** The custody, if it belongs to the case (the case itself checked by the caller). */
    private static CustodyEpisode episodeOf(UUID caseId, UUID custodyId) {
        CustodyEpisode e = CustodyEpisode.findById(custodyId);
        if (e == null || !e.caseId.equals(caseId)) {
            throw Refusal.notFound("custody", custodyId);
        }
        return e;
    }

    private static void notBeforeLastChange(CustodyEpisode e, Instant at, String field) {
        Instant lastMove = CustodyTransfer.lastMoveOf(e.id);
        Instant floor = lastMove != null && lastMove.isAfter(e.startedAt) ? lastMove : e.startedAt;
        if (at.isBefore(floor)) {
            throw Refusal.ruleBroken(field, "is before " + floor + ", when custody started or the person was last moved");
        }
    }
}
