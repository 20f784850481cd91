package id.go.wna.cases.domain;

/** How a RESOLVED case ended. */
public enum CaseOutcome {
    RELEASED,
    ACQUITTED,
    DEPORTED,
    SENTENCE_COMPLETED,
    /** Transfer of a sentenced person, or of a child to a guardian abroad. */
    TRANSFERRED_ABROAD,
    DECEASED,
    /** The report was unfounded, or the investigation was stopped (SP3). */
    WITHDRAWN
}
