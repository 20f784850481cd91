package id.go.wna.cases.service;

import id.go.wna.cases.domain.ImportError;
import id.go.wna.cases.domain.ImportJob;
import id.go.wna.cases.domain.Movement;
import id.go.wna.platform.outbox.Outbox;
import id.go.wna.platform.refusal.BrokenRule;
import id.go.wna.platform.refusal.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Presence movements one at a time, and the import jobs of {@link PresenceImport}. */
@ApplicationScoped
public class PresenceService {

    /** A movement and whether this call recorded it (false: it was already recorded, with the same content). */
    public record Recorded(Movement movement, boolean created) {
    }

    private final MovementRules rules;
    private final Outbox outbox;

    public PresenceService(MovementRules rules, Outbox outbox) {
        this.rules = rules;
        this.outbox = outbox;
    }

    /**
     * Records one movement, which is its own event's outbox record (see {@code PresenceEvents}), in one transaction. The movementId is the idempotency key: the same movement
     * again returns the one recorded and publishes nothing; another movement under a known id is a 409.
     */
    @Transactional
    public Recorded record(MovementInput input) {
        List<BrokenRule> errors = new ArrayList<>();
        Movement m = rules.check(input, errors, Instant.now());
        if (m == null) {
            throw Refusal.malformed(
                    errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")), errors);
        }
        Movement existing = Movement.findById(m.id);
        if (existing != null) {
            if (existing.sameContentAs(m)) {
                return new Recorded(existing, false);
            }
            throw Refusal.conflict("movement " + m.id + " was already recorded with different content ("
                    + existing.type + " at " + existing.occurredAt + "); a new movement needs a new movementId");
        }
        m.recordedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        m.persistAndFlush(); // a concurrent twin fails here, as a 409, rather than at commit
        outbox.recordedInTable();
        return new Recorded(m, true);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ImportJob job(UUID id) {
        ImportJob job = ImportJob.findById(id);
        if (job == null) {
            throw Refusal.notFound("import job", id);
        }
        return job;
    }

    /** The rejected rows' errors, by line. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ImportError> errors(UUID jobId, int page, int size) {
        job(jobId);
        return ImportError.page(jobId, page, size);
    }
}
