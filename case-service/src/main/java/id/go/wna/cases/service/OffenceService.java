package id.go.wna.cases.service;

import id.go.wna.cases.api.RecordOffenceRequest;
import id.go.wna.cases.domain.CaseFile;
import id.go.wna.cases.domain.CaseOffence;
import id.go.wna.cases.domain.OffenceReference;
import id.go.wna.cases.domain.Person;
import id.go.wna.cases.messaging.CaseEvents;
import id.go.wna.platform.api.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Immigration offences on cases, checked against the UU 6/2011 catalogue. */
@ApplicationScoped
public class OffenceService {

    private final CaseService cases;
    private final CaseEvents events;

    public OffenceService(CaseService cases, CaseEvents events) {
        this.cases = cases;
        this.events = events;
    }

    @Transactional
    public CaseOffence record(UUID caseId, RecordOffenceRequest r) {
        CaseFile c = cases.get(caseId);
        String article = r.article().replace(" ", "").replaceAll("[a-z]$", "");
        String letter = r.article().replace(" ", "").substring(article.length());
        OffenceReference ref = OffenceReference.findById(article);
        if (ref == null) {
            throw ProblemException.invalidField("article", "Pasal " + article + " is not an immigration crime of UU 6/2011 "
                    + "in the catalogue (GET /api/v1/reference/offences)");
        }
        Person person = CaseService.personOf(c, "an offence is someone's");
        CaseOffence o = new CaseOffence();
        o.id = UUID.randomUUID();
        o.caseId = c.id;
        o.statute = ref.statute;
        o.article = article;
        o.letter = letter.isEmpty() ? null : letter;
        o.committedOn = r.committedOn();
        o.description = r.description();
        o.recordedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        o.persist();
        events.offenceRecorded(c, person, o, ref);
        return o;
    }
}
