package id.go.wna.cases.domain;

/** The kinds of case the Kemlu–Imigrasi agreement covers. */
public enum CaseKind {
    /** Pidana umum: a general criminal case involving a foreigner. */
    CRIMINAL("CRM"),
    /** Perdata: a civil case. */
    CIVIL("CIV"),
    /** Tindak pidana keimigrasian: an immigration crime (UU 6/2011, Chapter XI). */
    IMMIGRATION_CRIME("IMC"),
    /** Tindakan administratif keimigrasian (TAK): an immigration administrative action. */
    ADMINISTRATIVE_ACTION("TAK"),
    /** The death of a foreign national (VCCR Art. 37(a)), in custody or not. */
    DEATH("DTH"),
    /** A foreign minor or incapable adult needs a guardian (VCCR Art. 37(b)). */
    GUARDIANSHIP("GRD"),
    /** A ship of a foreign state wrecked, or an aircraft registered there crashed, in Indonesia (VCCR Art. 37(c)). */
    WRECK_OR_CRASH("WRC");

    /** The prefix of the case number, e.g. IMC-51-2026-00042. */
    public final String numberPrefix;

    CaseKind(String numberPrefix) {
        this.numberPrefix = numberPrefix;
    }

    /** Prosecution is possible: investigation, trial and sentence stages apply. */
    public boolean criminal() {
        return this == CRIMINAL || this == IMMIGRATION_CRIME;
    }
}
