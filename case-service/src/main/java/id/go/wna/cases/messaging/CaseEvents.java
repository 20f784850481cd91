package id.go.wna.cases.messaging;

import id.go.wna.cases.domain.AdministrativeAction;
import id.go.wna.cases.domain.CaseFile;
import id.go.wna.cases.domain.DeathRecord;
import id.go.wna.cases.domain.Deportation;
import id.go.wna.cases.domain.GuardianshipNeed;
import id.go.wna.cases.domain.WreckOrCrash;
import id.go.wna.contracts.cases.DeathRecorded;
import id.go.wna.contracts.cases.GuardianshipNeedRecorded;
import id.go.wna.contracts.cases.WreckOrCrashRecorded;
import id.go.wna.contracts.custody.DeathNoticeIssued;
import id.go.wna.contracts.custody.GuardianshipNoticeIssued;
import id.go.wna.contracts.custody.NextOfKin;
import id.go.wna.contracts.cases.AdministrativeActionTaken;
import id.go.wna.contracts.cases.DeportationCompleted;
import id.go.wna.contracts.cases.DeportationDecided;
import id.go.wna.cases.domain.CaseStatus;
import id.go.wna.cases.domain.CaseTransition;
import id.go.wna.contracts.cases.CaseStatusChanged;
import id.go.wna.cases.domain.CaseOffence;
import id.go.wna.cases.domain.OffenceReference;
import id.go.wna.contracts.cases.OffenceRecorded;
import id.go.wna.cases.domain.CustodyEpisode;
import id.go.wna.cases.domain.CustodyTransfer;
import id.go.wna.cases.domain.CustodyFollowUp;
import id.go.wna.contracts.custody.CustodyFollowUpIssued;
import id.go.wna.contracts.cases.CustodyEnded;
import id.go.wna.contracts.cases.CustodyTransferred;
import id.go.wna.cases.domain.Person;
import id.go.wna.cases.domain.TravelDocument;
import id.go.wna.cases.service.PersonService;
import id.go.wna.contracts.AgeBands;
import id.go.wna.contracts.cases.CustodyStarted;
import id.go.wna.contracts.custody.Arrest;
import id.go.wna.contracts.custody.Charge;
import id.go.wna.contracts.custody.CustodyNoticeIssued;
import id.go.wna.contracts.custody.HeldStayPermit;
import id.go.wna.contracts.custody.PersonIdentity;
import id.go.wna.contracts.custody.PlaceOfDetention;
import id.go.wna.contracts.custody.Vulnerability;
import id.go.wna.platform.reference.Countries;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import id.go.wna.contracts.EventTypes;
import id.go.wna.contracts.Topics;
import id.go.wna.contracts.cases.CaseOpened;
import id.go.wna.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;

/** Maps case changes to the pseudonymous events of {@code wna.case-events.v1}, recorded in the outbox. */
@ApplicationScoped
public class CaseEvents {

    private static final String AGGREGATE = "Case";

    private final Outbox outbox;
    private final PersonService persons;

    public CaseEvents(Outbox outbox, PersonService persons) {
        this.outbox = outbox;
        this.persons = persons;
    }

