package id.go.wna.notification.api;

import id.go.wna.notification.domain.AccessRequest;
import id.go.wna.notification.domain.AccessRequestLifecycle;
import id.go.wna.notification.domain.AccessRequestStatus;
import id.go.wna.notification.domain.AccessRequestTransition;
import id.go.wna.notification.domain.ObligationClocks;
import id.go.wna.platform.reference.Provinces;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(description = "A consular access request (VCCR Art. 36(1)(c)) and, once conducted, the visit. Times in UTC, "
        + "with the province's zone (WIB, WITA, WIT) where officers read them. No identity: the obligation has it.")
public record AccessRequestView(UUID id, UUID obligationId, String nationality, String postCode, String mode,
                                String requestedBy, Instant requestedAt, Instant preferredAt, String status,
                                @Schema(description = "The states this request may go to next (the lifecycle's; a role may "
                                        + "take only some of them)") List<String> allowedTransitions,
                                @Schema(description = "The ACCESS clock: warning half-way, due at the request plus the "
                                        + "country's access term (default 96 h), met by the visit. A service target, not a "
                                        + "legal deadline (the VCCR sets none for a visit): TARGET_MISSED past it; PAUSED "
                                        + "while the visit is scheduled at the post's chosen time (docs/domain.md). Absent "
                                        + "once the request is closed without a visit.") ObligationView.ClockView clock,
                                Instant scheduledAt, String scheduledAtLocal, String place, Instant conductedAt,
                                String conductedAtLocal, Integer durationMinutes, String visitors, String legalBasis,
                                String approvingOfficial, String reason, String notes,
                                @Schema(description = "E.g. the detainee expressly opposed consular action when advised: "
                                        + "the post must refrain if they still do") List<String> warnings,
                                String createdBy, Instant createdAt, Instant updatedAt,
                                @Schema(description = "Every step, the creation first; absent in lists") List<Step> history,
                                long version) {

    public record Step(String from, String to, Instant at, Instant scheduledAt, String reason, String by,
                       Instant recordedAt) {
        static Step of(AccessRequestTransition t) {
            return new Step(t.fromStatus == null ? null : t.fromStatus.name(), t.toStatus.name(), t.occurredAt,
                    t.scheduledAt, t.reason, t.changedBy, t.recordedAt);
        }
    }

    public static AccessRequestView of(AccessRequest r, Provinces.Province p, List<String> warnings,
                                       List<AccessRequestTransition> history, Instant now) {
        return new AccessRequestView(r.id, r.obligationId, r.nationality, r.postCode, r.mode.name(), r.requestedBy.name(),
                r.requestedAt, r.preferredAt, r.status.name(), AccessRequestLifecycle.allowedNames(r.status),
                clockOf(r, p, now), r.scheduledAt, ObligationView.local(r.scheduledAt, p), r.place, r.conductedAt,
                ObligationView.local(r.conductedAt, p), r.durationMinutes, r.visitors, r.legalBasis, r.approvingOfficial,
                r.reason, r.notes, warnings, r.createdBy, r.createdAt, r.updatedAt,
                history == null ? null : history.stream().map(Step::of).toList(), r.version);
    }

    /** The request's ACCESS clock, while it runs or once met; none for a request closed without a visit. */
    static ObligationView.ClockView clockOf(AccessRequest r, Provinces.Province p, Instant now) {
        if (!AccessRequestLifecycle.isOpen(r.status) && r.status != AccessRequestStatus.CONDUCTED) {
            return null;
        }
        ObligationClocks.State state = ObligationClocks.state(r.warningAt, r.dueAt, r.conductedAt, now);
        // A service target, not a legal deadline: past it the target is missed; it waits while the post chose the time.
        String shown = r.pausedSince != null && r.conductedAt == null ? "PAUSED"
                : state == ObligationClocks.State.BREACHED ? "TARGET_MISSED" : state.name();
        return new ObligationView.ClockView("ACCESS", r.id, r.warningAt, r.dueAt, ObligationView.local(r.dueAt, p),
                r.conductedAt, shown);
    }
}
