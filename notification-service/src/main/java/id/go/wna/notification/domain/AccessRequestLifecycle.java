package id.go.wna.notification.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static id.go.wna.notification.domain.AccessRequestStatus.APPROVED;
import static id.go.wna.notification.domain.AccessRequestStatus.CANCELLED_BY_POST;
import static id.go.wna.notification.domain.AccessRequestStatus.CONDUCTED;
import static id.go.wna.notification.domain.AccessRequestStatus.DECLINED_BY_DETAINEE;
import static id.go.wna.notification.domain.AccessRequestStatus.DENIED;
import static id.go.wna.notification.domain.AccessRequestStatus.EXPIRED;
import static id.go.wna.notification.domain.AccessRequestStatus.NO_SHOW;
import static id.go.wna.notification.domain.AccessRequestStatus.REQUESTED;
import static id.go.wna.notification.domain.AccessRequestStatus.RESCHEDULED;
import static id.go.wna.notification.domain.AccessRequestStatus.SCHEDULED;
import static id.go.wna.notification.domain.AccessRequestStatus.UNDER_REVIEW;

/**
 * The consular access state machine (docs/domain.md):
 *
 * <pre>
 * REQUESTED → UNDER_REVIEW → APPROVED → SCHEDULED → CONDUCTED
 * </pre>
 *
 * with these branches:
 * <ul>
 *   <li>RESCHEDULED: from SCHEDULED or RESCHEDULED, with a new time. It is a scheduled state whose time moved, so it goes
 *   on exactly as SCHEDULED does (CONDUCTED, RESCHEDULED again, NO_SHOW, DECLINED_BY_DETAINEE, CANCELLED_BY_POST);
 *   going "back" to SCHEDULED would be a step that says nothing. The earlier times stay in the history.</li>
 *   <li>DECLINED_BY_DETAINEE: the detainee expressly opposes the visit (Art. 36(1)(c)), at any open stage.</li>
 *   <li>DENIED: the authorities refuse, from REQUESTED or UNDER_REVIEW only (once approved, a refusal is a cancellation
 *   by the post or the detainee's), with a legal basis and an approving official.</li>
 *   <li>CANCELLED_BY_POST: the post withdraws, at any open stage.</li>
 *   <li>NO_SHOW: the post did not come at the scheduled time (from SCHEDULED or RESCHEDULED).</li>
 *   <li>EXPIRED: a request never scheduled, recorded by Kemlu once its deadline has passed (not automatic: the
 *   deadline watch raises the ACCESS breach, which is Indonesia's delay, and a person decides the request lapsed).</li>
 * </ul>
 * CONDUCTED, DECLINED_BY_DETAINEE, DENIED, CANCELLED_BY_POST, NO_SHOW and EXPIRED are final: another visit is a new
 * request.
 */
public final class AccessRequestLifecycle {

    private static final Map<AccessRequestStatus, Set<AccessRequestStatus>> NEXT = Map.ofEntries(
            Map.entry(REQUESTED, EnumSet.of(UNDER_REVIEW, DECLINED_BY_DETAINEE, DENIED, CANCELLED_BY_POST, EXPIRED)),
            Map.entry(UNDER_REVIEW, EnumSet.of(APPROVED, DECLINED_BY_DETAINEE, DENIED, CANCELLED_BY_POST, EXPIRED)),
            Map.entry(APPROVED, EnumSet.of(SCHEDULED, DECLINED_BY_DETAINEE, CANCELLED_BY_POST, EXPIRED)),
            Map.entry(SCHEDULED, EnumSet.of(CONDUCTED, RESCHEDULED, DECLINED_BY_DETAINEE, CANCELLED_BY_POST, NO_SHOW)),
            Map.entry(RESCHEDULED, EnumSet.of(CONDUCTED, RESCHEDULED, DECLINED_BY_DETAINEE, CANCELLED_BY_POST, NO_SHOW)),
            Map.entry(CONDUCTED, EnumSet.noneOf(AccessRequestStatus.class)),
            Map.entry(DECLINED_BY_DETAINEE, EnumSet.noneOf(AccessRequestStatus.class)),
            Map.entry(DENIED, EnumSet.noneOf(AccessRequestStatus.class)),
            Map.entry(CANCELLED_BY_POST, EnumSet.noneOf(AccessRequestStatus.class)),
            Map.entry(NO_SHOW, EnumSet.noneOf(AccessRequestStatus.class)),
            Map.entry(EXPIRED, EnumSet.noneOf(AccessRequestStatus.class)));

    /** The states on the ACCESS clock: not yet conducted nor closed. */
    public static final Set<AccessRequestStatus> OPEN = EnumSet.of(REQUESTED, UNDER_REVIEW, APPROVED, SCHEDULED, RESCHEDULED);

    private AccessRequestLifecycle() {
    }

    public static Set<AccessRequestStatus> next(AccessRequestStatus from) {
        return NEXT.get(from);
    }

    public static boolean allows(AccessRequestStatus from, AccessRequestStatus to) {
        return NEXT.get(from).contains(to);
    }

    /** The allowed next states, in the enum's order. */
    public static List<String> allowedNames(AccessRequestStatus from) {
        return NEXT.get(from).stream().map(Enum::name).toList();
    }

    public static boolean isOpen(AccessRequestStatus s) {
        return OPEN.contains(s);
    }

    public static boolean isFinal(AccessRequestStatus s) {
        return NEXT.get(s).isEmpty();
    }
}