    /**
     * Two events, one commit: {@code CustodyStarted} (pseudonymous) for everyone on wna.case-events.v1, and the
     * {@code CustodyNoticeIssued} with the identity a consular notice needs, on the restricted wna.custody-notices.v1;
     * in one statement, as every pair here (intake speed: one round trip to the database fewer). Both are made of what
     * the custody and the person keep, so the notice can be said again once its outbox row is gone.
     */
    public void custodyStarted(CaseFile c, Person p, CustodyEpisode e) {
        UUID personRef = persons.personRef(p);
        Outbox.Message shared = new Outbox.Message(Topics.CASE_EVENTS, AGGREGATE, c.id.toString(), EventTypes.CUSTODY_STARTED,
                new CustodyStarted(c.id, e.id, personRef, nationalityOf(p), p.sex,
                        AgeBands.of(p.birthDate, LocalDate.ofInstant(e.startedAt, ZoneOffset.UTC)), e.province,
                        e.custodyType.name(), e.facilityType.name(), e.facilityCode, e.arrestingAuthority, e.startedAt,
                        e.identifiedForeignAt));
        boolean permitValid = p.stayPermitType != null && (p.stayPermitValidUntil == null
                || !p.stayPermitValidUntil.isBefore(LocalDate.ofInstant(e.startedAt, ZoneOffset.UTC)));
        outbox.recordAll(List.of(shared, new Outbox.Message(Topics.CUSTODY_NOTICES, AGGREGATE, c.id.toString(), EventTypes.CUSTODY_NOTICE_ISSUED,
                new CustodyNoticeIssued(c.id, e.id, personRef, identityOf(p), documentOf(p),
                        p.stayPermitType == null ? null : new HeldStayPermit(p.stayPermitType.name(), null, p.stayPermitValidUntil, permitValid),
                        new Arrest(e.startedAt, e.arrestPlace, e.province, e.arrestingAuthority, null),
                        e.custodyType.name(),
                        new PlaceOfDetention(e.facilityType.name(), e.facilityCode, e.facilityName, e.facilityAddress, e.province),
                        e.charges.stream().map(ch -> new Charge(ch.statute(), ch.article(), ch.description())).toList(),
                        new Vulnerability(p.isMinorOn(LocalDate.ofInstant(e.startedAt, ZoneOffset.UTC)), p.asylumSeekerOrRefugee,
                                p.unhcrNumber, p.traffickingVictim, null),
                        p.immunity.name(), List.copyOf(p.languages), Boolean.TRUE.equals(e.interpreterNeeded), e.identifiedForeignAt,
                        e.noticeIssuedAt))));
    }

    /**
     * A move: {@code CustodyTransferred} for everyone and, in the same insert, the follow-up telling the post where the
     * person is held now ({@code TRANSFER}, or {@code HOSPITAL_ADMISSION} for a hospital).
     */
    public void custodyTransferred(CustodyEpisode e, CustodyTransfer t, Person p, CustodyFollowUp followUp) {
        UUID personRef = persons.personRef(p);
        outbox.recordAll(List.of(new Outbox.Message(Topics.CASE_EVENTS, AGGREGATE, e.caseId.toString(), EventTypes.CUSTODY_TRANSFERRED,
                        new CustodyTransferred(e.caseId, e.id, personRef, nationalityOf(p), t.fromFacilityType.name(),
                                t.fromFacilityCode, t.toFacilityType.name(), t.toFacilityCode, t.toProvince, t.reason.name(), t.transferredAt)),
                followUpMessage(followUp, personRef)));
    }

    /**
     * The end of custody: {@code CustodyEnded} for everyone and, in the same insert, the follow-up for the post
     * ({@code RELEASE}, {@code DEPORTATION}, {@code DEATH_IN_CUSTODY}) when the end reason has one.
     */
    public void custodyEnded(CustodyEpisode e, Person p, CustodyFollowUp followUp) {
        UUID personRef = persons.personRef(p);
        Outbox.Message ended = new Outbox.Message(Topics.CASE_EVENTS, AGGREGATE, e.caseId.toString(), EventTypes.CUSTODY_ENDED,
                new CustodyEnded(e.caseId, e.id, personRef, nationalityOf(p), e.endReason.name(), e.endedAt,
                        (int) java.time.Duration.between(e.startedAt, e.endedAt).toDays()));
        if (followUp == null) {
            outbox.recordAll(List.of(ended));
        } else {
            outbox.recordAll(List.of(ended, followUpMessage(followUp, personRef)));
        }
    }

    /** A stage only an officer knows (illness, the stages of a death-penalty case): the follow-up alone, restricted. */
    public void followUpIssued(CustodyFollowUp f, Person p) {
        outbox.recordAll(List.of(followUpMessage(f, persons.personRef(p))));
    }

    private static Outbox.Message followUpMessage(CustodyFollowUp f, UUID personRef) {
        return new Outbox.Message(Topics.CUSTODY_NOTICES, AGGREGATE, f.caseId.toString(), EventTypes.CUSTODY_FOLLOW_UP_ISSUED,
                new CustodyFollowUpIssued(f.caseId, f.custodyId, personRef, f.stage.name(), f.occurredAt,
                        f.namesAPlace() ? new PlaceOfDetention(f.facilityType.name(), f.facilityCode, f.facilityName,
                                f.facilityAddress, f.province) : null,
                        f.court, f.scheduledAt, f.details, f.issuedAt));
    }

