package id.go.wna.notification.domain.letter;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything the consular notification letter (the note to the foreign post) states, already resolved to what the
 * letter prints: names of places and authorities as written, codes only where the letter translates them. Fill it with
 * {@link #builder()} field by field, or with the canonical constructor. Every field not marked "required" may be
 * {@code null} (a list may be empty); the letter then says "tidak diketahui" / "not known" or leaves the line out.
 *
 * <p>Which kind-specific facts are required: {@code death} for {@code DEATH}, {@code followUp} for {@code FOLLOW_UP},
 * {@code wreck} for {@code WRECK_OR_AIR_ACCIDENT}, {@code guardianship} for {@code GUARDIANSHIP}; {@code person} for
 * every kind but {@code WRECK_OR_AIR_ACCIDENT} (a wreck concerns a craft).
 *
 * @param referenceNumber       required: the note's number, diplomatic-note style, e.g. "D-01234/KONS/XI/2026/42"
 * @param kind                  required: what the letter tells the post
 * @param sentAt                when the note is sent; {@code null} for a draft (printed as such)
 * @param zone                  required: the zone every time of the letter is shown in, that of the province
 *                              concerned (service-platform's {@code Provinces.Province.zone()})
 * @param zoneAbbreviation      required: WIB, WITA or WIT, printed after every time
 * @param post                  required: the foreign post addressed
 * @param person                the person concerned (required except for a wreck)
 * @param document              the travel document, or {@code null} if none is known
 * @param stayPermit            the stay permit held or last held, or {@code null} if none is known
 * @param arrest                when, where and by whom the person was arrested ({@code null} when not a detention)
 * @param detention             the custody and where the person is held now ({@code null} when not detained)
 * @param charges               the statutes and articles invoked; empty while not known ({@code null} reads as empty)
 * @param basis                 required: why the post is told
 * @param opposesConsularAccess whether the person expressly opposes consular action (visits) under Art. 36(1)(c)
 * @param language              the language the person speaks: an ISO 639 code ("en", "zh") or a name as written
 * @param interpreterNeeded     whether an interpreter is needed; {@code null} if not known
 * @param death                 the facts of a death (required for DEATH)
 * @param followUp              the stage a follow-up reports (required for FOLLOW_UP)
 * @param wreck                 the facts of a wreck or air accident (required for WRECK_OR_AIR_ACCIDENT)
 * @param guardianship          why a guardian appears needed (required for GUARDIANSHIP)
 * @param correctsReference     for a CORRECTION: the number of the note it corrects, if known
 * @param late                  {@code null}, or a short explanation that the note is sent after its deadline
 * @param contact               the contact officer at the Ministry; {@code null} prints no contact line
 * @param instrument            the instrument the regime has, by name, as the regime data gives it (with any [check]):
 *                              required for MANDATORY, the only arrangement a letter may cite
 */
public record LetterFacts(
        String referenceNumber,
        LetterKind kind,
        Instant sentAt,
        ZoneId zone,
        String zoneAbbreviation,
        Post post,
        Person person,
        Document document,
        StayPermit stayPermit,
        Arrest arrest,
        Detention detention,
        List<Charge> charges,
        LetterBasis basis,
        boolean opposesConsularAccess,
        String language,
        Boolean interpreterNeeded,
        Death death,
        FollowUp followUp,
        Wreck wreck,
        Guardianship guardianship,
        String correctsReference,
        String late,
        ContactOfficer contact,
        String instrument) {

    public LetterFacts {
        requireText(referenceNumber, "referenceNumber");
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        Objects.requireNonNull(zone, "zone");
        requireText(zoneAbbreviation, "zoneAbbreviation");
        Objects.requireNonNull(post, "post");
        if (basis == null) {
            throw new IllegalArgumentException("basis is required");
        }
        if (basis == LetterBasis.MANDATORY && (instrument == null || instrument.isBlank())) {
            // A letter cites only the instrument the regime has: never an arrangement in general words.
            throw new IllegalArgumentException("a MANDATORY letter needs the instrument it is mandatory under");
        }
        if (person == null && kind != LetterKind.WRECK_OR_AIR_ACCIDENT) {
            throw new IllegalArgumentException("a " + kind + " letter needs the person");
        }
        requireFor(kind, LetterKind.DEATH, death, "death");
        requireFor(kind, LetterKind.FOLLOW_UP, followUp, "followUp");
        requireFor(kind, LetterKind.WRECK_OR_AIR_ACCIDENT, wreck, "wreck");
        requireFor(kind, LetterKind.GUARDIANSHIP, guardianship, "guardianship");
        charges = charges == null ? List.of() : List.copyOf(charges);
    }

    /** Whether the letter is an unsent draft. */
    public boolean draft() {
        return sentAt == null;
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }

    private static void requireFor(LetterKind kind, LetterKind needingKind, Object value, String name) {
        if (kind == needingKind && value == null) {
            throw new IllegalArgumentException("a " + kind + " letter needs " + name);
        }
    }

    /**
     * The foreign post addressed.
     *
     * @param name          required: its name as the letter addresses it in English, e.g. "Embassy of the Federal
     *                      Republic of Germany"
     * @param nameIndonesian its name in Indonesian, e.g. "Kedutaan Besar Republik Federal Jerman"; the Indonesian
     *                      letter uses {@code name} when absent
     * @param type          EMBASSY, CONSULATE_GENERAL, CONSULATE, HONORARY_CONSULATE or REPRESENTATIVE_OFFICE
     *                      (e.g. TETO for Taiwan); another value prints as given
     * @param city          where it is, e.g. "Jakarta" or "Denpasar"
     * @param address       its street address
     * @param email         its e-mail address for notifications
     * @param fax           its fax number
     */
    public record Post(String name, String nameIndonesian, String type, String city, String address, String email,
                       String fax) {
        public Post {
            requireText(name, "post.name");
        }
    }

    /**
     * The person concerned, as on their travel document.
     *
     * @param surname       required: surname (primary identifier) as printed; a mononym goes here
     * @param givenNames    given names as printed
     * @param mrzName       the name field of the machine-readable zone as read, e.g. "MULLER<<HANS<PETER"
     * @param sex           M, F or X (ICAO Doc 9303)
     * @param birthDate     date of birth
     * @param birthPlace    place of birth
     * @param nationalities every nationality, ISO 3166-1 alpha-3 (XXA stateless, XXB/XXC refugee, XXX unspecified)
     */
    public record Person(String surname, String givenNames, String mrzName, String sex, LocalDate birthDate,
                         String birthPlace, List<String> nationalities) {
        public Person {
            requireText(surname, "person.surname");
            nationalities = nationalities == null ? List.of() : List.copyOf(nationalities);
        }
    }

    /**
     * A travel document.
     *
     * @param type         PASSPORT, DIPLOMATIC_PASSPORT, SERVICE_PASSPORT, REFUGEE_TRAVEL_DOCUMENT,
     *                     STATELESS_TRAVEL_DOCUMENT, EMERGENCY_TRAVEL_DOCUMENT or OTHER
     * @param number       the number as printed
     * @param issuingState ISO 3166-1 alpha-3 code of the issuing state (or UNO etc.)
     * @param expiresOn    the expiry date
     */
    public record Document(String type, String number, String issuingState, LocalDate expiresOn) {
    }

    /**
     * A stay permit (UU 6/2011 Pasal 48).
     *
     * @param type       DIPLOMATIC, SERVICE, ITK, ITAS, ITAP or EPO
     * @param number     the permit number
     * @param validUntil its last day of validity
     */
    public record StayPermit(String type, String number, LocalDate validUntil) {
    }

    /**
     * The arrest.
     *
     * @param arrestedAt    when the person was deprived of liberty
     * @param place         where, as the letter states it, e.g. "Bandara Internasional I Gusti Ngurah Rai, Badung"
     * @param provinceName  the province, e.g. "Bali"
     * @param authorityName the arresting authority as the letter names it, e.g. "Kantor Imigrasi Kelas I Khusus TPI
     *                      Ngurah Rai"
     */
    public record Arrest(Instant arrestedAt, String place, String provinceName, String authorityName) {
    }

    /**
     * The custody and the place the person is held.
     *
     * @param custodyType  ARREST, POLICE_DETENTION, PRE_TRIAL_DETENTION, IMMIGRATION_DETENTION, IMPRISONMENT,
     *                     HOSPITAL_IN_CUSTODY or OTHER
     * @param facilityType RUDENIM, RUANG_DETENSI, POLICE_CELL, RUTAN, LAPAS, HOSPITAL or OTHER
     * @param placeName    the place's name a visitor needs, e.g. "Rumah Detensi Imigrasi Denpasar"
     * @param address      its street address
     * @param provinceName the province
     */
    public record Detention(String custodyType, String facilityType, String placeName, String address,
                            String provinceName) {
    }

    /**
     * A reason for the detention.
     *
     * @param statute     the law, e.g. "UU 6/2011" or "KUHP"
     * @param article     the article (pasal), e.g. "119" or "83(1)(a)"
     * @param description a short plain-language description, printed as given (same text in both languages)
     */
    public record Charge(String statute, String article, String description) {
    }

    /**
     * A death (VCCR Art. 37(a)).
     *
     * @param diedOn          the date of death (local date where it occurred)
     * @param diedAt          the time of death, if known
     * @param place           where the person died
     * @param provinceName    the province
     * @param cause           the cause of death, if known
     * @param remainsLocation where the remains are
     * @param nextOfKin       next of kin known to the authorities ({@code null} reads as empty)
     * @param inCustody       whether the person died in custody
     */
    public record Death(LocalDate diedOn, Instant diedAt, String place, String provinceName, String cause,
                        String remainsLocation, List<NextOfKin> nextOfKin, boolean inCustody) {
        public Death {
            nextOfKin = nextOfKin == null ? List.of() : List.copyOf(nextOfKin);
        }
    }

    /**
     * A next of kin of a deceased person.
     *
     * @param name         full name
     * @param relationship SPOUSE, PARTNER, PARENT, CHILD, SIBLING, GUARDIAN or OTHER
     * @param contact      phone, e-mail or address
     * @param country      ISO 3166-1 alpha-3 country of residence
     */
    public record NextOfKin(String name, String relationship, String contact, String country) {
    }

    /**
     * A later stage of a custody.
     *
     * @param stage       required: TRANSFER, HOSPITAL_ADMISSION, SERIOUS_ILLNESS, RELEASE, DEPORTATION,
     *                    DEATH_IN_CUSTODY, DEATH_PENALTY_CHARGED, DEATH_SENTENCE_IMPOSED, DEATH_SENTENCE_FINAL_APPEAL
     *                    or EXECUTION_SCHEDULED
     * @param occurredAt  when the stage was reached
     * @param newPlace    where the person is held now, after a transfer or an admission
     * @param court       the court, for the death-penalty stages
     * @param scheduledAt when a scheduled step (departure, execution) is due
     * @param details     a short factual note, printed as given
     */
    public record FollowUp(String stage, Instant occurredAt, Detention newPlace, String court, Instant scheduledAt,
                           String details) {
        public FollowUp {
            requireText(stage, "followUp.stage");
        }
    }

    /**
     * A wreck or air accident (VCCR Art. 37(c)).
     *
     * @param craftType      VESSEL or AIRCRAFT
     * @param craft          the vessel's or aircraft's name or flight, e.g. "KM Sinar Laut"
     * @param registration   its registration or IMO number
     * @param occurredAt     when it happened
     * @param place          where, as the letter states it
     * @param provinceName   the province
     * @param personsOnBoard how many persons were on board, if known
     * @param dead           how many died, if known
     * @param missing        how many are missing, if known
     * @param details        a short factual note, printed as given
     */
    public record Wreck(String craftType, String craft, String registration, Instant occurredAt, String place,
                        String provinceName, Integer personsOnBoard, Integer dead, Integer missing, String details) {
    }

    /**
     * Why a guardian or trustee appears needed (VCCR Art. 37(b)).
     *
     * @param reason      UNACCOMPANIED_MINOR, MINOR_WITH_PARENTS_DETAINED_OR_DECEASED, ADULT_LACKING_CAPACITY or
     *                    OTHER
     * @param currentCare where and with whom the person is now
     */
    public record Guardianship(String reason, String currentCare) {
    }

    /**
     * The Ministry's contact officer for the case.
     *
     * @param name  the officer's name
     * @param unit  the unit, e.g. "Direktorat Konsuler, Kementerian Luar Negeri"
     * @param phone phone number
     * @param email e-mail address
     */
    public record ContactOfficer(String name, String unit, String phone, String email) {
    }

    /** A builder, to fill the facts field by field. */
    public static Builder builder() {
        return new Builder();
    }

    /** Fills {@link LetterFacts} field by field; {@link #build()} checks what is required. */
    public static final class Builder {
        private String referenceNumber;
        private LetterKind kind;
        private Instant sentAt;
        private ZoneId zone;
        private String zoneAbbreviation;
        private Post post;
        private Person person;
        private Document document;
        private StayPermit stayPermit;
        private Arrest arrest;
        private Detention detention;
        private final List<Charge> charges = new ArrayList<>();
        private LetterBasis basis;
        private boolean opposesConsularAccess;
        private String language;
        private Boolean interpreterNeeded;
        private Death death;
        private FollowUp followUp;
        private Wreck wreck;
        private Guardianship guardianship;
        private String correctsReference;
        private String late;
        private ContactOfficer contact;
        private String instrument;

        private Builder() {
        }

        public Builder referenceNumber(String v) { referenceNumber = v; return this; }
        public Builder kind(LetterKind v) { kind = v; return this; }
        public Builder sentAt(Instant v) { sentAt = v; return this; }
        /** The zone of every time in the letter and its abbreviation (WIB, WITA, WIT). */
        public Builder zone(ZoneId v, String abbreviation) { zone = v; zoneAbbreviation = abbreviation; return this; }
        public Builder post(Post v) { post = v; return this; }
        public Builder person(Person v) { person = v; return this; }
        public Builder document(Document v) { document = v; return this; }
        public Builder stayPermit(StayPermit v) { stayPermit = v; return this; }
        public Builder arrest(Arrest v) { arrest = v; return this; }
        public Builder detention(Detention v) { detention = v; return this; }
        /** Adds a charge. */
        public Builder charge(String statute, String article, String description) {
            charges.add(new Charge(statute, article, description));
            return this;
        }
        /** Replaces the charges. */
        public Builder charges(List<Charge> v) { charges.clear(); if (v != null) charges.addAll(v); return this; }
        public Builder basis(LetterBasis v) { basis = v; return this; }
        public Builder opposesConsularAccess(boolean v) { opposesConsularAccess = v; return this; }
        public Builder language(String v) { language = v; return this; }
        public Builder interpreterNeeded(Boolean v) { interpreterNeeded = v; return this; }
        public Builder death(Death v) { death = v; return this; }
        public Builder followUp(FollowUp v) { followUp = v; return this; }
        public Builder wreck(Wreck v) { wreck = v; return this; }
        public Builder guardianship(Guardianship v) { guardianship = v; return this; }
        public Builder correctsReference(String v) { correctsReference = v; return this; }
        public Builder late(String v) { late = v; return this; }
        public Builder contact(ContactOfficer v) { contact = v; return this; }
        public Builder instrument(String v) { instrument = v; return this; }

        public LetterFacts build() {
            return new LetterFacts(referenceNumber, kind, sentAt, zone, zoneAbbreviation, post, person, document,
                    stayPermit, arrest, detention, charges, basis, opposesConsularAccess, language, interpreterNeeded,
                    death, followUp, wreck, guardianship, correctsReference, late, contact, instrument);
        }
    }
}
