package id.go.wna.notification.domain;

/** Where a consular access request stands; what may follow is {@link AccessRequestLifecycle}'s. */
public enum AccessRequestStatus {
    REQUESTED,
    UNDER_REVIEW,
    APPROVED,
    SCHEDULED,
    /** Scheduled, at a moved time: goes on exactly as SCHEDULED does. */
    RESCHEDULED,
    CONDUCTED,
    /** The detainee expressly opposes the visit (Art. 36(1)(c), last sentence): the post must refrain. */
    DECLINED_BY_DETAINEE,
    /** Refused by the authorities, with a legal basis and an approving official. */
    DENIED,
    CANCELLED_BY_POST,
    /** The post did not come (or call) at the scheduled time. */
    NO_SHOW,
    /** Lapsed unscheduled after its deadline (e.g. the post stopped answering). */
    EXPIRED
}
