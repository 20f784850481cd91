package id.go.wna.notification.service;

import id.go.wna.notification.domain.AdvisementAnswer;
import id.go.wna.notification.domain.ConsularNotice;
import id.go.wna.notification.domain.DeadlineAlert;
import id.go.wna.notification.domain.FollowUp;
import id.go.wna.notification.domain.NotificationRegime;
import id.go.wna.notification.domain.Obligation;
import id.go.wna.notification.domain.ObligationClocks;
import id.go.wna.notification.domain.ObligationEvent;
import id.go.wna.notification.domain.ObligationLifecycle;
import id.go.wna.notification.domain.ObligationStatus;
import id.go.wna.notification.domain.ObligationTrigger;
import id.go.wna.notification.domain.Post;
import id.go.wna.notification.domain.PostType;
import id.go.wna.notification.domain.RightsAdvisement;
import id.go.wna.notification.messaging.ObligationEvents;
import id.go.wna.platform.reference.Provinces;
import id.go.wna.platform.refusal.Refusal;
import id.go.wna.platform.security.Caller;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** What Kemlu's consular officers and the posts do with an obligation: advise, notify, acknowledge, override, find. */
@ApplicationScoped
public class ObligationService {

    /** A moment stated as "now" may run ahead of the server by this much (clock skew), no more. */
    private static final Duration SKEW = Duration.ofMinutes(5);
    private static final List<ObligationStatus> ON_THE_CLOCK = List.of(ObligationStatus.OPEN, ObligationStatus.NOTIFIED);
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};

    private final RegimeDecisions decisions;
    private final ObligationEvents events;
    private final Clock clock;
    private final Caller caller;
    private final EntityManager em;
    private final MissionScope scope;

    public ObligationService(RegimeDecisions decisions, ObligationEvents events, Clock clock, Caller caller, EntityManager em,
                             MissionScope scope) {
        this.decisions = decisions;
        this.events = events;
        this.clock = clock;
        this.caller = caller;
        this.em = em;
        this.scope = scope;
    }

    public record Advisement(Instant advisedAt, AdvisementAnswer answer, String language, boolean interpreterUsed,
                             String interpreterName, boolean opposesConsularAccess, String advisedBy, String notes) {
    }

    public record Notice(ConsularNotice.Channel channel, String postCode, Instant sentAt, ConsularNotice.Kind kind,
                         UUID followUpId) {
    }

    public record Acknowledgement(Instant acknowledgedAt, ConsularNotice.Channel channel, String acknowledgedBy) {
    }

    public record Delivery(ConsularNotice.Delivery status, Instant at, String detail) {
    }

    public record Query(ObligationStatus status, Boolean overdue, String nationality, Instant dueBefore, UUID caseId,
                        ObligationTrigger trigger) {
    }

    /** The obligation, if the caller may see it ({@link MissionScope}); 404 otherwise, so as not to confirm it. */
    public Obligation getVisible(UUID id) {
        Obligation o = Obligation.findById(id);
        if (o == null || !scope.sees(o)) {
            throw Refusal.notFound("obligation", id);
        }
        return o;
    }

    public boolean isMissionOfficer() {
        return scope.country().isPresent();
    }

    public List<Obligation> search(Query q, int page, int size) {
        Parameters p = new Parameters();
        StringBuilder where = new StringBuilder("1 = 1");
        scope.criterion(q.nationality()).applyTo(where, p, MissionCriterion.Paths.OBLIGATION);
        if (q.status() != null) {
            where.append(" and status = :status");
            p.and("status", q.status());
        }
        if (q.nationality() != null) {
            where.append(" and nationality = :nationality");
            p.and("nationality", q.nationality());
        }
        if (q.caseId() != null) {
            where.append(" and caseId = :caseId");
            p.and("caseId", q.caseId());
        }
        if (q.trigger() != null) {
            where.append(" and trigger = :trigger");
            p.and("trigger", q.trigger());
        }
        if (q.dueBefore() != null) {
            where.append(" and status in :onTheClock and (advisementDueAt < :dueBefore or notificationDueAt < :dueBefore)");
            p.and("onTheClock", ON_THE_CLOCK);
            p.and("dueBefore", q.dueBefore());
        }
        if (q.overdue() != null) {
            // overdue: a step of ours past its deadline and not done (advise, notify, tell a follow-up)
            String overdue = "(o.status = :open and o.notificationDueAt < :now"
                    + " or o.status in :onTheClock and o.advisementDueAt < :now"
                    + "    and not exists (select 1 from RightsAdvisement a where a.obligationId = o.id)"
                    + " or o.status not in :nothingOwed"
                    + "    and exists (select 1 from FollowUp f where f.obligationId = o.id and f.noticeId is null and f.dueAt < :now"
                    + "                and (o.status <> :declined or " + FollowUp.ALWAYS_NOTIFIED_SQL + ")))";
            where.append(q.overdue() ? " and " + overdue : " and not " + overdue);
            p.and("now", clock.instant()).and("open", ObligationStatus.OPEN).and("onTheClock", ON_THE_CLOCK)
                    .and("nothingOwed", List.of(ObligationStatus.NOT_APPLICABLE, ObligationStatus.SUPPRESSED))
                    .and("declined", ObligationStatus.DECLINED);
        }
        return Obligation.find("from Obligation o where " + where, Sort.descending("triggeredAt"), p)
                .page(Page.of(page, size)).list();
    }

    @Transactional
    public RightsAdvisement advise(UUID id, Advisement c) {
        Obligation o = getVisible(id);
        if (!o.advisementDue) {
            throw Refusal.conflict("No advisement is due for this obligation (" + o.trigger + ", " + o.regime
                    + "): " + o.regimeExplanation);
        }
        Instant now = stored(clock.instant());
        Instant advisedAt = stored(c.advisedAt());
        notInTheFuture("advisedAt", advisedAt, now);
        if (o.custodyStartedAt != null && advisedAt.isBefore(o.custodyStartedAt)) {
            throw Refusal.ruleBroken("advisedAt", "is before the person was detained (" + o.custodyStartedAt + ")");
        }
        RightsAdvisement a = new RightsAdvisement();
        a.id = UUID.randomUUID();
        a.obligationId = o.id;
        a.advisedAt = advisedAt;
        a.answer = c.answer();
        a.language = c.language();
        a.interpreterUsed = c.interpreterUsed();
        a.interpreterName = c.interpreterName();
        a.opposesConsularAccess = c.opposesConsularAccess();
        a.advisedBy = c.advisedBy();
        a.recordedBy = caller.subject();
        a.recordedAt = now;
        a.notes = c.notes();
        a.delayMinutes = ObligationClocks.minutesBetween(o.triggeredAt, advisedAt);
        a.late = o.advisementDueAt != null && advisedAt.isAfter(o.advisementDueAt);
        a.persist();
        events.rightsAdvised(o, a);
        boolean latest = RightsAdvisement.count("obligationId = ?1 and advisedAt > ?2", o.id, advisedAt) == 0;
        // While the nationality is unknown the answer is kept for the regime that follows once it is established.
        if (latest && (o.regime == NotificationRegime.ON_REQUEST || o.regime == NotificationRegime.PENDING)) {
            applyAnswer(o, a, now);
        }
        return a;
    }

    /** On request, the latest answer decides: a request opens (or reopens) the notification clocks, a refusal closes them. */
    private void applyAnswer(Obligation o, RightsAdvisement a, Instant now) {
        boolean noticeSent = ConsularNotice.count("obligationId = ?1 and followUpId is null", o.id) > 0;
        if (a.answer == AdvisementAnswer.REQUESTED) {
            if (o.requestedAt == null) {
                o.requestedAt = a.advisedAt;
            }
        } else if (a.answer == AdvisementAnswer.DECLINED && !noticeSent) {
            o.requestedAt = null;
        } else {
            return;
        }
        List<ObligationEvent> changes = new ArrayList<>(ObligationLifecycle.answered(o, a.answer, noticeSent));
        changes.addAll(decisions.decide(o, now));
        events.record(changes);
    }

    @Transactional
    public ConsularNotice sendNotice(UUID id, Notice c) {
        Obligation o = getVisible(id);
        Instant now = stored(clock.instant());
        Instant sentAt = c.sentAt() == null ? now : stored(c.sentAt());
        notInTheFuture("sentAt", sentAt, now);
        if (sentAt.isBefore(o.triggeredAt)) {
            throw Refusal.ruleBroken("sentAt", "is before the obligation arose (" + o.triggeredAt + ")");
        }
        FollowUp followUp = null;
        if (c.followUpId() != null) {
            followUp = FollowUp.find("id = ?1 and obligationId = ?2", c.followUpId(), o.id).firstResult();
            if (followUp == null) {
                throw Refusal.ruleBroken("followUpId", "is not a follow-up of this obligation");
            }
            if (followUp.noticeId != null) {
                throw Refusal.conflict("The post was already told of this follow-up (notice " + followUp.noticeId + ")");
            }
        }
        boolean initialSent = ConsularNotice.count("obligationId = ?1 and kind in ?2", o.id,
                List.of(ConsularNotice.Kind.INITIAL, ConsularNotice.Kind.DEATH)) > 0;
        ConsularNotice.Kind kind = c.kind() != null ? c.kind() : followUp != null ? ConsularNotice.Kind.FOLLOW_UP
                : o.trigger == ObligationTrigger.DEATH ? ConsularNotice.Kind.DEATH : ConsularNotice.Kind.INITIAL;
        if (kind == ConsularNotice.Kind.FOLLOW_UP && followUp == null) {
            throw Refusal.ruleBroken("followUpId", "is required for a FOLLOW_UP notice");
        }
        if ((kind == ConsularNotice.Kind.INITIAL || kind == ConsularNotice.Kind.DEATH) && initialSent) {
            throw Refusal.conflict("The post was already notified; send a CORRECTION or a FOLLOW_UP notice");
        }
        if (kind == ConsularNotice.Kind.CORRECTION && !initialSent) {
            throw Refusal.conflict("There is no notice to correct yet");
        }
        boolean owed = followUp != null ? followUp.dueAt != null : o.noticeAllowed();
        if (!owed) {
            throw Refusal.conflict(whyNoNotice(o));
        }
        String postCode = c.postCode() != null ? c.postCode() : o.postCode;
        if (postCode == null) {
            throw Refusal.ruleBroken("postCode", "is required: no post of " + o.nationality
                    + " is in the directory for this province");
        }
        Post post = Post.findById(postCode);
        if (post == null || !post.active) {
            throw Refusal.ruleBroken("postCode", "is not an active post of the directory: " + postCode);
        }
        if (!post.country.equals(o.nationality)) {
            throw Refusal.ruleBroken("postCode", postCode + " represents " + post.country + ", not " + o.nationality);
        }
        if (post.type == PostType.REPRESENTATIVE_OFFICE && c.channel() == ConsularNotice.Channel.DIPLOMATIC_NOTE) {
            // No diplomatic relations with the state it represents (TETO for Taiwan): a plain letter, never a note.
            throw Refusal.ruleBroken("channel", post.name + " is a representative office: it receives a letter "
                    + "(EMAIL, FAX, PHONE or PORTAL), not a diplomatic note");
        }
        ConsularNotice n = new ConsularNotice();
        n.id = UUID.randomUUID();
        n.obligationId = o.id;
        n.followUpId = followUp == null ? null : followUp.id;
        n.kind = kind;
        n.basis = followUp != null && FollowUp.alwaysNotified(followUp.stage) && !o.noticeAllowed()
                ? ConsularNotice.Basis.DEATH_PENALTY_CASE : basisOf(o);
        n.channel = c.channel();
        n.postCode = postCode;
        n.referenceNumber = referenceNumber(sentAt);
        n.sentAt = sentAt;
        n.sentBy = caller.subject();
        n.dueAt = followUp != null ? followUp.dueAt : o.notificationDueAt;
        n.late = n.dueAt != null && sentAt.isAfter(n.dueAt);
        n.delayMinutes = ObligationClocks.minutesBetween(followUp != null ? followUp.occurredAt : o.triggeredAt, sentAt);
        n.deliveryStatus = ConsularNotice.Delivery.SENT;
        n.acknowledgementChaseAt = sentAt.plus(decisions.termsOf(o).acknowledgementChaseAfter());
        n.persist();
        if (followUp != null) {
            followUp.noticeId = n.id;
        }
        events.record(ObligationLifecycle.noticeSent(o, n));
        return n;
    }

    private static String whyNoNotice(Obligation o) {
        return switch (o.regime) {
            case SUPPRESSED -> "An asylum seeker or refugee: the country of origin is not notified without a supervisor's "
                    + "override (POST /obligations/" + o.id + "/override)";
            case NOT_APPLICABLE -> "No notification is owed: " + o.regimeExplanation;
            case ESCALATED -> "Handled by Protocol outside the ordinary flow: " + o.regimeExplanation;
            case ON_REQUEST -> o.status() == ObligationStatus.DECLINED
                    ? "The person declined consular notification (on request); record a new advisement if they change their mind"
                    : "On request: the person has not asked that the post be notified; record the advisement first";
            case MANDATORY -> "No notice is owed now";
            case PENDING -> "The nationality is not known (XXX): establish it first (Imigrasi corrects the custody notice), "
                    + "then the post of that nationality is notified under its regime";
        };
    }

    private static ConsularNotice.Basis basisOf(Obligation o) {
        if (o.overrideReason != null) {
            return ConsularNotice.Basis.SUPERVISED_OVERRIDE;
        }
        if (o.trigger.article37()) {
            return ConsularNotice.Basis.ARTICLE_37;
        }
        if (o.trigger == ObligationTrigger.CONSULAR_STAFF_ARREST) {
            return ConsularNotice.Basis.ARTICLE_42;
        }
        if (o.regime == NotificationRegime.MANDATORY) {
            return o.reasonList().contains("KEMLU_POLICY_MINOR") ? ConsularNotice.Basis.KEMLU_POLICY_MINOR : ConsularNotice.Basis.MANDATORY;
        }
        return ConsularNotice.Basis.REQUESTED;
    }

    /** Diplomatic-note style: D-00042/KONS/XI/2026, numbered without gaps by one sequence, month and year in WIB. */
    private String referenceNumber(Instant sentAt) {
        long seq = ((Number) em.createNativeQuery("select nextval('notice_reference_seq')").getSingleResult()).longValue();
        ZonedDateTime jakarta = sentAt.atZone(Provinces.WIB);
        return "D-%05d/KONS/%s/%d".formatted(seq, ROMAN[jakarta.getMonthValue() - 1], jakarta.getYear());
    }

    @Transactional
    public ConsularNotice acknowledge(UUID id, UUID noticeId, Acknowledgement c) {
        Obligation o = getVisible(id);
        ConsularNotice n = noticeOf(o, noticeId);
        if (n.acknowledgedAt != null) {
            throw Refusal.conflict("The notice was already acknowledged at " + n.acknowledgedAt);
        }
        Instant now = stored(clock.instant());
        Instant at = c.acknowledgedAt() == null ? now : stored(c.acknowledgedAt());
        notInTheFuture("acknowledgedAt", at, now);
        if (at.isBefore(n.sentAt)) {
            throw Refusal.ruleBroken("acknowledgedAt", "is before the notice was sent (" + n.sentAt + ")");
        }
        n.acknowledgedAt = at;
        n.acknowledgementChannel = c.channel() != null ? c.channel()
                : isMissionOfficer() ? ConsularNotice.Channel.PORTAL : null;
        n.acknowledgedBy = c.acknowledgedBy() != null ? c.acknowledgedBy() : caller.subject();
        boolean everyInitialAcknowledged = ConsularNotice.count("obligationId = ?1 and kind in ?2 and acknowledgedAt is null",
                o.id, List.of(ConsularNotice.Kind.INITIAL, ConsularNotice.Kind.DEATH)) == 0;
        events.record(ObligationLifecycle.acknowledged(o, n, everyInitialAcknowledged));
        return n;
    }

    @Transactional
    public ConsularNotice recordDelivery(UUID id, UUID noticeId, Delivery c) {
        Obligation o = getVisible(id);
        ConsularNotice n = noticeOf(o, noticeId);
        if (c.status() == ConsularNotice.Delivery.SENT) {
            throw Refusal.ruleBroken("status", "must be DELIVERED or FAILED");
        }
        Instant now = stored(clock.instant());
        Instant at = c.at() == null ? now : stored(c.at());
        notInTheFuture("at", at, now);
        n.deliveryStatus = c.status();
        n.deliveryUpdatedAt = at;
        n.deliveryDetail = c.detail();
        return n;
    }

    /** A supervisor lets an asylum seeker's or refugee's country of origin be notified, with the reason on record. */
    @Transactional
    public Obligation override(UUID id, String reason) {
        Obligation o = getVisible(id);
        if (o.regime != NotificationRegime.SUPPRESSED) {
            throw Refusal.conflict("Only a suppressed obligation (asylum seeker or refugee) can be overridden; this one is "
                    + o.regime);
        }
        o.overrideReason = reason;
        o.overrideBy = caller.subject();
        o.overrideAt = stored(clock.instant());
        decisions.decide(o, o.overrideAt);
        // An override is always announced, even if the decision reads as before.
        events.record(List.of(new ObligationEvent.RegimeDetermined(o)));
        return o;
    }

    public ConsularNotice noticeOf(Obligation o, UUID noticeId) {
        ConsularNotice n = ConsularNotice.find("id = ?1 and obligationId = ?2", noticeId, o.id).firstResult();
        if (n == null) {
            throw Refusal.notFound("notice", noticeId);
        }
        return n;
    }

    public List<RightsAdvisement> advisementsOf(Obligation o) {
        return RightsAdvisement.list("obligationId", Sort.ascending("advisedAt"), o.id);
    }

    public List<ConsularNotice> noticesOf(Obligation o) {
        return ConsularNotice.list("obligationId", Sort.ascending("sentAt"), o.id);
    }

    public List<FollowUp> followUpsOf(Obligation o) {
        return FollowUp.list("obligationId", Sort.ascending("occurredAt"), o.id);
    }

    /** The warnings and breaches raised on the obligation, oldest first. */
    public List<DeadlineAlert> alertsOf(Obligation o) {
        return DeadlineAlert.list("obligationId", Sort.ascending("raisedAt", "clock"), o.id);
    }

    /** A moment as the database keeps it (microseconds): what an event states is then what is stored. */
    static Instant stored(Instant t) {
        return t == null ? null : t.truncatedTo(ChronoUnit.MICROS);
    }

    private static void notInTheFuture(String field, Instant value, Instant now) {
        if (value.isAfter(now.plus(SKEW))) {
            throw Refusal.ruleBroken(field, "is in the future");
        }
    }
}
