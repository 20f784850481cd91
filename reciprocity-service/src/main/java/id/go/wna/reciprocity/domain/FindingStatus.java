package id.go.wna.reciprocity.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The review states of a finding of the joint working team:
 *
 * <pre>
 * DRAFT → REVIEWED → ENDORSED → ACTIONED → CLOSED
 * </pre>
 *
 * Back-steps: REVIEWED → DRAFT (sent back for rework) and ENDORSED → REVIEWED (endorsement withdrawn before any action).
 * Early ends: DRAFT → CLOSED (dropped) and ENDORSED → CLOSED (endorsed, no action needed). CLOSED is final: a new
 * finding is a new record. REVIEWED and ENDORSED are by someone other than the finding's author (four eyes).
 */
public enum FindingStatus {
    DRAFT, REVIEWED, ENDORSED, ACTIONED, CLOSED;

    private static final Map<FindingStatus, Set<FindingStatus>> NEXT = Map.of(
            DRAFT, EnumSet.of(REVIEWED, CLOSED),
            REVIEWED, EnumSet.of(DRAFT, ENDORSED),
            ENDORSED, EnumSet.of(REVIEWED, ACTIONED, CLOSED),
            ACTIONED, EnumSet.of(CLOSED),
            CLOSED, EnumSet.noneOf(FindingStatus.class));

    public boolean allows(FindingStatus to) {
        return NEXT.get(this).contains(to);
    }

    /** The states allowed next, in the enum's order. */
    public List<String> allowedNext() {
        return NEXT.get(this).stream().map(Enum::name).toList();
    }

    /** A step that needs someone other than the finding's author. */
    public static boolean needsFourEyes(FindingStatus to) {
        return to == REVIEWED || to == ENDORSED;
    }
}
