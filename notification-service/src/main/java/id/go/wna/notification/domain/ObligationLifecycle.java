package id.go.wna.notification.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static id.go.wna.notification.domain.ObligationStatus.ACKNOWLEDGED;
import static id.go.wna.notification.domain.ObligationStatus.CLOSED;
import static id.go.wna.notification.domain.ObligationStatus.DECLINED;
import static id.go.wna.notification.domain.ObligationStatus.ESCALATED;
import static id.go.wna.notification.domain.ObligationStatus.NOTIFIED;
import static id.go.wna.notification.domain.ObligationStatus.NOT_APPLICABLE;
import static id.go.wna.notification.domain.ObligationStatus.OPEN;
import static id.go.wna.notification.domain.ObligationStatus.SUPPRESSED;

/**
 * The owner of an obligation's status: every change of it goes through here, and each returns the events the caller
 * records (through the outbox, with the change).
 *
 * <pre>
 * OPEN → NOTIFIED → ACKNOWLEDGED
 * </pre>
 *
 * with these branches:
 * <ul>
 *   <li>DECLINED: on request, the person refused before any notice went out (from OPEN or CLOSED); a later request
 *   reopens it (OPEN, or NOTIFIED if a notice went out meanwhile).</li>
 *   <li>CLOSED: the custody ended while nothing was owed (on request, never asked); a later request reopens it.</li>
 *   <li>NOT_APPLICABLE, SUPPRESSED, ESCALATED: the regime puts the obligation outside the ordinary flow, from any
 *   status; when it is decided again into the ordinary flow, the obligation is OPEN again.</li>
 * </ul>
 * A notice, an acknowledgement or an answer that does not meet a rule below leaves the status as it is.
 */
public final class ObligationLifecycle {

    /** The statuses a regime decision puts an obligation in when it is outside the ordinary flow. */
    private static final Set<ObligationStatus> OUTSIDE = EnumSet.of(NOT_APPLICABLE, SUPPRESSED, ESCALATED);

    private static final Map<ObligationStatus, Set<ObligationStatus>> NEXT = Map.of(
            OPEN, with(NOTIFIED, DECLINED, CLOSED),
            NOTIFIED, with(ACKNOWLEDGED),
            ACKNOWLEDGED, with(),
            DECLINED, with(OPEN, NOTIFIED),
            CLOSED, with(OPEN, NOTIFIED, DECLINED),
            NOT_APPLICABLE, with(OPEN),
            SUPPRESSED, with(OPEN),
            ESCALATED, with(OPEN));

    private ObligationLifecycle() {
    }

    private static Set<ObligationStatus> with(ObligationStatus... next) {
        Set<ObligationStatus> s = EnumSet.copyOf(OUTSIDE);
        s.addAll(List.of(next));
        return s;
    }

    /** Whether an obligation may go from one status to another (staying where it is always may). */
    public static boolean allows(ObligationStatus from, ObligationStatus to) {
        return from == to || NEXT.get(from).contains(to);
    }

    private static void move(Obligation o, ObligationStatus to) {
        if (!allows(o.status(), to)) {
            throw new IllegalStateException("obligation " + o.id + " cannot go from " + o.status() + " to " + to);
        }
        o.status(to);
    }

    /**
     * A new obligation: OPEN until its regime is decided. The events announce it with its first regime decision:
     * record them once it is decided.
     */
    public static List<ObligationEvent> open(Obligation o) {
        if (o.status() != null) {
            throw new IllegalStateException("obligation " + o.id + " is already " + o.status());
        }
        o.status(OPEN);
        return List.of(new ObligationEvent.Opened(o), new ObligationEvent.RegimeDetermined(o));
    }

    /**
     * The regime was decided (again): outside the ordinary flow (no duty, an asylum seeker's country of origin,
     * Protocol's), or back into it (OPEN). {@code changed}: whether anything a reader of RegimeDetermined sees changed.
     */
    public static List<ObligationEvent> regimeDecided(Obligation o, RegimeDecision d, boolean changed) {
        ObligationStatus outside = switch (d.regime()) {
            case NOT_APPLICABLE -> NOT_APPLICABLE;
            case SUPPRESSED -> SUPPRESSED;
            case ESCALATED -> d.notifyWithoutRequest() ? null : ESCALATED;
            default -> null;
        };
        if (outside != null) {
            move(o, outside);
        } else if (OUTSIDE.contains(o.status())) {
            move(o, OPEN);
        }
        return changed ? List.of(new ObligationEvent.RegimeDetermined(o)) : List.of();
    }

    /**
     * On request, the person's latest answer: a request reopens a refused or closed obligation (NOTIFIED if a notice
     * already went out); a refusal before any notice closes it as DECLINED, except while the nationality is unknown
     * (PENDING: its clock runs whatever the answer, and the refusal counts once the nationality is established).
     */
    public static List<ObligationEvent> answered(Obligation o, AdvisementAnswer answer, boolean noticeSent) {
        if (answer == AdvisementAnswer.REQUESTED && (o.status() == DECLINED || o.status() == CLOSED)) {
            move(o, noticeSent ? NOTIFIED : OPEN);
        } else if (answer == AdvisementAnswer.DECLINED && !noticeSent && o.regime != NotificationRegime.PENDING) {
            move(o, DECLINED);
        }
        return List.of();
    }

    /** The nationality was established on request, and the refusal given while it was unknown now counts. */
    public static List<ObligationEvent> refusalCounts(Obligation o) {
        if (o.regime == NotificationRegime.ON_REQUEST && o.status() == OPEN && o.requestedAt == null) {
            move(o, DECLINED);
        }
        return List.of();
    }

    /** A notice went to the post: the first one (not a follow-up's) makes an open obligation NOTIFIED. */
    public static List<ObligationEvent> noticeSent(Obligation o, ConsularNotice n) {
        if (o.status() == OPEN && n.kind != ConsularNotice.Kind.FOLLOW_UP) {
            move(o, NOTIFIED);
        }
        return List.of(new ObligationEvent.NoticeSent(o, n));
    }

    /**
     * The post acknowledged a notice: a NOTIFIED obligation is ACKNOWLEDGED once every initial (or death) notice is.
     */
    public static List<ObligationEvent> acknowledged(Obligation o, ConsularNotice n, boolean everyInitialNoticeAcknowledged) {
        if (o.status() == NOTIFIED && everyInitialNoticeAcknowledged) {
            move(o, ACKNOWLEDGED);
        }
        return List.of(new ObligationEvent.NoticeAcknowledged(o, n));
    }

    /** The custody ended: an open obligation of which nothing may be told (on request, never asked) is CLOSED. */
    public static List<ObligationEvent> custodyEnded(Obligation o) {
        if (o.status() == OPEN && !o.noticeAllowed()) {
            move(o, CLOSED);
        }
        return List.of();
    }
}
