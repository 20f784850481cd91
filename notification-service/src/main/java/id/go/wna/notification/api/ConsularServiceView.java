package id.go.wna.notification.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.wna.notification.domain.ConsularServiceEntry;
import id.go.wna.notification.domain.ConsularServiceType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "ConsularService", description = "An entry of Kemlu's consular services log: counts, no names")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConsularServiceView(UUID id, ConsularServiceType serviceType, LocalDate occurredOn, String nationality,
                                  @Schema(description = "Cases, clearances, documents or persons evacuated") int count,
                                  Integer persons, String flightNumber, String operator,
                                  ConsularServiceEntry.HotlineStatus hotlineStatus, String summary, UUID obligationId,
                                  Instant recordedAt) {

    static ConsularServiceView of(ConsularServiceEntry e) {
        return new ConsularServiceView(e.id, e.serviceType, e.occurredOn, e.nationality, e.count, e.persons, e.flightNumber,
                e.operator, e.hotlineStatus, e.summary, e.obligationId, e.recordedAt);
    }
}
