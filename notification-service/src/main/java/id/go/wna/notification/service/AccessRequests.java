package id.go.wna.notification.service;

import id.go.wna.notification.domain.AccessMode;
import id.go.wna.notification.domain.AccessRequest;
import id.go.wna.notification.domain.AccessRequestLifecycle;
import id.go.wna.notification.domain.AccessRequestStatus;
import id.go.wna.notification.domain.AccessRequestTransition;
import id.go.wna.notification.domain.AccessRequester;
import id.go.wna.notification.domain.ConsularNotice;
import id.go.wna.notification.domain.Obligation;
import id.go.wna.notification.domain.ObligationTrigger;
import id.go.wna.notification.domain.RightsAdvisement;
import id.go.wna.notification.messaging.ObligationEvents;
import id.go.wna.platform.refusal.ExpectedVersion;
import id.go.wna.platform.refusal.Refusal;
import id.go.wna.platform.security.Caller;
import id.go.wna.platform.security.Roles;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static id.go.wna.notification.domain.AccessRequestStatus.CANCELLED_BY_POST;
import static id.go.wna.notification.domain.AccessRequestStatus.CONDUCTED;
import static id.go.wna.notification.domain.AccessRequestStatus.DECLINED_BY_DETAINEE;
import static id.go.wna.notification.domain.AccessRequestStatus.NO_SHOW;

/**
 * Consular access to a detained national (VCCR Art. 36(1)(c)): requests, their steps through
 * {@link AccessRequestLifecycle}, each step in the history, and the visits the obligation's figures are derived from.
 * Who may take which step: Kemlu (consular officer, supervisor) every one; the post's mission officer only
 * CANCELLED_BY_POST; Imigrasi (the detention facility sees the visit happen) CONDUCTED, NO_SHOW and
 * DECLINED_BY_DETAINEE.
 */
@ApplicationScoped
public class AccessRequests {

    /** A moment stated as "now" may run ahead of the server by this much (clock skew), no more. */
    private static final Duration SKEW = Duration.ofMinutes(5);
    private static final Set<AccessRequestStatus> IMIGRASI_STEPS = EnumSet.of(CONDUCTED, NO_SHOW, DECLINED_BY_DETAINEE);
    private static final Set<AccessRequestStatus> MISSION_STEPS = EnumSet.of(CANCELLED_BY_POST);

    private final ObligationService obligations;
    private final RegimeDecisions decisions;
    private final ObligationEvents events;
    private final Caller caller;
    private final Clock clock;
    private final EntityManager em;
    private final MissionScope scope;

    public AccessRequests(ObligationService obligations, RegimeDecisions decisions, ObligationEvents events, Caller caller,
                          Clock clock, EntityManager em, MissionScope scope) {
        this.scope = scope;
        this.obligations = obligations;
        this.decisions = decisions;
        this.events = events;
        this.caller = caller;
        this.clock = clock;
        this.em = em;
    }

    public record Query(UUID obligationId, AccessRequestStatus status, String nationality) {
    }

    /** A request for consular access to the detained national of an obligation. */
    public record RequestAccess(UUID obligationId, AccessMode mode, AccessRequester requestedBy, Instant requestedAt,
                                Instant preferredAt, String notes) {
    }

    /**
     * A step of a request, with what the step needs: a time for SCHEDULED and RESCHEDULED, a legal basis and an
     * approving official for DENIED, when and how long for CONDUCTED. {@code atPostsChoice} null: decided from the step.
     */
    public record Step(AccessRequestStatus to, Instant at, Instant scheduledAt, String place, String legalBasis,
                       String approvingOfficial, String reason, Integer durationMinutes, String visitors,
                       Boolean atPostsChoice) {
    }

