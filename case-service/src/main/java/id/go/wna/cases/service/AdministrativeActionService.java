package id.go.wna.cases.service;

import id.go.wna.cases.api.CompleteDeportationRequest;
import id.go.wna.cases.api.TakeActionRequest;
import id.go.wna.cases.domain.AdministrativeAction;
import id.go.wna.cases.domain.AdministrativeActionReference;
import id.go.wna.cases.domain.AdministrativeActionType;
import id.go.wna.cases.domain.CaseFile;
import id.go.wna.cases.domain.CaseOutcome;
import id.go.wna.cases.domain.CaseStep;
import id.go.wna.cases.domain.CustodyEpisode;
import id.go.wna.cases.domain.Deportation;
import id.go.wna.cases.domain.Overstay;
import id.go.wna.cases.domain.OverstayTariff;
import id.go.wna.cases.domain.Person;
import id.go.wna.cases.messaging.CaseEvents;
import id.go.wna.platform.api.ProblemException;
import id.go.wna.platform.reference.Countries;
import id.go.wna.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** TAK decisions (Pasal 75(2)), deportations and the overstay rule (Pasal 78), each committed with its events. */
@ApplicationScoped
public class AdministrativeActionService {

    /** Decisions are dated in Indonesian time; departures compare with them the same way. */
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final CaseService cases;
    private final CustodyService custody;
    private final CaseEvents events;
    private final Caller caller;

    public AdministrativeActionService(CaseService cases, CustodyService custody, CaseEvents events, Caller caller) {
        this.cases = cases;
        this.custody = custody;
        this.events = events;
        this.caller = caller;
    }

    public record Taken(AdministrativeAction action, Deportation deportation) {
    }

    @Transactional
    public Taken take(UUID caseId, TakeActionRequest r) {
        CaseFile c = cases.get(caseId);
        Person p = CaseService.personOf(c, "an administrative action is decided about a person");
        AdministrativeActionType type = r.actionType();
        AdministrativeActionReference ref = AdministrativeActionReference.findById(type);
        if (AdministrativeAction.count("decisionNumber = ?1 and actionType = ?2", r.decisionNumber().strip(), type) > 0) {
            throw ProblemException.conflict("decision " + r.decisionNumber() + " already records a " + type);
        }
        LocalDate from = r.effectiveFrom() == null ? r.decidedOn() : r.effectiveFrom();
        LocalDate until = termEnd(r, ref, from);

        AdministrativeAction a = new AdministrativeAction();
        a.id = UUID.randomUUID();
        a.caseId = c.id;
        a.personId = p.id;
        a.actionType = type;
        a.decisionNumber = r.decisionNumber().strip();
        a.decidedOn = r.decidedOn();
        a.effectiveFrom = from;
        a.effectiveUntil = until;
        a.lifetime = r.lifetime();
        a.legalBasis = type.legalBasis();
        a.reason = r.reason();
        a.recordedBy = caller.subject();
        a.recordedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (type == AdministrativeActionType.CHARGE) {
            charge(a, p, r);
        } else if (r.chargeAmountIdr() != null || r.permitValidUntil() != null) {
            throw ProblemException.invalidField(r.chargeAmountIdr() != null ? "chargeAmountIdr" : "permitValidUntil",
                    "only a CHARGE carries an amount or an overstay");
        }
        if ((type == AdministrativeActionType.DEPORTATION) != (r.deportation() != null)) {
            throw ProblemException.invalidField("deportation", type == AdministrativeActionType.DEPORTATION
                    ? "is required for a DEPORTATION: destination and who bears the cost" : "only a DEPORTATION has deportation details");
        }
        a.persist();
        events.administrativeActionTaken(c, p, a);

        Deportation d = null;
        if (r.deportation() != null) {
            d = deportation(c, p, a, r.deportation());
        }
        return new Taken(a, d);
    }

