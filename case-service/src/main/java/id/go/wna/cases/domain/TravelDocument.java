package id.go.wna.cases.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** A passport or other travel document; number and issuing state identify it (and its holder) uniquely. */
@Entity
@Table(name = "travel_document")
public class TravelDocument extends PanacheEntityBase {

    @Id
    public UUID id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    public Person person;
    /** ICAO document type: P passport, and the like. */
    @Column(nullable = false)
    public String type;
    @Column(nullable = false)
    public String number;
    @Column(name = "issuing_state", nullable = false)
    public String issuingState;
    public LocalDate expiry;
}