    /**
     * 404 when the obligation is unknown or not the caller's to see; 409 when no consular access can follow from it (not
     * a detention, no duty, suppressed, escalated to Protocol, custody over, the post never notified). A detainee's
     * recorded opposition does not stop the request: the view warns, and DECLINED_BY_DETAINEE closes it if they confirm.
     */
    @Transactional
    public AccessRequest create(RequestAccess c) {
        Obligation o = obligations.getVisible(c.obligationId());
        if (obligations.isMissionOfficer() && c.requestedBy() != AccessRequester.POST) {
            throw Refusal.ruleBroken("requestedBy", "a mission officer requests access for its post: POST");
        }
        whyNoAccess(o).ifPresent(why -> {
            throw Refusal.conflict(why);
        });
        ConsularNotice notice = ConsularNotice.find("obligationId = ?1 and followUpId is null order by sentAt", o.id).firstResult();
        if (notice == null) {
            throw Refusal.conflict("The post has not been notified of this detention yet: consular access "
                    + "(VCCR Art. 36(1)(c)) follows the notice. Send the notice first (POST /api/v1/obligations/" + o.id + "/notices)");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant requestedAt = c.requestedAt() == null ? now : c.requestedAt().truncatedTo(ChronoUnit.MICROS);
        notInTheFuture("requestedAt", requestedAt, now);
        if (requestedAt.isBefore(o.triggeredAt)) {
            throw Refusal.ruleBroken("requestedAt", "is before the person was detained (" + o.triggeredAt + ")");
        }
        if (c.preferredAt() != null && c.preferredAt().isBefore(requestedAt)) {
            throw Refusal.ruleBroken("preferredAt", "is before the request (" + requestedAt + ")");
        }
        Duration within = decisions.regimeOf(o).accessWithin();
        AccessRequest r = new AccessRequest();
        r.id = UUID.randomUUID();
        r.obligationId = o.id;
        r.nationality = o.nationality;
        r.postCode = notice.postCode;
        r.mode = c.mode();
        r.requestedBy = c.requestedBy();
        r.requestedAt = requestedAt;
        r.preferredAt = c.preferredAt() == null ? null : c.preferredAt().truncatedTo(ChronoUnit.MICROS);
        r.status = AccessRequestStatus.REQUESTED;
        r.notes = c.notes();
        r.warningAt = requestedAt.plus(within.dividedBy(2));
        r.dueAt = requestedAt.plus(within);
        r.createdBy = caller.subject();
        r.createdAt = now;
        r.updatedAt = now;
        r.persist();
        history(r, null, requestedAt, null, r.notes, now);
        events.accessRequested(o, r);
        em.flush();
        return r;
    }

    /** Why no consular access can follow from the obligation, if so. */
    static Optional<String> whyNoAccess(Obligation o) {
        if (o.trigger != ObligationTrigger.DETENTION && o.trigger != ObligationTrigger.CONSULAR_STAFF_ARREST) {
            return Optional.of("Consular access (VCCR Art. 36(1)(c)) is to a national in detention; this obligation is a "
                    + o.trigger + " (" + o.legalBasis + ")");
        }
        return switch (o.status()) {
            case NOT_APPLICABLE -> Optional.of("No consular duty applies: " + o.regimeExplanation);
            case SUPPRESSED -> Optional.of("An asylum seeker or refugee: the country of origin is not involved without a "
                    + "supervisor's override (POST /api/v1/obligations/" + o.id + "/override)");
            case ESCALATED -> Optional.of("Handled by Protocol outside the ordinary flow (diplomatic immunity): "
                    + o.regimeExplanation);
            default -> o.custodyEndedAt != null
                    ? Optional.of("Custody ended at " + o.custodyEndedAt + " (" + o.custodyEndReason + "): the person is no "
                    + "longer detained")
                    : Optional.empty();
        };
    }

    /**
     * One step. 404 not visible; 403 a step the caller's role may not take; 412 stale If-Match; 409 not allowed from the
     * current state (with the allowed ones); 422 a field the step needs is missing or wrong. Nothing changes on refusal.
     */
    @Transactional
    public AccessRequest transition(UUID id, Step t, ExpectedVersion expected) {
        AccessRequest r = getVisible(id);
        AccessRequestStatus to = t.to();
        if (!mayTake(to)) {
            throw Refusal.forbidden("Your role may not record " + to + " on an access "
                    + "request; a mission officer may only cancel (CANCELLED_BY_POST), Imigrasi may record CONDUCTED, "
                    + "NO_SHOW and DECLINED_BY_DETAINEE");
        }
        expected.check(r.version, "access request", id);
        AccessRequestStatus from = r.status;
        if (!AccessRequestLifecycle.allows(from, to)) {
            List<String> allowed = AccessRequestLifecycle.allowedNames(from);
            throw Refusal.forbiddenTransition("an access request " + from + " cannot become " + to
                    + (allowed.isEmpty() ? "; " + from + " is final: another visit is a new request"
                    : "; allowed: " + String.join(", ", allowed)), allowed);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (to == CONDUCTED && t.at() == null) {
            throw Refusal.ruleBroken("at", "is required for CONDUCTED: when the visit took place");
        }
        Instant at = t.at() == null ? now : t.at().truncatedTo(ChronoUnit.MICROS);
        notInTheFuture("at", at, now);
        if (at.isBefore(r.requestedAt)) {
            throw Refusal.ruleBroken("at", "is before the request (" + r.requestedAt + ")");
        }
        if (to != CONDUCTED && (t.durationMinutes() != null || t.visitors() != null)) {
            throw Refusal.ruleBroken(t.durationMinutes() != null ? "durationMinutes" : "visitors",
                    "is recorded with CONDUCTED only");
        }
        Instant scheduledAt = t.scheduledAt() == null ? null : t.scheduledAt().truncatedTo(ChronoUnit.MICROS);
        if (t.atPostsChoice() != null && to != AccessRequestStatus.SCHEDULED && to != AccessRequestStatus.RESCHEDULED) {
            throw Refusal.ruleBroken("atPostsChoice", "is for SCHEDULED and RESCHEDULED only");
        }
        switch (to) {
            case SCHEDULED, RESCHEDULED -> {
                if (scheduledAt == null) {
                    throw Refusal.ruleBroken("scheduledAt", "is required for " + to);
                }
                if (scheduledAt.isBefore(r.requestedAt)) {
                    throw Refusal.ruleBroken("scheduledAt", "is before the request (" + r.requestedAt + ")");
                }
                if (to == AccessRequestStatus.RESCHEDULED && scheduledAt.equals(r.scheduledAt)) {
                    throw Refusal.ruleBroken("scheduledAt", "is the time already scheduled; give the new time");
                }
                r.scheduledAt = scheduledAt;
                if (t.place() != null) {
                    r.place = t.place();
                }
            }
            case DENIED -> {
                if (t.legalBasis() == null || t.legalBasis().isBlank()) {
                    throw Refusal.ruleBroken("legalBasis", "is required to deny consular access: the provision "
                            + "the refusal rests on");
                }
                if (t.approvingOfficial() == null || t.approvingOfficial().isBlank()) {
                    throw Refusal.ruleBroken("approvingOfficial", "is required to deny consular access: the "
                            + "official who approved the refusal");
                }
                r.legalBasis = t.legalBasis().strip();
                r.approvingOfficial = t.approvingOfficial().strip();
            }
            case CONDUCTED -> {
                r.conductedAt = at;
                r.durationMinutes = t.durationMinutes();
                r.visitors = t.visitors();
            }
            case EXPIRED -> {
                if (now.isBefore(r.dueAt)) {
                    throw Refusal.conflict("The request is not past its deadline (" + r.dueAt + ") and cannot "
                            + "lapse yet; a post withdrawing records CANCELLED_BY_POST");
                }
            }
            default -> {
            }
        }
        if (r.pausedSince != null) {
            // Any step out of a visit at the post's chosen time resumes the target's clock where it stopped.
            Duration paused = Duration.between(r.pausedSince, at.isAfter(r.pausedSince) ? at : r.pausedSince);
            r.warningAt = r.warningAt.plus(paused);
            r.dueAt = r.dueAt.plus(paused);
            r.pausedSince = null;
        }
        boolean postsChoice = t.atPostsChoice() != null ? t.atPostsChoice()
                : to == AccessRequestStatus.SCHEDULED && scheduledAt != null && scheduledAt.equals(r.preferredAt);
        if ((to == AccessRequestStatus.SCHEDULED || to == AccessRequestStatus.RESCHEDULED) && postsChoice) {
            r.pausedSince = at; // the wait is the post's choice, not Indonesia's delay
        }
        r.status = to;
        if (t.reason() != null) {
            r.reason = t.reason();
        }
        r.updatedAt = now;
        history(r, from, at, to == AccessRequestStatus.SCHEDULED || to == AccessRequestStatus.RESCHEDULED ? scheduledAt : null,
                t.reason(), now);
        if (to == CONDUCTED) {
            Obligation o = Obligation.findById(r.obligationId);
            boolean first = AccessRequest.count("obligationId = ?1 and status = ?2 and id <> ?3 and conductedAt <= ?4",
                    o.id, CONDUCTED, r.id, r.conductedAt) == 0;
            Integer days = o.custodyStartedAt == null ? null
                    : (int) Math.max(0, Duration.between(o.custodyStartedAt, r.conductedAt).toDays());
            events.accessConducted(o, r, first, days);
        }
        em.flush(); // the version the caller gets back (ETag) is the one just written
        return r;
    }

    private boolean mayTake(AccessRequestStatus to) {
        if (caller.hasRole(Roles.KEMLU_CONSULAR) || caller.hasRole(Roles.KEMLU_SUPERVISOR)) {
            return true;
        }
        return caller.hasRole(Roles.IMIGRASI_OFFICER) && IMIGRASI_STEPS.contains(to)
                || caller.hasRole(Roles.MISSION_OFFICER) && MISSION_STEPS.contains(to);
    }

    /** The request, if the caller may see its obligation (a mission officer: its own nationals', notified). */
    public AccessRequest getVisible(UUID id) {
        AccessRequest r = AccessRequest.findById(id);
        if (r == null) {
            throw Refusal.notFound("access request", id);
        }
        try {
            obligations.getVisible(r.obligationId);
        } catch (Refusal e) {
            throw Refusal.notFound("access request", id);
        }
        return r;
    }

    public List<AccessRequestTransition> history(UUID id) {
        return AccessRequestTransition.of(id);
    }

    /** A warning when the detainee's latest advisement records that they expressly oppose consular action. */
    public List<String> warningsOf(AccessRequest r) {
        List<String> warnings = new ArrayList<>();
        RightsAdvisement latest = RightsAdvisement.find("obligationId = ?1 order by advisedAt desc", r.obligationId).firstResult();
        if (latest != null && latest.opposesConsularAccess && AccessRequestLifecycle.isOpen(r.status)) {
            warnings.add("The detainee expressly opposed consular action when advised on " + latest.advisedAt
                    + " (VCCR Art. 36(1)(c)): the post must refrain if they still oppose it. Ask them before the visit; "
                    + "if they decline, record DECLINED_BY_DETAINEE.");
        }
        return warnings;
    }

    /** Newest request first, paged; a mission officer finds only its own nationals' (of notified obligations). */
    public List<AccessRequest> search(Query q, int page, int size) {
        Parameters p = new Parameters();
        StringBuilder where = new StringBuilder("1 = 1");
        scope.criterion(q.nationality()).applyTo(where, p, MissionCriterion.Paths.ACCESS_REQUEST);
        if (q.obligationId() != null) {
            where.append(" and r.obligationId = :obligationId");
            p.and("obligationId", q.obligationId());
        }
        if (q.status() != null) {
            where.append(" and r.status = :status");
            p.and("status", q.status());
        }
        if (q.nationality() != null) {
            where.append(" and r.nationality = :nationality");
            p.and("nationality", q.nationality());
        }
        return AccessRequest.<AccessRequest>find("from AccessRequest r where " + where,
                Sort.descending("requestedAt").and("id"), p).page(Page.of(page, size)).list();
    }

    private void history(AccessRequest r, AccessRequestStatus from, Instant at, Instant scheduledAt, String reason, Instant now) {
        AccessRequestTransition h = new AccessRequestTransition();
        h.id = UUID.randomUUID();
        h.accessRequestId = r.id;
        h.fromStatus = from;
        h.toStatus = r.status;
        h.occurredAt = at;
        h.scheduledAt = scheduledAt;
        h.reason = reason;
        h.changedBy = caller.subject();
        h.recordedAt = now;
        h.persist();
    }

    private static void notInTheFuture(String field, Instant value, Instant now) {
        if (value.isAfter(now.plus(SKEW))) {
            throw Refusal.ruleBroken(field, "is in the future");
        }
    }
}
