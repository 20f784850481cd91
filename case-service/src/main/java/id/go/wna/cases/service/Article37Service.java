package id.go.wna.cases.service;

import id.go.wna.cases.domain.CaseFile;
import id.go.wna.cases.domain.CaseKind;
import id.go.wna.cases.domain.CaseOutcome;
import id.go.wna.cases.domain.CaseStep;
import id.go.wna.cases.domain.CustodyEpisode;
import id.go.wna.cases.domain.DeathRecord;
import id.go.wna.cases.domain.GuardianshipNeed;
import id.go.wna.cases.domain.Person;
import id.go.wna.cases.domain.WreckOrCrash;
import id.go.wna.cases.messaging.CaseEvents;
import id.go.wna.platform.reference.Provinces;
import id.go.wna.platform.refusal.Refusal;
import id.go.wna.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The consular triggers of VCCR Art. 37 besides detention: a death (a), a guardianship need (b), a wreck or air crash
 * (c). Each commits with its pseudonymous event and, where a person is concerned, the notice for Kemlu.
 */
@ApplicationScoped
public class Article37Service {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final CaseService cases;
    private final CustodyService custody;
    private final CaseEvents events;
    private final Caller caller;

    public Article37Service(CaseService cases, CustodyService custody, CaseEvents events, Caller caller) {
        this.cases = cases;
        this.custody = custody;
        this.events = events;
        this.caller = caller;
    }

    /** Records the death; ends the person's open custody (a death in custody) and resolves the case as DECEASED. */
    @Transactional
    public DeathRecord death(UUID caseId, RecordDeath r) {
        CaseFile c = cases.get(caseId);
        Person p = CaseService.personOf(c, "a death is recorded for a registered person");
        if (p.diedOn != null) {
            throw Refusal.conflict("the death of this person was already recorded (died on " + p.diedOn + ")");
        }
        Instant now = now();
        if (r.diedOn().isAfter(LocalDate.ofInstant(now, WIB)) || (r.diedAt() != null && r.diedAt().isAfter(now))) {
            throw Refusal.ruleBroken(r.diedAt() != null && r.diedAt().isAfter(now) ? "diedAt" : "diedOn", "is in the future");
        }
        if (p.birthDate != null && r.diedOn().isBefore(p.birthDate)) {
            throw Refusal.ruleBroken("diedOn", "is before the person's birth (" + p.birthDate + ")");
        }
        Provinces.Province province = CaseService.province("province", r.province());
        DeathRecord d = new DeathRecord();
        d.id = UUID.randomUUID();
        d.caseId = c.id;
        d.personId = p.id;
        d.diedOn = r.diedOn();
        d.diedAt = r.diedAt() == null ? null : r.diedAt().truncatedTo(ChronoUnit.MICROS);
        d.placeOfDeath = r.placeOfDeath().strip();
        d.provinceCode = province.code();
        d.province = province.name();
        d.cause = r.cause();
        d.causeCategory = r.causeCategory();
        d.remainsLocation = r.remainsLocation();
        d.nextOfKin = r.nextOfKin() == null ? List.of() : List.copyOf(r.nextOfKin());
        d.recordedBy = caller.subject();
        d.recordedAt = now;
        CustodyEpisode open = CustodyEpisode.openOf(p.id);
        if (open != null) {
            // The time of death when known; otherwise the moment it is recorded, never before the custody began.
            custody.endBecause(open, CustodyEpisode.EndReason.DIED, d.diedAt != null && d.diedAt.isAfter(open.startedAt) ? d.diedAt : now);
            d.custodyId = open.id;
        }
        d.persist();
        p.diedOn = d.diedOn;
        events.deathRecorded(c, p, d);
        cases.resolveIfAllowed(c, CaseStep.resolved(CaseOutcome.DECEASED), "death recorded");
        return d;
    }

    @Transactional
    public GuardianshipNeed guardianship(UUID caseId, RecordGuardianshipNeed r) {
        CaseFile c = cases.get(caseId);
        Person p = CaseService.personOf(c, "a guardianship need is about a registered person");
        Instant now = now();
        if (r.identifiedAt().isAfter(now)) {
            throw Refusal.ruleBroken("identifiedAt", "is in the future");
        }
        LocalDate identifiedOn = LocalDate.ofInstant(r.identifiedAt(), WIB);
        if (r.reason().aboutAMinor() && p.birthDate != null && !p.isMinorOn(identifiedOn)) {
            throw Refusal.ruleBroken("reason", "the person was not a minor on " + identifiedOn + " (born " + p.birthDate
                    + "); use ADULT_LACKING_CAPACITY or OTHER");
        }
        Provinces.Province province = CaseService.province("province", r.province());
        GuardianshipNeed g = new GuardianshipNeed();
        g.id = UUID.randomUUID();
        g.caseId = c.id;
        g.personId = p.id;
        g.reason = r.reason();
        g.currentCare = r.currentCare();
        g.provinceCode = province.code();
        g.province = province.name();
        g.identifiedAt = r.identifiedAt().truncatedTo(ChronoUnit.MICROS);
        g.recordedBy = caller.subject();
        g.recordedAt = now;
        g.persist();
        events.guardianshipNeedRecorded(c, p, g);
        return g;
    }

    /** A wreck or crash case is about a craft; its nationality is the flag or registration state whose post is told. */
    @Transactional
    public WreckOrCrash wreckOrCrash(UUID caseId, RecordWreckOrCrash r) {
        CaseFile c = cases.get(caseId);
        if (c.kind != CaseKind.WRECK_OR_CRASH) {
            throw Refusal.conflict("case " + c.caseNumber + " is a " + c.kind + " case; open a WRECK_OR_CRASH case for it");
        }
        if (WreckOrCrash.count("caseId", c.id) > 0) {
            throw Refusal.conflict("case " + c.caseNumber + " already records its wreck or crash");
        }
        Instant now = now();
        if (r.occurredAt().isAfter(now)) {
            throw Refusal.ruleBroken("occurredAt", "is in the future");
        }
        if (r.dead() != null && r.personsOnBoard() != null && r.dead() + (r.missing() == null ? 0 : r.missing()) > r.personsOnBoard()) {
            throw Refusal.ruleBroken("dead", "dead and missing are more than the persons on board");
        }
        Provinces.Province province = CaseService.province("province", r.province());
        WreckOrCrash w = new WreckOrCrash();
        w.id = UUID.randomUUID();
        w.caseId = c.id;
        w.craftType = r.craftType();
        w.flagState = c.nationality;
        w.craft = r.craft().strip();
        w.registration = r.registration();
        w.occurredAt = r.occurredAt().truncatedTo(ChronoUnit.MICROS);
        w.place = r.place().strip();
        w.provinceCode = province.code();
        w.province = province.name();
        w.personsOnBoard = r.personsOnBoard();
        w.dead = r.dead();
        w.missing = r.missing();
        w.recordedBy = caller.subject();
        w.recordedAt = now;
        w.persist();
        events.wreckOrCrashRecorded(c, w);
        return w;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
