package id.go.wna.cases.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** A foreign national as Imigrasi knows them. */
@Entity
@Table(name = "person")
public class Person extends PanacheEntityBase {

    /** Immunity from arrest or jurisdiction (VCDR Art. 29/31, VCCR Art. 41/43): decides how custody is handled. */
    public enum Immunity { NONE, DIPLOMATIC_AGENT, CONSULAR_OFFICER, CONSULAR_EMPLOYEE, INTERNATIONAL_ORGANISATION }

    /** Stay permits: diplomatic and service (Kemlu), visit (ITK), limited (ITAS), permanent (ITAP). */
    public enum StayPermitType { DIPLOMATIC, SERVICE, ITK, ITAS, ITAP }

    @Id
    public UUID id;
    @Column(nullable = false)
    public String surname;
    @Column(name = "given_names", nullable = false)
    public String givenNames;
    @Column(name = "mrz_surname")
    public String mrzSurname;
    @Column(name = "mrz_given_names")
    public String mrzGivenNames;
    @Column(name = "search_name", nullable = false)
    public String searchName;
    @Column(nullable = false, columnDefinition = "bpchar")
    public String sex;
    @Column(name = "birth_date", nullable = false)
    public LocalDate birthDate;
    @Column(name = "birth_place")
    public String birthPlace;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_nationality", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "position")
    @Column(name = "code")
    public List<String> nationalities = new ArrayList<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_language", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "position")
    @Column(name = "code")
    public List<String> languages = new ArrayList<>();
    @OneToMany(mappedBy = "person", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    public List<TravelDocument> documents = new ArrayList<>();
    @Column(name = "asylum_seeker_or_refugee", nullable = false)
    public boolean asylumSeekerOrRefugee;
    @Column(name = "unhcr_number")
    public String unhcrNumber;
    @Column(name = "trafficking_victim", nullable = false)
    public boolean traffickingVictim;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    public Immunity immunity = Immunity.NONE;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "stay_permit_type")
    public StayPermitType stayPermitType;
    @Column(name = "stay_permit_valid_from")
    public LocalDate stayPermitValidFrom;
    @Column(name = "stay_permit_valid_until")
    public LocalDate stayPermitValidUntil;

    /** Set when a death is recorded: nothing can happen to the person after it. */
    @Column(name = "died_on")
    public LocalDate diedOn;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Version
    public int version;

    /** A child under Indonesian law (under 18) on {@code day}: derived from the birth date, never typed in. */
    public boolean isMinorOn(LocalDate day) {
        return Period.between(birthDate, day).getYears() < 18;
    }

    public void setNames(String surname, String givenNames) {
        this.surname = surname;
        this.givenNames = givenNames;
        this.searchName = searchable(givenNames + " " + surname + " " + (mrzGivenNames == null ? "" : mrzGivenNames)
                + " " + (mrzSurname == null ? "" : mrzSurname));
    }

    /** Lower case without accents, so "José Müller" is found as "jose muller". */
    public static String searchable(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /** The person with documents, nationalities and languages in one query: a custody notice needs them all. */
    public static Person withEverything(java.util.UUID id) {
        return find("select distinct p from Person p left join fetch p.documents left join fetch p.nationalities "
                + "left join fetch p.languages where p.id = ?1", id).firstResult();
    }
}
