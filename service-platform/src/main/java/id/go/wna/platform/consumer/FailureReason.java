package id.go.wna.platform.consumer;

/** Why a record went to the dead letters. Only HANDLER_ERROR is retried first: the others cannot heal by waiting. */
public enum FailureReason {
    /** The CloudEvents headers are missing, repeated, empty, not UTF-8, too long, or ce_time is not a time. */
    NOT_A_CLOUDEVENT,
    /** ce_type names no type of the event catalogue. */
    UNKNOWN_TYPE,
    /** The value is absent (a tombstone), empty, not UTF-8 text, or not JSON. */
    BAD_JSON,
    /** The JSON holds text that cannot be stored: the NUL character or a lone surrogate. */
    UNSTORABLE_TEXT,
    /** The JSON violates the type's JSON Schema. */
    SCHEMA_VIOLATION,
    /** The handler failed on every attempt (while the database was reachable). */
    HANDLER_ERROR,
    /** An operator skipped the record (POST /api/v1/admin/consumers/skip) while it was being retried. */
    SKIPPED_BY_OPERATOR
}
