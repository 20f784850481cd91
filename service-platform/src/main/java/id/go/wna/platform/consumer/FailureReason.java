package id.go.wna.platform.consumer;

/** Why a record went to the dead letters. Only HANDLER_ERROR is retried first: the others cannot heal by waiting. */
public enum FailureReason {
    /** The record lacks the CloudEvents headers ce_id and ce_type. */
    NOT_A_CLOUDEVENT,
    /** ce_type names no type of the event catalogue. */
    UNKNOWN_TYPE,
    /** The value is not JSON. */
    BAD_JSON,
    /** The JSON violates the type's JSON Schema. */
    SCHEMA_VIOLATION,
    /** The handler failed on every attempt. */
    HANDLER_ERROR
}
