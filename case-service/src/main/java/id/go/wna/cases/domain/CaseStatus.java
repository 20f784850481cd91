package id.go.wna.cases.domain;

/** Where a case stands. A case is OPEN when recorded; later states come with the case lifecycle. */
public enum CaseStatus {
    OPEN
}
