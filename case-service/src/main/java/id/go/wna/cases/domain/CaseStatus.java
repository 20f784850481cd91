package id.go.wna.cases.domain;

/** The lifecycle of a case; {@link CaseLifecycle} says which moves are allowed. */
public enum CaseStatus {
    /** Recorded as reported (by Imigrasi, the police, a hospital...), not yet checked. */
    REPORTED,
    /** Identity and facts checked by an immigration officer. */
    VERIFIED,
    /** Being handled; the {@link CaseStage} says where. */
    ACTIVE,
    /** Handled; the {@link CaseOutcome} says how it ended. */
    RESOLVED,
    /** Closed for good, kept for the record. */
    ARCHIVED
}