    public void offenceRecorded(CaseFile c, Person p, CaseOffence o, OffenceReference ref) {
        outbox.record(Topics.CASE_EVENTS, AGGREGATE, c.id.toString(), EventTypes.OFFENCE_RECORDED,
                new OffenceRecorded(c.id, o.id, persons.personRef(p), nationalityOf(p), p.sex,
                        AgeBands.of(p.birthDate, o.committedOn != null ? o.committedOn : LocalDate.ofInstant(o.recordedAt, ZoneOffset.UTC)),
                        c.province, "IMMIGRATION_CRIME", o.statute, o.letter == null ? o.article : o.article + " " + o.letter,
                        "UU6-2011-" + o.article + (o.letter == null ? "" : o.letter), ref.detentionPermitted, o.committedOn, o.recordedAt));
    }

    public void administrativeActionTaken(CaseFile c, Person p, AdministrativeAction a) {
        outbox.record(Topics.CASE_EVENTS, AGGREGATE, c.id.toString(), EventTypes.ADMINISTRATIVE_ACTION_TAKEN,
                new AdministrativeActionTaken(c.id, a.id, persons.personRef(p), nationalityOf(p), p.sex,
                        AgeBands.of(p.birthDate, a.decidedOn), c.province, a.actionType.name(), a.legalBasis, a.effectiveFrom,
                        a.effectiveUntil, a.overstayDays, a.chargeAmountIdr, a.recordedAt, a.extendsActionId));
    }

    /** The legal basis is the one the deportation's decision records. */
    public void deportationDecided(CaseFile c, Person p, Deportation d) {
        AdministrativeAction decision = AdministrativeAction.findById(d.actionId);
        outbox.record(Topics.CASE_EVENTS, AGGREGATE, c.id.toString(), EventTypes.DEPORTATION_DECIDED,
                new DeportationDecided(c.id, d.id, persons.personRef(p), nationalityOf(p), c.province,
                        decision.legalBasis, d.destinationCountry, d.entryBanUntil,
                        d.plannedDepartureOn, d.awaitingTravelDocument, d.decidedAt));
    }

    public void deportationCompleted(CaseFile c, Person p, Deportation d) {
        AdministrativeAction decision = AdministrativeAction.findById(d.actionId);
        outbox.record(Topics.CASE_EVENTS, AGGREGATE, c.id.toString(), EventTypes.DEPORTATION_COMPLETED,
                new DeportationCompleted(c.id, d.id, persons.personRef(p), nationalityOf(p), d.destinationCountry, d.portOfExit,
                        d.costBorneBy.name(), d.daysWaitingForTravelDocument(decision.decidedOn), d.departedAt));
    }

    /**
     * A death: {@code DeathRecorded} for everyone (the cause only as a category), {@code DeathNoticeIssued} with the
     * identity, the cause and the next of kin for Kemlu only.
     */
    public void deathRecorded(CaseFile c, Person p, DeathRecord d) {
        UUID personRef = persons.personRef(p);
        Outbox.Message shared = new Outbox.Message(Topics.CASE_EVENTS, AGGREGATE, c.id.toString(), EventTypes.DEATH_RECORDED,
                new DeathRecorded(c.id, personRef, nationalityOf(p), p.sex, AgeBands.of(p.birthDate, d.diedOn), d.province,
                        d.diedOn, d.custodyId != null, d.custodyId, d.causeCategory.name(), d.recordedAt));
        outbox.recordAll(List.of(shared, new Outbox.Message(Topics.CUSTODY_NOTICES, AGGREGATE, c.id.toString(), EventTypes.DEATH_NOTICE_ISSUED,
                new DeathNoticeIssued(c.id, personRef, identityOf(p), documentOf(p), d.diedOn, d.diedAt, d.placeOfDeath,
                        d.province, d.cause, d.remainsLocation, d.nextOfKin.stream()
                        .map(k -> new NextOfKin(k.name(), k.relationship(), k.contact(), k.country(), k.informed())).toList(),
                        d.custodyId != null, d.custodyId, d.recordedAt))));
    }

