package id.go.wna.notification.domain;

/** What created the duty toward the post, with its provision. */
public enum ObligationTrigger {
    DETENTION("VCCR Art. 36(1)(b)"),
    DEATH("VCCR Art. 37(a)"),
    GUARDIANSHIP("VCCR Art. 37(b)"),
    WRECK_OR_AIR_ACCIDENT("VCCR Art. 37(c)"),
    CONSULAR_STAFF_ARREST("VCCR Art. 42");

    public final String legalBasis;

    ObligationTrigger(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    /** Art. 37 duties: no advisement, no consent, the post is told whatever the person wants. */
    public boolean article37() {
        return this == DEATH || this == GUARDIANSHIP || this == WRECK_OR_AIR_ACCIDENT;
    }
}
