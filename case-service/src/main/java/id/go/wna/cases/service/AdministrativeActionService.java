package id.go.wna.cases.service;

import id.go.wna.cases.domain.AdministrativeAction;
import id.go.wna.cases.domain.AdministrativeActionType;
import id.go.wna.cases.domain.CaseFile;
import id.go.wna.cases.domain.CaseOutcome;
import id.go.wna.cases.domain.CaseStep;
import id.go.wna.cases.domain.CustodyEpisode;
import id.go.wna.cases.domain.Deportation;
import id.go.wna.cases.domain.Overstay;
import id.go.wna.cases.domain.OverstayTariff;
import id.go.wna.cases.domain.Person;
import id.go.wna.cases.domain.TakRule;
import id.go.wna.cases.messaging.CaseEvents;
import id.go.wna.platform.reference.Countries;
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
    public Taken take(UUID caseId, TakeAdministrativeAction r) {
        CaseFile c = cases.get(caseId);
        Person p = CaseService.personOf(c, "an administrative action is decided about a person");
        AdministrativeActionType type = r.actionType();
        if (AdministrativeAction.count("decisionNumber = ?1 and actionType = ?2", r.decisionNumber().strip(), type) > 0) {
            throw Refusal.conflict("decision " + r.decisionNumber() + " already records a " + type);
        }
        LocalDate from = r.effectiveFrom() == null ? r.decidedOn() : r.effectiveFrom();
        TakRule rule = type.isBan() ? ruleOn(type, r.decidedOn(), "decidedOn") : null;
        LocalDate until = termEnd(r, type, rule, from);

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
        a.legalBasis = rule == null ? type.legalBasis() : rule.legalBasis();
        a.ruleId = rule == null ? null : rule.id;
        a.reason = r.reason();
        a.recordedBy = caller.subject();
        a.recordedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (type == AdministrativeActionType.CHARGE) {
            charge(a, p, r);
        } else if (r.chargeAmountIdr() != null || r.permitValidUntil() != null) {
            throw Refusal.ruleBroken(r.chargeAmountIdr() != null ? "chargeAmountIdr" : "permitValidUntil",
                    "only a CHARGE carries an amount or an overstay");
        }
        if ((type == AdministrativeActionType.DEPORTATION) != (r.deportation() != null)) {
            throw Refusal.ruleBroken("deportation", type == AdministrativeActionType.DEPORTATION
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

    /**
     * Extends an exit or entry ban by a new decision: from the day after the ban's current end, for at most the
     * extension the rule in force on the extension's decision date allows, and no more times than it allows.
     */
    @Transactional
    public AdministrativeAction extend(UUID caseId, UUID actionId, ExtendBan r) {
        CaseFile c = cases.get(caseId);
        AdministrativeAction named = AdministrativeAction.findById(actionId);
        if (named == null || !named.caseId.equals(caseId)) {
            throw Refusal.notFound("administrative action", actionId);
        }
        // Extensions hang off the first decision, whichever decision of the ban the caller names.
        AdministrativeAction ban = named.extendsActionId == null ? named : AdministrativeAction.findById(named.extendsActionId);
        if (!ban.actionType.isBan()) {
            throw Refusal.ruleBroken("actionId", "only an exit or entry ban is extended; a " + ban.actionType
                    + " is decided anew");
        }
        if (ban.lifetime) {
            throw Refusal.ruleBroken("actionId", "a ban for life has no end to extend");
        }
        List<AdministrativeAction> extensions = AdministrativeAction.list("extendsActionId = ?1 order by effectiveUntil", ban.id);
        LocalDate currentEnd = extensions.isEmpty() ? ban.effectiveUntil : extensions.get(extensions.size() - 1).effectiveUntil;
        if (r.decidedOn().isBefore(ban.decidedOn)) {
            throw Refusal.ruleBroken("decidedOn", "is before the ban was decided (" + ban.decidedOn + ")");
        }
        if (r.decidedOn().isAfter(currentEnd)) {
            throw Refusal.ruleBroken("decidedOn", "the ban ended on " + currentEnd
                    + ": a lapsed ban is not extended, decide a new one");
        }
        TakRule rule = ruleOn(ban.actionType, r.decidedOn(), "decidedOn");
        if (rule.extensionMaxMonths == null || (rule.maxExtensions != null && rule.maxExtensions == 0)) {
            throw Refusal.ruleBroken("actionId", "a " + ban.actionType + " may not be extended under " + rule.describe());
        }
        if (rule.maxExtensions != null && extensions.size() >= rule.maxExtensions) {
            throw Refusal.ruleBroken("actionId", "this " + ban.actionType + " was already extended " + extensions.size()
                    + (extensions.size() == 1 ? " time" : " times") + "; " + rule.describe() + " allows "
                    + (rule.maxExtensions == 1 ? "one extension" : rule.maxExtensions + " extensions"));
        }
        if (AdministrativeAction.count("decisionNumber = ?1 and actionType = ?2", r.decisionNumber().strip(), ban.actionType) > 0) {
            throw Refusal.conflict("decision " + r.decisionNumber() + " already records a " + ban.actionType);
        }
        LocalDate from = currentEnd.plusDays(1);
        if (r.effectiveUntil() != null && r.durationMonths() != null) {
            throw Refusal.ruleBroken("durationMonths", "give either effectiveUntil or durationMonths, not both");
        }
        if (r.effectiveUntil() == null && r.durationMonths() == null) {
            throw Refusal.ruleBroken("effectiveUntil", "give the extended ban's last day, or durationMonths");
        }
        String field = r.durationMonths() != null ? "durationMonths" : "effectiveUntil";
        LocalDate until = r.durationMonths() != null ? from.plusMonths(r.durationMonths()).minusDays(1) : r.effectiveUntil();
        if (until.isBefore(from)) {
            throw Refusal.ruleBroken(field, "ends before the extension starts (" + from + ", the day after the current end)");
        }
        if (until.isAfter(from.plusMonths(rule.extensionMaxMonths).minusDays(1))) {
            throw Refusal.ruleBroken(field, "an extension lasts at most " + rule.extensionMaxMonths + " months ("
                    + rule.describe() + "): from " + from + " to " + from.plusMonths(rule.extensionMaxMonths).minusDays(1) + " at most");
        }
        Person p = Person.findById(ban.personId);
        AdministrativeAction a = new AdministrativeAction();
        a.id = UUID.randomUUID();
        a.caseId = c.id;
        a.personId = ban.personId;
        a.actionType = ban.actionType;
        a.decisionNumber = r.decisionNumber().strip();
        a.decidedOn = r.decidedOn();
        a.effectiveFrom = from;
        a.effectiveUntil = until;
        a.extendsActionId = ban.id;
        a.ruleId = rule.id;
        a.legalBasis = rule.legalBasis();
        a.reason = r.reason();
        a.recordedBy = caller.subject();
        a.recordedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        a.persist();
        events.administrativeActionTaken(c, p, a);
        return a;
    }

    /** The rule in force on the date of the act; none (before UU 6/2011) is a 422 naming the date's field. */
    static TakRule ruleOn(AdministrativeActionType type, LocalDate on, String field) {
        return TakRule.inForceOn(type, on).orElseThrow(() -> Refusal.ruleBroken(field,
                "no rule for a " + type + " was in force on " + on + " (the catalogue starts with UU 6/2011, 2011-05-05)"));
    }

    /** The person left: the deportation completes, their custody in this case ends, and the case is resolved. */
    @Transactional
    public Deportation complete(UUID caseId, UUID deportationId, CompleteDeportation r) {
        CaseFile c = cases.get(caseId);
        Deportation d = Deportation.findById(deportationId);
        if (d == null || !d.caseId.equals(caseId)) {
            throw Refusal.notFound("deportation", deportationId);
        }
        if (d.departedAt != null) {
            throw Refusal.conflict("deportation " + deportationId + " was completed at " + d.departedAt + " via " + d.portOfExit);
        }
        Instant departedAt = r.departedAt().truncatedTo(ChronoUnit.MICROS);
        AdministrativeAction decision = AdministrativeAction.findById(d.actionId);
        if (LocalDate.ofInstant(departedAt, WIB).isBefore(decision.decidedOn)) {
            throw Refusal.ruleBroken("departedAt", "is before the deportation was decided (" + decision.decidedOn + ")");
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
        events.deportationCompleted(c, p, d);
        cases.resolveIfAllowed(c, CaseStep.resolved(CaseOutcome.DEPORTED), "deportation completed");
        return d;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Overstay assess(LocalDate permitValidUntil, LocalDate on) {
        OverstayTariff tariff = OverstayTariff.inForceOn(on).orElseThrow(() -> Refusal.ruleBroken("on",
                "no overstay tariff was in force on " + on));
        return Overstay.assess(permitValidUntil, on, tariff);
    }

    private void charge(AdministrativeAction a, Person p, TakeAdministrativeAction r) {
        if (r.chargeAmountIdr() != null) {
            if (r.permitValidUntil() != null) {
                throw Refusal.ruleBroken("chargeAmountIdr", "give either the amount or the permit's end for an overstay, not both");
            }
            a.chargeAmountIdr = r.chargeAmountIdr();
            a.legalBasis = AdministrativeActionType.CHARGE.legalBasis();
            return;
        }
        LocalDate permitEnd = r.permitValidUntil() != null ? r.permitValidUntil() : p.stayPermitValidUntil;
        if (permitEnd == null) {
            throw Refusal.ruleBroken("permitValidUntil", "the person has no recorded stay permit end: give it, or the amount");
        }
        Overstay o = assess(permitEnd, a.decidedOn);
        switch (o.consequence()) {
            case NONE -> throw Refusal.ruleBroken("permitValidUntil",
                    "the permit was still valid on " + a.decidedOn + ": there is no overstay to charge");
            case DEPORTATION_AND_ENTRY_BAN -> throw Refusal.ruleBroken("actionType", "an overstay of "
                    + o.overstayDays() + " days (" + o.tariff().deportationFromDays + " or more) calls for deportation and an "
                    + "entry ban (UU 6/2011 Pasal 78(3)), not a charge");
            case CHARGE -> {
                a.overstayDays = o.overstayDays();
                a.chargeAmountIdr = o.chargeIdr();
                a.legalBasis = o.citedBasis();
            }
        }
    }

    private Deportation deportation(CaseFile c, Person p, AdministrativeAction a, TakeAdministrativeAction.DeportationTerms r) {
        if (!Countries.isIsoCode(r.destinationCountry())) {
            throw Refusal.ruleBroken("deportation.destinationCountry", "'" + r.destinationCountry() + "' is not an ISO 3166-1 alpha-3 country");
        }
        if (r.entryBanUntil() != null && !r.entryBanUntil().isAfter(a.effectiveFrom)) {
            throw Refusal.ruleBroken("deportation.entryBanUntil", "must be after the deportation takes effect");
        }
        if (r.entryBanUntil() != null) {
            // The entry ban imposed with a deportation is a first term under the entry-ban rule of the decision date.
            TakRule entryBan = ruleOn(AdministrativeActionType.ENTRY_BAN, a.decidedOn, "decidedOn");
            LocalDate longest = a.effectiveFrom.plusMonths(entryBan.maxMonths).minusDays(1);
            if (r.entryBanUntil().isAfter(longest)) {
                throw Refusal.ruleBroken("deportation.entryBanUntil", "an entry ban lasts at most " + entryBan.maxMonths
                        + " months at first (" + entryBan.describe() + "): until " + longest + " at most");
            }
        }
        if (r.plannedDepartureOn() != null && r.plannedDepartureOn().isBefore(a.decidedOn)) {
            throw Refusal.ruleBroken("deportation.plannedDepartureOn", "is before the decision");
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

    /** The last day of the term, checked against the longest first term of the rule in force on the decision date. */
    private static LocalDate termEnd(TakeAdministrativeAction r, AdministrativeActionType type, TakRule rule, LocalDate from) {
        if (r.effectiveUntil() != null && r.durationMonths() != null) {
            throw Refusal.ruleBroken("durationMonths", "give either effectiveUntil or durationMonths, not both");
        }
        if (r.lifetime()) {
            if (rule == null || !rule.lifetimeAllowed) {
                throw Refusal.ruleBroken("lifetime", rule == null ? "only an entry ban can be for life"
                        : "a " + type + " cannot be for life (" + rule.describe() + ")");
            }
            if (r.effectiveUntil() != null || r.durationMonths() != null) {
                throw Refusal.ruleBroken("lifetime", "a ban for life has no end date");
            }
            return null;
        }
        LocalDate until = r.durationMonths() != null ? from.plusMonths(r.durationMonths()).minusDays(1) : r.effectiveUntil();
        String field = r.durationMonths() != null ? "durationMonths" : "effectiveUntil";
        if (rule == null) {
            if (r.durationMonths() != null) {
                throw Refusal.ruleBroken("durationMonths", "a " + type + " is not time-bound");
            }
        } else if (until == null) {
            throw Refusal.ruleBroken("effectiveUntil", "a " + type + " lasts at most " + rule.maxMonths
                    + " months at first (" + rule.describe() + "): give its end or durationMonths");
        } else if (until.isAfter(from.plusMonths(rule.maxMonths).minusDays(1))) {
            throw Refusal.ruleBroken(field, "a " + type + " lasts at most " + rule.maxMonths + " months at first ("
                    + rule.describe() + "); extend it by POST .../administrative-actions/{actionId}/extensions");
        }
        if (until != null && until.isBefore(from)) {
            throw Refusal.ruleBroken(field, "ends before it starts (" + from + ")");
        }
        return until;
    }
}
