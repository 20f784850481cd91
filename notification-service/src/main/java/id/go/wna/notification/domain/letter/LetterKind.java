package id.go.wna.notification.domain.letter;

/** What a letter to the post tells it: the kinds of consular notification (VCCR 1963 Art. 36, 37, 42). */
public enum LetterKind {
    /** An arrest or detention (Art. 36, or Art. 42 for a member of the consular staff). */
    INITIAL,
    /** A later stage of a custody already notified. */
    FOLLOW_UP,
    /** A death (Art. 37(a)). */
    DEATH,
    /** A guardian or trustee appears needed (Art. 37(b)). */
    GUARDIANSHIP,
    /** A wreck or air accident (Art. 37(c)); concerns a craft, not a person. */
    WRECK_OR_AIR_ACCIDENT,
    /** Replaces the particulars of an earlier note. */
    CORRECTION
}
