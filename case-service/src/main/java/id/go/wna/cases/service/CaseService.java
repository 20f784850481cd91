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

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CaseFile> search(CaseKind kind, String nationality, CaseStatus status, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
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
