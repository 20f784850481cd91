package id.go.wna.cases.domain;

/** The kinds of case the Kemlu–Imigrasi agreement covers. */
public enum CaseKind {
    /** Pidana umum: a general criminal case involving a foreigner. */
    CRIMINAL,
    /** Perdata: a civil case. */
    CIVIL,
    /** Tindak pidana keimigrasian: an immigration crime (UU 6/2011, Chapter XI). */
    IMMIGRATION_CRIME,
    /** Tindakan administratif keimigrasian (TAK): an immigration administrative action. */
    ADMINISTRATIVE_ACTION
}
