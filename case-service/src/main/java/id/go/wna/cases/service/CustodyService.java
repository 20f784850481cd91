package id.go.wna.cases.service;

import id.go.wna.cases.api.EndCustodyRequest;
import id.go.wna.cases.api.StartCustodyRequest;
import id.go.wna.cases.api.TransferCustodyRequest;
import id.go.wna.cases.domain.CustodyTransfer;
import id.go.wna.cases.domain.CaseFile;
import id.go.wna.cases.domain.CustodyEpisode;
import id.go.wna.cases.domain.DetentionFacility;
import id.go.wna.cases.domain.Person;
import id.go.wna.cases.messaging.CaseEvents;
import id.go.wna.platform.api.ProblemException;
import id.go.wna.platform.api.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Custody episodes. Starting one is the consular trigger: it commits with its two events. */
@ApplicationScoped
public class CustodyService {

    private final CaseService cases;
    private final CaseEvents events;

    public CustodyService(CaseService cases, CaseEvents events) {
        this.cases = cases;
        this.events = events;
    }

    @Transactional
    public CustodyEpisode start(UUID caseId, StartCustodyRequest r) {
        CaseFile c = cases.get(caseId);
        Person person = CaseService.personOf(c, "custody needs one (the consulate must be told who)");
        if (person.diedOn != null) {
            throw ProblemException.conflict("the person's death was recorded (died on " + person.diedOn + "): no custody can start");
        }
        CustodyEpisode open = CustodyEpisode.openOf(person.id);
        if (open != null) {
            throw ProblemException.conflict("the person is already in custody since " + open.startedAt + " (custody " + open.id
                    + " in case " + open.caseId + "): end or transfer it first");
        }
        if (r.identifiedForeignAt() != null && r.identifiedForeignAt().isBefore(r.startedAt())) {
            throw ProblemException.invalidField("identifiedForeignAt", "is before startedAt; leave it out when the person was known to be foreign at once");
        }
        checkFacility(r.facilityType(), r.facilityCode());
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
        e.persist();
        events.custodyStarted(c, person, e, r.charges(), r.interpreterNeeded());
        return e;
    }

    /** The person was moved: the episode goes on at the new place, and the move is kept. */
    @Transactional
    public CustodyEpisode transfer(UUID caseId, UUID custodyId, TransferCustodyRequest r, String ifMatch) {
        CustodyEpisode e = openEpisode(caseId, custodyId, ifMatch);
        checkFacility(r.facilityType(), r.facilityCode());
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
        t.toProvince = r.province();
        t.reason = r.reason();
        t.transferredAt = transferredAt;
        t.persist();
        e.facilityType = r.facilityType();
        e.facilityCode = r.facilityCode();
        e.facilityName = r.facilityName();
        e.facilityAddress = r.facilityAddress();
        e.province = r.province();
        events.custodyTransferred(e, t, Person.findById(e.personId));
        return e;
    }

    @Transactional
    public CustodyEpisode end(UUID caseId, UUID custodyId, EndCustodyRequest r, String ifMatch) {
        return endBecause(openEpisode(caseId, custodyId, ifMatch), r.reason(), r.endedAt());
    }

    /** Ends an open episode (also as part of a deportation or a death) and publishes CustodyEnded. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CustodyEpisode endBecause(CustodyEpisode e, CustodyEpisode.EndReason reason, Instant at) {
        Instant endedAt = at.truncatedTo(ChronoUnit.MICROS);
        notBeforeLastChange(e, endedAt, "endedAt");
        e.endedAt = endedAt;
        e.endReason = reason;
        events.custodyEnded(e, Person.findById(e.personId));
        return e;
    }

    /** A Rudenim is one of the 13 of the reference list (GET /api/v1/reference/detention-facilities). */
    private static void checkFacility(CustodyEpisode.FacilityType type, String code) {
        if (type != CustodyEpisode.FacilityType.RUDENIM) {
            return;
        }
        DetentionFacility listed = code == null ? null : DetentionFacility.findById(code);
        if (listed == null || !"RUDENIM".equals(listed.facilityType)) {
            throw ProblemException.invalidField("facilityCode", "a RUDENIM is named by its code in GET /api/v1/reference/detention-facilities, "
                    + "e.g. RUDENIM-DENPASAR; '" + code + "' is not one");
        }
    }

    private CustodyEpisode openEpisode(UUID caseId, UUID custodyId, String ifMatch) {
        cases.get(caseId);
        CustodyEpisode e = CustodyEpisode.findById(custodyId);
        if (e == null || !e.caseId.equals(caseId)) {
            throw ProblemException.notFound("custody", custodyId);
        }
        Versions.checkIfMatch(ifMatch, e.version, "custody", custodyId);
        if (e.endedAt != null) {
            throw ProblemException.conflict("custody " + custodyId + " ended at " + e.endedAt + " (" + e.endReason + ")");
        }
        return e;
    }

    private static void notBeforeLastChange(CustodyEpisode e, Instant at, String field) {
        Instant lastMove = CustodyTransfer.lastMoveOf(e.id);
        Instant floor = lastMove != null && lastMove.isAfter(e.startedAt) ? lastMove : e.startedAt;
        if (at.isBefore(floor)) {
            throw ProblemException.invalidField(field, "is before " + floor + ", when custody started or the person was last moved");
        }
    }
}
