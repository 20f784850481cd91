package id.go.wna.cases.service;

import id.go.wna.cases.domain.Mrz;
import id.go.wna.cases.domain.Person;
import id.go.wna.cases.domain.TravelDocument;
import id.go.wna.platform.reference.Countries;
import id.go.wna.platform.refusal.BrokenRule;
import id.go.wna.platform.refusal.Refusal;
import id.go.wna.platform.security.PersonRefs;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Registering and finding foreign nationals. */
@ApplicationScoped
public class PersonService {

    /** The same document (number and issuing state) registered twice: the caller is pointed at the existing person. */
    public static final class DuplicateDocument extends RuntimeException {
        public final UUID existingPerson;
        public final BrokenRule rule;

        DuplicateDocument(UUID existingPerson, String issuingState, String number) {
            super("document " + issuingState + " " + number + " belongs to person " + existingPerson);
            this.existingPerson = existingPerson;
            this.rule = new BrokenRule("document.number", "already registered to person " + existingPerson);
        }
    }

    @Transactional
    public Person register(RegisterPerson r) {
        Mrz mrz = null;
        if (r.mrz() != null && !r.mrz().isBlank()) {
            try {
                mrz = Mrz.parse(r.mrz());
            } catch (Mrz.InvalidMrz e) {
                throw Refusal.ruleBroken(e.field(), e.getMessage());
            }
        }
        RegisterPerson.Document doc = r.document() != null ? r.document()
                : mrz == null ? null : new RegisterPerson.Document(mrz.documentType(), mrz.documentNumber(), mrz.issuingState(), mrz.expiry());
        if (doc == null) {
            throw Refusal.ruleBroken("document", "give the travel document, or the passport's MRZ");
        }
        if (mrz != null && !(doc.number().equals(mrz.documentNumber()) && doc.issuingState().equals(mrz.issuingState()))) {
            throw Refusal.ruleBroken("document.number", "differs from the MRZ (" + mrz.issuingState() + " " + mrz.documentNumber() + ")");
        }
        if (!Countries.isIcaoCode(doc.issuingState())) {
            throw Refusal.ruleBroken("document.issuingState", doc.issuingState() + " is not an ICAO Doc 9303 state code");
        }
        List<String> nationalities = r.nationalities() != null && !r.nationalities().isEmpty() ? r.nationalities()
                : mrz == null ? List.of() : List.of(mrz.nationality());
        if (nationalities.isEmpty()) {
            throw Refusal.ruleBroken("nationalities", "at least one nationality (ICAO code) is needed");
        }
        for (int i = 0; i < nationalities.size(); i++) {
            if (!Countries.isIcaoCode(nationalities.get(i))) {
                throw Refusal.ruleBroken("nationalities[" + i + "]", nationalities.get(i) + " is not an ICAO Doc 9303 nationality code");
            }
        }
        if (nationalities.stream().distinct().count() != nationalities.size()) {
            throw Refusal.ruleBroken("nationalities", "a nationality is listed twice");
        }
        String surname = firstNonBlank(r.surname(), mrz == null ? null : mrz.surname());
        String givenNames = Objects.requireNonNullElse(firstNonBlank(r.givenNames(), mrz == null ? null : mrz.givenNames()), "");
        String sex = firstNonBlank(r.sex(), mrz == null ? null : mrz.sex());
        var birthDate = r.birthDate() != null ? r.birthDate() : mrz == null ? null : mrz.birthDate();
        if (surname == null) throw Refusal.ruleBroken("surname", "must be given (or an MRZ)");
        if (sex == null) throw Refusal.ruleBroken("sex", "must be M, F or X (or an MRZ)");
        if (birthDate == null) throw Refusal.ruleBroken("birthDate", "must be given (or an MRZ)");
        if (mrz != null && r.birthDate() != null && !r.birthDate().equals(mrz.birthDate())) {
            throw Refusal.ruleBroken("birthDate", "differs from the MRZ (" + mrz.birthDate() + ")");
        }
        if (r.stayPermit() != null && r.stayPermit().validFrom() != null && r.stayPermit().validUntil() != null
                && r.stayPermit().validUntil().isBefore(r.stayPermit().validFrom())) {
            throw Refusal.ruleBroken("stayPermit.validUntil", "ends before it starts");
        }

        TravelDocument existing = TravelDocument.find("issuingState = ?1 and number = ?2", doc.issuingState(), doc.number()).firstResult();
        if (existing != null) {
            throw new DuplicateDocument(existing.person.id, doc.issuingState(), doc.number());
        }

        Person p = new Person();
        p.id = UUID.randomUUID();
        if (mrz != null) {
            p.mrzSurname = mrz.surname();
            p.mrzGivenNames = mrz.givenNames();
        }
        p.setNames(surname, givenNames);
        p.sex = sex;
        p.birthDate = birthDate;
        p.birthPlace = r.birthPlace();
        p.nationalities = new ArrayList<>(nationalities);
        p.languages = r.languages() == null ? new ArrayList<>() : new ArrayList<>(r.languages());
        if (r.vulnerability() != null) {
            p.asylumSeekerOrRefugee = r.vulnerability().asylumSeekerOrRefugee();
            p.unhcrNumber = r.vulnerability().unhcrNumber();
            p.traffickingVictim = r.vulnerability().traffickingVictim();
        }
        p.immunity = r.immunity() == null ? Person.Immunity.NONE : r.immunity();
        if (r.stayPermit() != null) {
            p.stayPermitType = r.stayPermit().type();
            p.stayPermitValidFrom = r.stayPermit().validFrom();
            p.stayPermitValidUntil = r.stayPermit().validUntil();
        }
        p.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        TravelDocument d = new TravelDocument();
        d.id = UUID.randomUUID();
        d.person = p;
        d.type = doc.type();
        d.number = doc.number();
        d.issuingState = doc.issuingState();
        d.expiry = doc.expiry();
        p.documents.add(d);
        p.persist();
        return p;
    }

