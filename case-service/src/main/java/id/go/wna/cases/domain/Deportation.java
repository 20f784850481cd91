package id.go.wna.cases.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** A deportation decided by a TAK (Pasal 75(2)(f)), until the person has left. */
@Entity
@Table(name = "deportation")
public class Deportation extends PanacheEntityBase {

    /** Who pays the journey. PERSON is the deportee themself; MISSION their country's embassy or consulate. */
    public enum CostBearer { PERSON, SPONSOR, FAMILY, MISSION, CARRIER, STATE, OTHER }

    @Id
    public UUID id;
    @Column(name = "case_id", nullable = false)
    public UUID caseId;
    @Column(name = "person_id", nullable = false)
    public UUID personId;
    @Column(name = "action_id", nullable = false)
    public UUID actionId;
    @Column(name = "destination_country", nullable = false, columnDefinition = "bpchar")
    public String destinationCountry;
    @Column(name = "planned_departure_on")
    public LocalDate plannedDepartureOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "cost_borne_by", nullable = false)
    public CostBearer costBorneBy;
    @Column(name = "entry_ban_until")
    public LocalDate entryBanUntil;
    @Column(name = "awaiting_travel_document", nullable = false)
    public boolean awaitingTravelDocument;
    @Column(name = "travel_document_issued_on")
    public LocalDate travelDocumentIssuedOn;
    @Column(name = "port_of_exit")
    public String portOfExit;
    @Column(name = "departed_at")
    public Instant departedAt;
    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;
    @Version
    public int version;

    /**
     * Days the person waited for their mission's travel document after the decision of {@code decidedOn}; null when
     * they did not wait for one or it is not recorded. A document issued before the decision kept nobody waiting.
     */
    public Integer daysWaitingForTravelDocument(LocalDate decidedOn) {
        return awaitingTravelDocument && travelDocumentIssuedOn != null
                ? (int) Math.max(0, ChronoUnit.DAYS.between(decidedOn, travelDocumentIssuedOn)) : null;
    }
}