    /** The person left: the deportation completes, their custody in this case ends, and the case is resolved. */
    @Transactional
    public Deportation complete(UUID caseId, UUID deportationId, CompleteDeportationRequest r) {
        CaseFile c = cases.get(caseId);
        Deportation d = Deportation.findById(deportationId);
        if (d == null || !d.caseId.equals(caseId)) {
            throw ProblemException.notFound("deportation", deportationId);
        }
        if (d.departedAt != null) {
            throw ProblemException.conflict("deportation " + deportationId + " was completed at " + d.departedAt + " via " + d.portOfExit);
        }
        Instant departedAt = r.departedAt().truncatedTo(ChronoUnit.MICROS);
        AdministrativeAction decision = AdministrativeAction.findById(d.actionId);
        if (LocalDate.ofInstant(departedAt, WIB).isBefore(decision.decidedOn)) {
            throw ProblemException.invalidField("departedAt", "is before the deportation was decided (" + decision.decidedOn + ")");
        }
        d.departedAt = departedAt;
        d.portOfExit = r.portOfExit().strip();
        d.travelDocumentIssuedOn = r.travelDocumentIssuedOn();
        Person p = Person.findById(d.personId);
        CustodyEpisode open = CustodyEpisode.openOf(p.id);
        if (open != null && open.caseId.equals(c.id)) {
            // The post's DEPORTATION follow-up says where to and by which port.
            custody.endBecause(open, CustodyEpisode.EndReason.DEPORTED, departedAt,
                    "Deported to " + d.destinationCountry + " via " + d.portOfExit);
        }
        // A document the mission issued before the decision kept nobody waiting.
        Integer daysWaiting = d.awaitingTravelDocument && d.travelDocumentIssuedOn != null
                ? (int) Math.max(0, ChronoUnit.DAYS.between(decision.decidedOn, d.travelDocumentIssuedOn)) : null;
        events.deportationCompleted(c, p, d, daysWaiting);
        cases.resolveIfAllowed(c, CaseStep.resolved(CaseOutcome.DEPORTED), "deportation completed");
        return d;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Overstay assess(LocalDate permitValidUntil, LocalDate on) {
        OverstayTariff tariff = OverstayTariff.inForceOn(on).orElseThrow(() -> ProblemException.invalidField("on",
                "no overstay tariff was in force on " + on));
        return Overstay.assess(permitValidUntil, on, tariff);
    }

    private void charge(AdministrativeAction a, Person p, TakeActionRequest r) {
        if (r.chargeAmountIdr() != null) {
            if (r.permitValidUntil() != null) {
                throw ProblemException.invalidField("chargeAmountIdr", "give either the amount or the permit's end for an overstay, not both");
            }
            a.chargeAmountIdr = r.chargeAmountIdr();
            a.legalBasis = AdministrativeActionType.CHARGE.legalBasis();
            return;
        }
        LocalDate permitEnd = r.permitValidUntil() != null ? r.permitValidUntil() : p.stayPermitValidUntil;
        if (permitEnd == null) {
            throw ProblemException.invalidField("permitValidUntil", "the person has no recorded stay permit end: give it, or the amount");
        }
        Overstay o = assess(permitEnd, a.decidedOn);
        switch (o.consequence()) {
            case NONE -> throw ProblemException.invalidField("permitValidUntil",
                    "the permit was still valid on " + a.decidedOn + ": there is no overstay to charge");
            case DEPORTATION_AND_ENTRY_BAN -> throw ProblemException.invalidField("actionType", "an overstay of "
                    + o.overstayDays() + " days (" + o.tariff().deportationFromDays + " or more) calls for deportation and an "
                    + "entry ban (UU 6/2011 Pasal 78(3)), not a charge");
            case CHARGE -> {
                a.overstayDays = o.overstayDays();
                a.chargeAmountIdr = o.chargeIdr();
                a.legalBasis = o.legalBasis();
            }
        }
    }

    private Deportation deportation(CaseFile c, Person p, AdministrativeAction a, TakeActionRequest.DeportationDetails r) {
        if (!Countries.isIsoCode(r.destinationCountry())) {
            throw ProblemException.invalidField("deportation.destinationCountry", "'" + r.destinationCountry() + "' is not an ISO 3166-1 alpha-3 country");
        }
        if (r.entryBanUntil() != null && !r.entryBanUntil().isAfter(a.effectiveFrom)) {
            throw ProblemException.invalidField("deportation.entryBanUntil", "must be after the deportation takes effect");
        }
        if (r.plannedDepartureOn() != null && r.plannedDepartureOn().isBefore(a.decidedOn)) {
            throw ProblemException.invalidField("deportation.plannedDepartureOn", "is before the decision");
        }
        Deportation d = new Deportation();
        d.id = UUID.randomUUID();
        d.caseId = c.id;
        d.personId = p.id;
        d.actionId = a.id;
        d.destinationCountry = r.destinationCountry();
        d.plannedDepartureOn = r.plannedDepartureOn();
        d.costBorneBy = r.costBorneBy();
        d.entryBanUntil = r.entryBanUntil();
        d.awaitingTravelDocument = r.awaitingTravelDocument();
        d.decidedAt = a.recordedAt;
        d.persist();
        events.deportationDecided(c, p, d);
        return d;
    }

    /** The last day of the term, checked against the longest first term the law allows. */
    private static LocalDate termEnd(TakeActionRequest r, AdministrativeActionReference ref, LocalDate from) {
        if (r.effectiveUntil() != null && r.durationMonths() != null) {
            throw ProblemException.invalidField("durationMonths", "give either effectiveUntil or durationMonths, not both");
        }
        if (r.lifetime()) {
            if (!ref.lifetimeAllowed) {
                throw ProblemException.invalidField("lifetime", "only an entry ban can be for life");
            }
            if (r.effectiveUntil() != null || r.durationMonths() != null) {
                throw ProblemException.invalidField("lifetime", "a ban for life has no end date");
            }
            return null;
        }
        LocalDate until = r.durationMonths() != null ? from.plusMonths(r.durationMonths()).minusDays(1) : r.effectiveUntil();
        String field = r.durationMonths() != null ? "durationMonths" : "effectiveUntil";
        if (ref.maxMonths == null) {
            if (r.durationMonths() != null) {
                throw ProblemException.invalidField("durationMonths", "a " + ref.actionType + " is not time-bound");
            }
        } else if (until == null) {
            throw ProblemException.invalidField("effectiveUntil", "a " + ref.actionType + " lasts at most " + ref.maxMonths
                    + " months at first: give its end or durationMonths");
        } else if (until.isAfter(from.plusMonths(ref.maxMonths).minusDays(1))) {
            throw ProblemException.invalidField(field, "a " + ref.actionType + " lasts at most " + ref.maxMonths
                    + " months at first (" + ref.actionType.legalBasis() + "); extend it by a new decision");
        }
        if (until != null && until.isBefore(from)) {
            throw ProblemException.invalidField(field, "ends before it starts (" + from + ")");
        }
        return until;
    }
}
