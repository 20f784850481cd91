package id.go.wna.notification.api;

import id.go.wna.platform.api.PlausibleDate;
import id.go.wna.notification.domain.ConsularServiceEntry;
import id.go.wna.notification.domain.ConsularServiceType;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(description = "A service Kemlu gave, for the consular services log. Counts and a short description: never a "
        + "person's name, passport number or contact details (UU 27/2022: the log counts services; identity, where a "
        + "service needs it, stays with the obligation or case it points at).")
public record RecordConsularServiceRequest(
        @NotNull @Schema(required = true, example = "EVACUATION_ASSISTANCE") ConsularServiceType serviceType,
        @NotNull @Schema(required = true, example = "2020-04-14", description = "The day the service was given (not in the future)")
        @PlausibleDate LocalDate occurredOn,
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code in capitals, e.g. AUS")
        @Schema(example = "DEU", description = "ISO 3166-1 alpha-3: the nationality concerned, or the country of the "
                + "mission (flight clearance, evacuation). Required except for EPO and stay permit documents and OTHER")
        String nationality,
        @Min(1) @Schema(example = "120", description = "FLIGHT_CLEARANCE: clearances granted (1 when left out); "
                + "EXIT_PERMIT_ONLY, DIPLOMATIC_STAY_PERMIT, SERVICE_STAY_PERMIT: documents issued (required); "
                + "HOTLINE_CASE, HUMANITARIAN_DISCRETION, OTHER: 1 (left out); EVACUATION_ASSISTANCE: equals persons")
        Integer count,
        @Min(1) @Schema(example = "312", description = "EVACUATION_ASSISTANCE: persons evacuated (required); "
                + "FLIGHT_CLEARANCE: persons on board, if known; no other type has it")
        Integer persons,
        @Size(max = 10) @Schema(example = "LH 9921", description = "FLIGHT_CLEARANCE only (required there)") String flightNumber,
        @Size(max = 100) @Schema(example = "Lufthansa", description = "FLIGHT_CLEARANCE only: the airline or operator")
        String operator,
        @Schema(description = "HOTLINE_CASE only: OPEN (when left out) or CLOSED") ConsularServiceEntry.HotlineStatus hotlineStatus,
        @Size(max = ConsularServiceRequests.SUMMARY_MAX)
        @Schema(maxLength = ConsularServiceRequests.SUMMARY_MAX, example = "Charter flight of the German embassy, CGK-FRA",
                description = "What was done, in a sentence, without names (required for HOTLINE_CASE, "
                        + "HUMANITARIAN_DISCRETION (the reason) and OTHER)")
        String summary,
        @Schema(description = "The consular obligation the service belongs to, if any (stored as given)") UUID obligationId) {
}
