package id.go.wna.notification.api;

import id.go.wna.platform.api.PlausibleDate;
import id.go.wna.notification.domain.AccessMode;
import id.go.wna.notification.domain.AccessRequestStatus;
import id.go.wna.notification.domain.AccessRequester;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** The bodies of the consular access commands. */
public final class AccessRequestRequests {

    private AccessRequestRequests() {
    }

    @Schema(description = "A request for consular access to a detained national (VCCR Art. 36(1)(c)).")
    public record CreateAccessRequest(
            @NotNull @Schema(required = true, description = "The obligation of the detention; its post must have been notified")
            UUID obligationId,
            @NotNull @Schema(required = true, description = "IN_PERSON, PHONE or VIDEO") AccessMode mode,
            @NotNull @Schema(required = true, description = "POST (the consular post asks) or DETAINEE (the detained national "
                    + "asks to see the consul); a mission officer's request is always POST") AccessRequester requestedBy,
            @Schema(description = "When the request was received (UTC); defaults to now. The ACCESS clock runs from it.")
            @PlausibleDate Instant requestedAt,
            @Schema(description = "The time the requester asked for, if any (UTC)") @PlausibleDate Instant preferredAt,
            @Size(max = 1000) String notes) {
    }

    @Schema(description = "A step of the access request. Which fields a step needs: SCHEDULED and RESCHEDULED a "
            + "scheduledAt; DENIED a legalBasis and an approvingOfficial; CONDUCTED `at` (when the visit took place), "
            + "optionally durationMinutes and visitors.")
    public record TransitionRequest(
            @NotNull @Schema(required = true, description = "The next state; the request's allowedTransitions lists the "
                    + "possible ones") AccessRequestStatus to,
            @Schema(description = "When the step happened (UTC), defaults to now; for CONDUCTED, required: when the visit "
                    + "took place (not in the future, not before the request)") @PlausibleDate Instant at,
            @Schema(description = "The visit's time (UTC), for SCHEDULED and RESCHEDULED") @PlausibleDate Instant scheduledAt,
            @Size(max = 300) @Schema(description = "Where: the facility and room, or the call's number or video link")
            String place,
            @Size(max = 500) @Schema(description = "For DENIED: the legal basis of the refusal",
                    example = "UU 6/2011 Pasal 83; security incident at the facility") String legalBasis,
            @Size(max = 200) @Schema(description = "For DENIED: the official who approved the refusal (name and office)")
            String approvingOfficial,
            @Size(max = 1000) @Schema(description = "Why (cancellation, no-show, rescheduling, the detainee's words...)")
            String reason,
            @Min(1) @Max(1440) @Schema(description = "For CONDUCTED: the length of the visit or call in minutes")
            Integer durationMinutes,
            @Size(max = 500) @Schema(description = "For CONDUCTED: the consular officers who visited")
            String visitors,
            @Schema(description = "For SCHEDULED and RESCHEDULED: true when the time is the one the post chose, so the "
                    + "access target's clock pauses until the next step; false when the authorities set it. Left out: "
                    + "true for a SCHEDULED at the request's preferredAt, false otherwise (docs/domain.md)")
            Boolean atPostsChoice) {
    }
}
