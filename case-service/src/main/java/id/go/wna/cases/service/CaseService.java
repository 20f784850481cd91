package id.go.wna.cases.service;

import id.go.wna.cases.domain.Agency;
import id.go.wna.cases.domain.CaseFile;
import id.go.wna.cases.domain.CaseKind;
import id.go.wna.cases.domain.CaseLifecycle;
import id.go.wna.cases.domain.CaseStatus;
import id.go.wna.cases.domain.CaseStep;
import id.go.wna.cases.domain.CaseTransition;
import id.go.wna.cases.domain.Person;
import id.go.wna.cases.messaging.CaseEvents;
import id.go.wna.platform.reference.Provinces;
import id.go.wna.platform.refusal.ExpectedVersion;
import id.go.wna.platform.refusal.Refusal;
import id.go.wna.platform.security.Caller;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Use cases on cases: each change commits together with the event that announces it. */
@ApplicationScoped
public class CaseService {

    /** Case numbers count per calendar year in Jakarta, where the numbering office is. */
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final CaseEvents events;
    private final EntityManager em;
    private final Caller caller;
    private final MissionScope scope;

    public CaseService(CaseEvents events, EntityManager em, Caller caller, MissionScope scope) {
        this.events = events;
        this.em = em;
        this.caller = caller;
        this.scope = scope;
    }

    @Transactional
    public CaseFile open(OpenCase r) {
        Person person = null;
        if (r.personId() != null) {
            person = Person.findById(r.personId());
            if (person == null) {
                throw Refusal.ruleBroken("personId", "no person " + r.personId() + " is registered");
            }
        }
        String nationality = nationalityOf(r.nationality(), person);
        Provinces.Province province = province("province", r.province());
        Agency reporting = r.reportingAgency() == null ? Agency.IMIGRASI : r.reportingAgency();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        CaseFile c = CaseFile.report(r.kind(), nationality, province.code(), province.name(), r.summary(), reporting,
                r.leadAgency() == null ? reporting : r.leadAgency(), now);
        c.personId = r.personId();
        c.caseNumber = nextNumber(c.kind, province.code(), now);
        c.persist();
        events.opened(c);
        return c;
    }

    /**
     * The nationality a case records: a case about a registered person carries one of the person's (the first listed
     * when none is declared), so that no field can say otherwise than the person; a case naming nobody keeps the one
     * declared. 422 naming {@code nationality} otherwise.
     */
    static String nationalityOf(String declared, Person person) {
        if (person == null) {
            if (declared == null) {
                throw Refusal.ruleBroken("nationality", "is required for a case that names no registered person");
            }
            return declared;
        }
        List<String> allowed = MissionScope.caseNationalitiesOf(person);
        if (declared == null) {
            return allowed.get(0);
        }
        if (!allowed.contains(declared)) {
            throw Refusal.ruleBroken("nationality", declared + " is not a nationality of person " + person.id
                    + " (" + String.join(", ", allowed) + "): a case about a registered person carries one of theirs; "
                    + "leave it out to take " + allowed.get(0));
        }
        return declared;
    }

    /**
     * Moves a case through its lifecycle. A step the state machine forbids is a 409 that lists the allowed ones; a
     * stale If-Match a 412.
     */
    @Transactional
    public CaseFile transition(UUID id, MoveCase r, ExpectedVersion expected) {
        CaseFile c = get(id);
        expected.check(c.version, "case", id);
        if (r.status() == CaseStatus.ACTIVE && r.stage() == null) {
            throw Refusal.ruleBroken("stage", "is required to make a case ACTIVE");
        }
        if (r.status() == CaseStatus.RESOLVED && r.outcome() == null) {
            throw Refusal.ruleBroken("outcome", "is required to resolve a case");
        }
        if (r.status() != CaseStatus.ACTIVE && r.stage() != null) {
            throw Refusal.ruleBroken("stage", "only an ACTIVE case has a stage");
        }
        if (r.status() != CaseStatus.RESOLVED && r.outcome() != null) {
            throw Refusal.ruleBroken("outcome", "only a RESOLVED case has an outcome");
        }
        return move(c, new CaseStep(r.status(), r.stage(), r.outcome()), r.reason());
    }

