package id.go.wna.cases.domain;

/** The actions of UU 6/2011 Pasal 75(2), by letter. */
public enum AdministrativeActionType {
    EXIT_BAN('a'),
    ENTRY_BAN('a'),
    STAY_PERMIT_RESTRICTION('b'),
    STAY_PERMIT_CHANGE('b'),
    STAY_PERMIT_CANCELLATION('b'),
    PLACE_PROHIBITION('c'),
    RESIDENCE_OBLIGATION('d'),
    CHARGE('e'),
    DEPORTATION('f');

    public final char letter;

    /** Bans have terms set by the law in force on the decision date ({@link TakRule}). */
    public boolean isBan() {
        return this == EXIT_BAN || this == ENTRY_BAN;
    }

    AdministrativeActionType(char letter) {
        this.letter = letter;
    }

    /** Pasal 75(2) and the letter; a time-bound action adds the article of its {@link TakRule}. */
    public String legalBasis() {
        return "UU 6/2011 Pasal 75(2)(" + letter + ")";
    }
}