    private final PersonRefs personRefs;
    private final MissionScope scope;

    public PersonService(PersonRefs personRefs, MissionScope scope) {
        this.personRefs = personRefs;
        this.scope = scope;
    }

    /** The person's pseudonym on shared topics, keyed on the first document registered. */
    public UUID personRef(Person p) {
        var d = p.documents.get(0);
        return personRefs.of(d.issuingState, d.number);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Person get(UUID id) {
        Person p = Person.findById(id);
        if (p == null) {
            throw Refusal.notFound("person", id);
        }
        return p;
    }

    /** The person, if the caller may see them ({@link MissionScope}); 404 otherwise, so as not to confirm them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Person getVisible(UUID id) {
        Person p = get(id);
        if (!scope.sees(p)) {
            throw Refusal.notFound("person", id);
        }
        return p;
    }

    /**
     * Name (any part, tolerant of case and accents), nationality (by country: D or DEU), document number; 50 per
     * page by name; only the persons the caller may see ({@link MissionScope}).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Person> search(String name, String nationality, String documentNumber, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        scope.personCriterion("p").ifPresent(scoped -> scoped.addTo(where, params));
        if (name != null && !name.isBlank()) {
            where.add("p.searchName like :name");
            params.and("name", "%" + Person.searchable(name).replace("%", "").replace("_", "") + "%");
        }
        if (nationality != null) {
            // By country: GBR finds the holders of a GBD passport too, D and DEU find the same Germans.
            MissionScope.personsHolding(Countries.iso3OrSelf(nationality), "p", "nationality").addTo(where, params);
        }
        if (documentNumber != null) {
            where.add("exists (select 1 from TravelDocument d where d.person = p and d.number = :number)");
            params.and("number", documentNumber.toUpperCase().replace(" ", ""));
        }
        String query = "select distinct p from Person p" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by p.searchName, p.id";
        return Person.<Person>find(query, params).page(Page.of(page, size)).list();
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a.strip() : b != null && !b.isBlank() ? b.strip() : null;
    }
}