    /** Applies a step the lifecycle allows, records it for the timeline, and publishes CaseStatusChanged. */
    CaseFile move(CaseFile c, CaseStep to, String reason) {
        CaseTransition t;
        try {
            t = c.moveTo(to, reason, caller.subject(), Instant.now().truncatedTo(ChronoUnit.MICROS));
        } catch (CaseLifecycle.StepNotAllowed e) {
            List<String> allowed = e.allowed.stream().map(CaseStep::toString).toList();
            throw Refusal.forbiddenTransition(e.getMessage()
                    + (allowed.isEmpty() ? "; it is closed" : "; allowed: " + String.join(", ", allowed)), allowed);
        }
        t.persist();
        events.statusChanged(c, t);
        em.flush(); // the version the caller gets back (ETag) is the one just written
        return c;
    }

    /** Resolves a case as a side effect of another record (a death, a completed deportation), when the lifecycle allows. */
    boolean resolveIfAllowed(CaseFile c, CaseStep to, String reason) {
        if (!c.canMoveTo(to)) {
            return false;
        }
        move(c, to, reason);
        return true;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CaseFile get(UUID id) {
        CaseFile c = CaseFile.findById(id);
        if (c == null) {
            throw Refusal.notFound("case", id);
        }
        return c;
    }

    /**
     * The case as this caller may see it ({@link MissionScope}): a mission officer sees only cases about its own
     * nationals, and any other is a 404, not a 403, so another country's case is not even confirmed.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CaseFile getVisible(UUID id) {
        CaseFile c = get(id);
        if (!scope.sees(c)) {
            throw Refusal.notFound("case", id);
        }
        return c;
    }

    /**
     * The registered person a case is about, with documents and nationalities (every event about them needs the
     * personRef); a case naming nobody is a 422 on {@code personId} saying {@code why} someone is needed.
     */
    public static Person personOf(CaseFile c, String why) {
        if (c.personId == null) {
            throw Refusal.ruleBroken("personId", "the case names no registered person; " + why);
        }
        return Person.withEverything(c.personId);
    }

    /** By BPS code or name; 422 naming the field otherwise. */
    public static Provinces.Province province(String field, String codeOrName) {
        return Provinces.find(codeOrName).orElseThrow(() -> Refusal.ruleBroken(field,
                "'" + codeOrName + "' is not an Indonesian province: give its BPS code (e.g. 51) or name (e.g. Bali)"));
    }

    private String nextNumber(CaseKind kind, String provinceCode, Instant now) {
        int year = now.atZone(WIB).getYear();
        Number seq = (Number) em.createNativeQuery("""
                        INSERT INTO case_number_counter (year, last) VALUES (?1, 1)
                        ON CONFLICT (year) DO UPDATE SET last = case_number_counter.last + 1
                        RETURNING last""")
                .setParameter(1, year).getSingleResult();
        return String.format(Locale.ROOT, "%s-%s-%d-%05d", kind.numberPrefix, provinceCode, year, seq.intValue());
    }

    /**
     * What a case search filters on; every field optional. {@code nationality}: cases about its nationals (through the
     * person when the case names one). {@code from} inclusive, {@code to} exclusive (opening time).
     */
    public record CaseQuery(CaseKind kind, String nationality, CaseStatus status, String provinceCode, Instant from, Instant to,
                            UUID personId, String caseNumber) {
    }

    /** Newest first, ties broken by id, so paging is stable; only the cases the caller may see ({@link MissionScope}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CaseFile> search(CaseQuery q, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        scope.caseCriterion("c").ifPresent(scoped -> scoped.addTo(where, params));
        if (q.provinceCode() != null) {
            where.add("c.provinceCode = :province");
            params.and("province", q.provinceCode());
        }
        if (q.from() != null) {
            where.add("c.openedAt >= :from");
            params.and("from", q.from());
        }
        if (q.to() != null) {
            where.add("c.openedAt < :to");
            params.and("to", q.to());
        }
        if (q.personId() != null) {
            where.add("c.personId = :personId");
            params.and("personId", q.personId());
        }
        if (q.kind() != null) {
            where.add("c.kind = :kind");
            params.and("kind", q.kind());
        }
        if (q.nationality() != null) {
            MissionScope.casesConcerning(q.nationality(), "c", "nationality").addTo(where, params);
        }
        if (q.status() != null) {
            where.add("c.status = :status");
            params.and("status", q.status());
        }
        if (q.caseNumber() != null) {
            where.add("c.caseNumber = :caseNumber");
            params.and("caseNumber", q.caseNumber().strip().toUpperCase(Locale.ROOT));
        }
        String query = "from CaseFile c" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by c.openedAt desc, c.id";
        return CaseFile.<CaseFile>find(query, params).page(Page.of(page, size)).list();
    }
}
