package id.go.wna.notification.domain;

/** The regime decided for one obligation (RegimeDetermined.v1's {@code regime}). */
public enum NotificationRegime {
    /** Notify even if the person objects: a bilateral arrangement, Art. 37, a child. */
    MANDATORY,
    /** The VCCR default: notify if the person asks. */
    ON_REQUEST,
    /** No duty: an Indonesian citizen, a stateless person. */
    NOT_APPLICABLE,
    /** Outside the ordinary flow: diplomatic immunity (Protocol), consular staff (Art. 42, head of post). */
    ESCALATED,
    /** An asylum seeker or refugee: the country of origin is never notified without a supervisor's override. */
    SUPPRESSED,
    /**
     * The nationality is unspecified (XXX): not stateless but unknown. The duty waits, on its own clock, while the
     * nationality is established; then the ordinary decision applies.
     */
    PENDING
}
