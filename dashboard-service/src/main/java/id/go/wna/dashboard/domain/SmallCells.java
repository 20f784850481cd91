package id.go.wna.dashboard.domain;

/**
 * Small-cell suppression of the figures shared outside the two ministries and the joint team (partner agencies), as
 * reciprocity-service does for its shared view: a count from 1 to 4 could point at a person, so it is withheld (null);
 * 0 and 5 or more are shown. See docs/domain.md (reciprocity: small cells, n &lt; 5, are suppressed in shared outputs).
 */
public final class SmallCells {

    /** The smallest count shown in a shared figure. */
    public static final int THRESHOLD = 5;

    private SmallCells() {
    }

    public static boolean isSmall(long count) {
        return count > 0 && count < THRESHOLD;
    }

    /** The count as shared: null when it is a small cell, else the count. */
    public static Long shared(long count) {
        return isSmall(count) ? null : count;
    }
}
