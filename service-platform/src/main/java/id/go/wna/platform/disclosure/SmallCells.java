package id.go.wna.platform.disclosure;

/**
 * Small-cell suppression of the figures shared outside the two ministries and the joint team (partner agencies): a
 * count from 1 to 4 could point at a person, so it is withheld (null); 0 and 5 or more are shown. One rule for every
 * service that shares figures (reciprocity-service's shared assessment, dashboard-service's shared welfare figures).
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
