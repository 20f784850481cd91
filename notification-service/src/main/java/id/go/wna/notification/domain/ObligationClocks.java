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

    /**
     * The deadlines of an obligation. The advisement clock warns half-way; the notification clock runs from the
     * trigger even under an on-request regime once the person asks, because a late advisement is the authorities'
     * delay, not the person's: it does not move the deadline.
     */
    public static Deadlines compute(RegimeDecision decision, Instant triggeredAt, boolean requested, Terms terms) {
        Instant advisementDue = decision.advisementDue() ? triggeredAt.plus(terms.advisementWithin()) : null;
        Instant advisementWarning = advisementDue == null ? null : triggeredAt.plus(terms.advisementWithin().dividedBy(2));
        boolean notificationDue = switch (decision.regime()) {
            case MANDATORY, ESCALATED -> decision.notifyWithoutRequest();
            case ON_REQUEST -> requested;
            case NOT_APPLICABLE, SUPPRESSED -> false;
        };
        return new Deadlines(advisementWarning, advisementDue,
                notificationDue ? triggeredAt.plus(terms.notificationWarningAfter()) : null,
                notificationDue ? triggeredAt.plus(terms.notificationDueWithin()) : null);
    }

    /** The warning point of a follow-up notice: as for the first notice, from the stage's occurrence. */
    public static Instant followUpWarningAt(Instant occurredAt, Instant scheduledAt, Terms terms) {
        return earliest(occurredAt.plus(terms.notificationWarningAfter()), scheduledAt);
    }

    /** A follow-up is due as the first notice is, and never after a scheduled step (the post must hear before an execution). */
    public static Instant followUpDueAt(Instant occurredAt, Instant scheduledAt, Terms terms) {
        return earliest(occurredAt.plus(terms.notificationDueWithin()), scheduledAt);
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
