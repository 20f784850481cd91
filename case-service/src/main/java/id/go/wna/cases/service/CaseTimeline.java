package id.go.wna.cases.service;

import id.go.wna.cases.domain.AdministrativeAction;
import id.go.wna.cases.domain.CaseFile;
import id.go.wna.cases.domain.DeathRecord;
import id.go.wna.cases.domain.Deportation;
import id.go.wna.cases.domain.GuardianshipNeed;
import id.go.wna.cases.domain.WreckOrCrash;
import id.go.wna.cases.domain.CaseOffence;
import id.go.wna.cases.domain.CaseTransition;
import id.go.wna.cases.domain.ConsularMilestone;
import id.go.wna.cases.domain.CustodyEpisode;
import id.go.wna.cases.domain.CustodyTransfer;
import id.go.wna.cases.domain.CustodyFollowUp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Everything that happened to a case, derived from its records (never stored twice) and from Kemlu's consular
 * events. Summaries are built from structured fields only, so no free text (which may identify someone) leaks into
 * pseudonymous reads.
 */
@ApplicationScoped
public class CaseTimeline {

    private static final String CASE_SERVICE = "CASE_SERVICE";

    /**
     * One thing that happened: {@code type} says what, {@code ref} the record behind it, {@code source} whose record it
     * is (CASE_SERVICE, or KEMLU for its consular events).
     */
    public record Entry(Instant at, String type, String summary, UUID ref, String source) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Entry> of(CaseFile c) {
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(c.openedAt, "CASE_REPORTED", c.kind + " case " + c.caseNumber + " reported by "
                + c.reportingAgency + " in " + c.province + ", led by " + c.leadAgency, c.id, CASE_SERVICE));
        for (CaseTransition t : CaseTransition.of(c.id)) {
            entries.add(new Entry(t.changedAt, "STATUS_CHANGED", "Status " + t.fromStatus
                    + (t.fromStage == null ? "" : ":" + t.fromStage) + " → " + t.to(), t.id, CASE_SERVICE));
        }
        List<CustodyEpisode> custody = CustodyEpisode.list("caseId", c.id);
        for (CustodyEpisode e : custody) {
            entries.add(new Entry(e.startedAt, "CUSTODY_STARTED", "Custody started: " + e.custodyType + " by "
                    + e.arrestingAuthority, e.id, CASE_SERVICE));
            for (CustodyTransfer t : CustodyTransfer.<CustodyTransfer>list("custodyId", e.id)) {
                entries.add(new Entry(t.transferredAt, "CUSTODY_TRANSFERRED", "Moved from " + t.fromFacilityName
                        + " to " + t.toFacilityName + " (" + t.reason + ")", e.id, CASE_SERVICE));
            }
            if (e.endedAt != null) {
                entries.add(new Entry(e.endedAt, "CUSTODY_ENDED", "Custody ended: " + e.endReason, e.id, CASE_SERVICE));
            }
        }
        for (CustodyFollowUp f : CustodyFollowUp.<CustodyFollowUp>list("caseId", c.id)) {
            entries.add(new Entry(f.occurredAt, "CUSTODY_FOLLOW_UP_ISSUED", "Consular post told: " + f.stage
                    + (f.court == null ? "" : " (" + f.court + ")")
                    + (f.namesAPlace() ? ", now at " + f.facilityName : "")
                    + (f.scheduledAt == null ? "" : ", due " + f.scheduledAt), f.id, CASE_SERVICE));
        }
        for (CaseOffence o : CaseOffence.<CaseOffence>list("caseId", c.id)) {
            entries.add(new Entry(o.recordedAt, "OFFENCE_RECORDED", "Offence recorded: " + o.statute + " Pasal "
                    + o.article + (o.letter == null ? "" : " " + o.letter), o.id, CASE_SERVICE));
        }
        for (AdministrativeAction a : AdministrativeAction.<AdministrativeAction>list("caseId", c.id)) {
            entries.add(new Entry(a.recordedAt, "ADMINISTRATIVE_ACTION_TAKEN", "TAK " + a.actionType + " ("
                    + a.legalBasis + "), decision " + a.decisionNumber + " of " + a.decidedOn
                    + (a.lifetime ? ", for life" : a.effectiveUntil == null ? "" : ", until " + a.effectiveUntil), a.id, CASE_SERVICE));
        }
        for (Deportation d : Deportation.<Deportation>list("caseId", c.id)) {
            entries.add(new Entry(d.decidedAt, "DEPORTATION_DECIDED", "Deportation to " + d.destinationCountry + " decided"
                    + (d.entryBanUntil == null ? "" : ", entry ban until " + d.entryBanUntil), d.id, CASE_SERVICE));
            if (d.departedAt != null) {
                entries.add(new Entry(d.departedAt, "DEPORTATION_COMPLETED", "Deported via " + d.portOfExit, d.id, CASE_SERVICE));
            }
        }
        for (DeathRecord d : DeathRecord.<DeathRecord>list("caseId", c.id)) {
            entries.add(new Entry(d.diedAt != null ? d.diedAt : d.recordedAt, "DEATH_RECORDED", "Death on " + d.diedOn
                    + " in " + d.province + (d.custodyId != null ? ", in custody" : "") + " (" + d.causeCategory + ")", d.id, CASE_SERVICE));
        }
        for (GuardianshipNeed g : GuardianshipNeed.<GuardianshipNeed>list("caseId", c.id)) {
            entries.add(new Entry(g.identifiedAt, "GUARDIANSHIP_NEED_RECORDED", "Guardianship need: " + g.reason, g.id, CASE_SERVICE));
        }
        for (WreckOrCrash w : WreckOrCrash.<WreckOrCrash>list("caseId", c.id)) {
            entries.add(new Entry(w.occurredAt, "WRECK_OR_CRASH_RECORDED", w.craftType + " " + w.craft + " (" + w.flagState
                    + ") at " + w.place, w.id, CASE_SERVICE));
        }
        for (ConsularMilestone m : ConsularMilestone.<ConsularMilestone>list("caseId", c.id)) {
            entries.add(new Entry(m.occurredAt, m.type, m.summary, m.obligationId, "KEMLU"));
        }
        entries.sort(Comparator.comparing(Entry::at).thenComparing(Entry::type));
        return entries;
    }
}
