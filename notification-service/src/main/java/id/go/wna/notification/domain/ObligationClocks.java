package id.go.wna.notification.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Deadline arithmetic. Everything runs from event times in UTC (the trigger, the occurrence of a follow-up, the sending
 * of a notice), so a late event yields deadlines already past, and the scanner raises their alerts at once.
 */
public final class ObligationClocks {

    /** The country's deadlines (RegimeTerms, without the service layer). */
    public record Terms(Duration advisementWithin, Duration notificationWarningAfter, Duration notificationDueWithin,
                        Duration acknowledgementChaseAfter) {
    }

    /**
     * An obligation's deadlines; a null deadline is not due (no advisement for Art. 37, no notification before the
     * person asks under an on-request regime).
     */
    public record Deadlines(Instant advisementWarningAt, Instant advisementDueAt, Instant notificationWarningAt,
                            Instant notificationDueAt) {
    }

    /** How a clock stands at a moment. */
    public enum State {
        /** No deadline applies (yet). */
        NOT_DUE,
        /** Running, before its warning point. */
        RUNNING,
        /** Past the warning point, before the deadline. */
        WARNING,
        /** Past the deadline with the step not done. */
        BREACHED,
        /** Done in time. */
        MET,
        /** Done after the deadline. */
        MET_LATE
    }

    private ObligationClocks() {
    }

    /** {@link #compute(RegimeDecision, Instant, boolean, Instant, Terms)} for a request that followed no refusal. */
    public static Deadlines compute(RegimeDecision decision, Instant triggeredAt, boolean requested, Terms terms) {
        return compute(decision, triggeredAt, requested, null, terms);
    }

    /**
     * The deadlines of an obligation. The advisement clock warns half-way. Under an on-request regime the notification
     * clock runs, once the person asks, from the trigger when they asked at once (a late advisement is the authorities'
     * delay, not the person's: it does not move the deadline), but from the request when they had first declined: a
     * refusal withdrawn starts the clock then (docs/domain.md). Mandatory regimes always count from the trigger.
     *
     * @param requestAfterRefusal the time of a request that followed the person's refusal, or null
     */
    public static Deadlines compute(RegimeDecision decision, Instant triggeredAt, boolean requested, Instant requestAfterRefusal,
                                    Terms terms) {
        Instant advisementDue = decision.advisementDue() ? triggeredAt.plus(terms.advisementWithin()) : null;
        Instant advisementWarning = advisementDue == null ? null : triggeredAt.plus(terms.advisementWithin().dividedBy(2));
        boolean notificationDue = switch (decision.regime()) {
            case MANDATORY, ESCALATED -> decision.notifyWithoutRequest();
            case ON_REQUEST -> requested;
            case NOT_APPLICABLE, SUPPRESSED -> false;
            case PENDING -> false;
        };
        if (decision.regime() == NotificationRegime.PENDING) {
            // The notification columns carry the nationality clock while the duty is pending (clock NATIONALITY).
            return new Deadlines(advisementWarning, advisementDue, triggeredAt.plus(NATIONALITY_WARNING_AFTER),
                    triggeredAt.plus(NATIONALITY_DUE_WITHIN));
        }
        Instant from = decision.regime() == NotificationRegime.ON_REQUEST && requestAfterRefusal != null
                && requestAfterRefusal.isAfter(triggeredAt) ? requestAfterRefusal : triggeredAt;
        return new Deadlines(advisementWarning, advisementDue,
                notificationDue ? from.plus(terms.notificationWarningAfter()) : null,
                notificationDue ? from.plus(terms.notificationDueWithin()) : null);
    }

    /**
     * Once the convict has been given the 3 x 24 h notice of the execution (UU 2/PNPS/1964), the post must hear at once:
     * within this of the notice, and never after the execution. [check: practice, not the statute's text; to be
     * confirmed with Kemlu]
     */
    public static final Duration EXECUTION_NOTICE_TELL_WITHIN = Duration.ofHours(24);

    /**
     * An unspecified nationality (XXX) is to be established as soon as the notice would be due by default: warning at
     * 24 h, overdue at 72 h from the trigger. [check: no rule fixes this time; the project's choice]
     */
    public static final Duration NATIONALITY_WARNING_AFTER = Duration.ofHours(24);
    public static final Duration NATIONALITY_DUE_WITHIN = Duration.ofHours(72);

    /** The warning point of a follow-up notice: as for the first notice, from the stage's occurrence. */
    public static Instant followUpWarningAt(String stage, Instant occurredAt, Instant scheduledAt, Terms terms) {
        if (FollowUp.executionNotice(stage)) {
            return earliest(occurredAt.plus(EXECUTION_NOTICE_TELL_WITHIN.dividedBy(2)), scheduledAt);
        }
        return earliest(occurredAt.plus(terms.notificationWarningAfter()), scheduledAt);
    }

    /**
     * A follow-up is due as the first notice is, and never after a scheduled step (the post must hear before an
     * execution); after the convict's execution notice, within {@link #EXECUTION_NOTICE_TELL_WITHIN} of it.
     */
    public static Instant followUpDueAt(String stage, Instant occurredAt, Instant scheduledAt, Terms terms) {
        if (FollowUp.executionNotice(stage)) {
            return earliest(occurredAt.plus(EXECUTION_NOTICE_TELL_WITHIN), scheduledAt);
        }
        return earliest(occurredAt.plus(terms.notificationDueWithin()), scheduledAt);
    }

    /** The earlier of two instants, a null one not counting. */
    public static Instant earlier(Instant a, Instant b) {
        return a == null ? b : earliest(a, b);
    }

    public static State state(Instant warningAt, Instant dueAt, Instant metAt, Instant now) {
        if (dueAt == null) {
            return metAt == null ? State.NOT_DUE : State.MET;
        }
        if (metAt != null) {
            return metAt.isAfter(dueAt) ? State.MET_LATE : State.MET;
        }
        if (!now.isBefore(dueAt)) {
            return State.BREACHED;
        }
        return warningAt != null && !now.isBefore(warningAt) ? State.WARNING : State.RUNNING;
    }

    /** Whole minutes from one instant to another, never negative (an event stamped before its trigger counts as 0). */
    public static long minutesBetween(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).toMinutes());
    }

    private static Instant earliest(Instant a, Instant b) {
        return b == null || a.isBefore(b) ? a : b;
    }
}