    public void guardianshipNeedRecorded(CaseFile c, Person p, GuardianshipNeed g) {
        UUID personRef = persons.personRef(p);
        Outbox.Message shared = new Outbox.Message(Topics.CASE_EVENTS, AGGREGATE, c.id.toString(), EventTypes.GUARDIANSHIP_NEED_RECORDED,
                new GuardianshipNeedRecorded(c.id, personRef, nationalityOf(p), p.sex,
                        AgeBands.of(p.birthDate, LocalDate.ofInstant(g.identifiedAt, ZoneOffset.UTC)), g.province, g.reason.name(),
                        g.identifiedAt));
        outbox.recordAll(List.of(shared, new Outbox.Message(Topics.CUSTODY_NOTICES, AGGREGATE, c.id.toString(), EventTypes.GUARDIANSHIP_NOTICE_ISSUED,
                new GuardianshipNoticeIssued(c.id, personRef, identityOf(p), documentOf(p), g.reason.name(), g.currentCare,
                        g.province, g.identifiedAt, g.recordedAt))));
    }

    public void wreckOrCrashRecorded(CaseFile c, WreckOrCrash w) {
        outbox.record(Topics.CASE_EVENTS, AGGREGATE, c.id.toString(), EventTypes.WRECK_OR_CRASH_RECORDED,
                new WreckOrCrashRecorded(c.id, w.craftType.name(), w.flagState, w.craft, w.registration, w.occurredAt, w.province,
                        w.personsOnBoard, w.dead, w.missing, w.recordedAt));
    }

    /** Who the person is, as a consular notice states it: printed and MRZ names, birth, every nationality. */
    private static PersonIdentity identityOf(Person p) {
        return new PersonIdentity(p.surname, p.givenNames,
                p.mrzSurname == null ? null : (p.mrzSurname + " " + p.mrzGivenNames).strip(), p.sex, p.birthDate,
                p.birthPlace, p.nationalities.stream().map(n -> Countries.iso3OfIcao(n).orElse(n)).toList(),
                p.nationalities.get(0));
    }

    private static id.go.wna.contracts.custody.TravelDocument documentOf(Person p) {
        TravelDocument d = p.documents.get(0);
        return new id.go.wna.contracts.custody.TravelDocument(documentKind(d.type), d.number, d.issuingState, d.expiry);
    }

    /** The first nationality as ISO 3166-1 alpha-3 where there is one (D is DEU); XXA and the like as they are. */
    private static String nationalityOf(Person p) {
        String first = p.nationalities.get(0);
        return Countries.iso3OfIcao(first).orElse(first);
    }

    /** ICAO Doc 9303 document codes (P, PD, PS, ...) as the contract names them. */
    static String documentKind(String icaoType) {
        return switch (icaoType) {
            case "P", "PP", "PO" -> "PASSPORT";
            case "PD" -> "DIPLOMATIC_PASSPORT";
            case "PS" -> "SERVICE_PASSPORT";
            case "PE" -> "EMERGENCY_TRAVEL_DOCUMENT";
            default -> "OTHER";
        };
    }

    public void opened(CaseFile c) {
        outbox.record(Topics.CASE_EVENTS, AGGREGATE, c.id.toString(), EventTypes.CASE_OPENED,
                new CaseOpened(c.id, c.kind.name(), c.status().name(), c.nationality, c.province, c.openedAt, c.caseNumber,
                        c.provinceCode));
    }

    /** A move of the case, as its {@link CaseTransition} record keeps it. */
    public void statusChanged(CaseFile c, CaseTransition t) {
        outbox.record(Topics.CASE_EVENTS, AGGREGATE, c.id.toString(), EventTypes.CASE_STATUS_CHANGED,
                new CaseStatusChanged(c.id, c.nationality, t.fromStatus.name(), t.toStatus.name(), t.reason, t.changedAt,
                        t.toStage == null ? null : t.toStage.name(), t.toStatus == CaseStatus.RESOLVED ? t.outcome.name() : null));
    }
}
