package id.go.wna.notification.domain;

/** Where an obligation stands. Open ones are on the clock; the others are closed or outside the ordinary flow. */
public enum ObligationStatus {
    /** Awaiting the advisement or the notice. */
    OPEN,
    /** The post was notified; awaiting its acknowledgement. */
    NOTIFIED,
    /** The post acknowledged the notice. */
    ACKNOWLEDGED,
    /** On request, the person declined: closed, reopened if they change their mind. */
    DECLINED,
    /** Custody ended before any notice was due (on request, never asked). */
    CLOSED,
    /** No duty (Indonesian citizen, stateless). */
    NOT_APPLICABLE,
    /** Handled by Protocol (diplomatic immunity). */
    ESCALATED,
    /** Asylum seeker or refugee: nothing goes to the country of origin without a supervisor's override. */
    SUPPRESSED;

    public boolean onTheClock() {
        return this == OPEN || this == NOTIFIED;
    }
}
