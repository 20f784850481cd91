package id.go.wna.reciprocity.service;

import id.go.wna.contracts.cases.AdministrativeActionTaken;
import id.go.wna.contracts.cases.CaseOpened;
import id.go.wna.contracts.cases.CustodyEnded;
import id.go.wna.contracts.cases.DeportationCompleted;
import id.go.wna.contracts.cases.OffenceRecorded;
import id.go.wna.reciprocity.domain.CountryCaseFacts;
import id.go.wna.reciprocity.domain.InboundCounters;
import id.go.wna.reciprocity.domain.InboundCounters.Increment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;

import static id.go.wna.reciprocity.domain.InboundCounters.ADMINISTRATIVE_ACTION;
import static id.go.wna.reciprocity.domain.InboundCounters.DEPORTATION;
import static id.go.wna.reciprocity.domain.InboundCounters.DETENTION_DAYS;
import static id.go.wna.reciprocity.domain.InboundCounters.OFFENCE;
import static id.go.wna.reciprocity.domain.InboundCounters.OVERSTAY;
import static id.go.wna.reciprocity.domain.InboundCounters.OVERSTAY_DAYS;
import static id.go.wna.reciprocity.domain.InboundCounters.TRAVEL_DOCUMENT_WAIT;
import static id.go.wna.reciprocity.domain.InboundCounters.TRAVEL_DOCUMENT_WAIT_DAYS;

/**
 * Projects case events into per-country facts: cases opened ({@code country_case_fact}) and the monthly inbound
 * counters ({@code inbound_monthly_fact}), each in the month (UTC) of the event's own time. One statement per event.
 */
@ApplicationScoped
public class CaseFactProjection {

    /** OffenceRecorded's category for the immigration crimes of UU 6/2011 (the only ones counted as offences). */
    static final String IMMIGRATION_CRIME = "IMMIGRATION_CRIME";

    private final CountryCaseFacts facts;
    private final InboundCounters counters;
    private final DirtyCountries dirty;

    public CaseFactProjection(CountryCaseFacts facts, InboundCounters counters, DirtyCountries dirty) {
        this.dirty = dirty;
        this.facts = facts;
        this.counters = counters;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void caseOpened(CaseOpened event) {
        facts.countCaseOpened(event.nationality(), event.openedAt(), event.kind());
    }

    /** An immigration crime counts by its article; a general crime (KUHP...) is not an immigration offence. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void offenceRecorded(OffenceRecorded event) {
        if (IMMIGRATION_CRIME.equals(event.category())) {
            count(event.nationality(), event.recordedAt(), List.of(Increment.of(OFFENCE, event.article(), 1)));
        }
    }

    /**
     * A TAK counts by its type; one with overstay days (an overstay charge) is also an overstay, with its days. An
     * extension of a ban prolongs a ban already counted: it counts nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void administrativeActionTaken(AdministrativeActionTaken event) {
        if (event.extendsActionId() != null) {
            return;
        }
        List<Increment> increments = new ArrayList<>(3);
        increments.add(Increment.of(ADMINISTRATIVE_ACTION, event.actionType(), 1));
        if (event.overstayDays() != null) {
            increments.add(Increment.of(OVERSTAY, 1));
            increments.add(Increment.of(OVERSTAY_DAYS, event.overstayDays()));
        }
        count(event.nationality(), event.decidedAt(), increments);
    }

    /** A deportation counts when the person left; a wait for a travel document, when there was one, with its days. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deportationCompleted(DeportationCompleted event) {
        List<Increment> increments = new ArrayList<>(3);
        increments.add(Increment.of(DEPORTATION, 1));
        if (event.daysWaitingForTravelDocument() != null) {
            increments.add(Increment.of(TRAVEL_DOCUMENT_WAIT, 1));
            increments.add(Increment.of(TRAVEL_DOCUMENT_WAIT_DAYS, event.daysWaitingForTravelDocument()));
        }
        count(event.nationality(), event.departedAt(), increments);
    }

    /** The days of a custody episode count in the month it ended. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void custodyEnded(CustodyEnded event) {
        count(event.nationality(), event.endedAt(), List.of(Increment.of(DETENTION_DAYS, event.daysInCustody())));
    }

    /** Counts in the month of the event's time, and marks the country's assessment of that month for recomputing. */
    private void count(String iso3, java.time.Instant at, List<Increment> increments) {
        counters.add(iso3, at, increments);
        dirty.mark(iso3, at);
    }
}
