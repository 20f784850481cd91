package id.go.wna.notification.domain.letter;

/** Why the post is told: the legal basis a letter cites. */
public enum LetterBasis {
    /** The person asked (Art. 36(1)(b)). */
    REQUESTED,
    /** The regime's instrument makes it owed whatever the person said; the letter cites that instrument. */
    MANDATORY,
    /** A death, guardianship or wreck (Art. 37). */
    ARTICLE_37,
    /** A member of the post's consular staff (Art. 42). */
    ARTICLE_42,
    /** A supervising official decided to notify. */
    SUPERVISED_OVERRIDE,
    /** A detained child, notified by the Ministry's policy: never presented as a treaty. */
    KEMLU_POLICY_MINOR,
    /** A stage of a death-penalty case, told although the person did not ask. */
    DEATH_PENALTY_CASE
}
