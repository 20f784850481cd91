package id.go.wna.cases.service;

import id.go.wna.cases.domain.CaseFile;
import id.go.wna.cases.domain.CaseKind;
import id.go.wna.cases.domain.CaseStatus;
import id.go.wna.cases.domain.Person;
import id.go.wna.cases.messaging.CaseEvents;
import id.go.wna.platform.api.ProblemException;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Use cases on cases: each change commits together with the event that announces it. */
@ApplicationScoped
public class CaseService {

    private final CaseEvents events;

    public CaseService(CaseEvents events) {
        this.events = events;
    }

    @Transactional
    public CaseFile open(CaseKind kind, String nationality, String province, String summary, UUID personId) {
        if (personId != null && Person.findById(personId) == null) {
            throw ProblemException.invalidField("personId", "no person " + personId + " is registered");
        }
        CaseFile c = CaseFile.open(kind, nationality, province, summary, Instant.now().truncatedTo(ChronoUnit.MICROS));
        c.personId = personId;
        c.persist();
        events.opened(c);
        return c;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CaseFile get(UUID id) {
        CaseFile c = CaseFile.findById(id);
        if (c == null) {
            throw ProblemException.notFound("case", id);
        }
        return c;
    }

    /** What a case search filters on; every field optional. {@code from} inclusive, {@code to} exclusive (opening time). */
    public record CaseQuery(CaseKind kind, String nationality, CaseStatus status, String province, Instant from, Instant to,
                            UUID personId) {
    }

    /** Newest first, ties broken by id, so paging is stable. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CaseFile> search(CaseQuery q, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        CaseKind kind = q.kind();
        String nationality = q.nationality();
        CaseStatus status = q.status();
        if (q.province() != null) {
            where.add("lower(province) = :province");
            params.and("province", q.province().strip().toLowerCase(java.util.Locale.ROOT));
        }
        if (q.from() != null) {
            where.add("openedAt >= :from");
            params.and("from", q.from());
        }
        if (q.to() != null) {
            where.add("openedAt < :to");
            params.and("to", q.to());
        }
        if (q.personId() != null) {
            where.add("personId = :personId");
            params.and("personId", q.personId());
        }
        if (kind != null) {
            where.add("kind = :kind");
            params.and("kind", kind);
        }
        if (nationality != null) {
            where.add("nationality = :nationality");
            params.and("nationality", nationality);
        }
        if (status != null) {
            where.add("status = :status");
            params.and("status", status);
        }
        Sort newestFirst = Sort.descending("openedAt").and("id");
        return (where.isEmpty() ? CaseFile.<CaseFile>findAll(newestFirst)
                : CaseFile.<CaseFile>find(String.join(" and ", where), newestFirst, params))
                .page(Page.of(page, size)).list();
    }
}
