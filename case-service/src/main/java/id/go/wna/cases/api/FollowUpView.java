package id.go.wna.cases.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.wna.cases.domain.CustodyEpisode;
import id.go.wna.cases.domain.CustodyFollowUp;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "CustodyFollowUp", description = "A later stage of a custody the consular post was told of "
        + "(CustodyFollowUpIssued.v1)")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FollowUpView(UUID id, UUID caseId, UUID custodyId, CustodyFollowUp.Stage stage,
                           @Schema(description = "TRANSFER or CUSTODY_END (issued automatically) or OFFICER") CustodyFollowUp.Origin origin,
                           Instant occurredAt, Place newPlaceOfDetention, String court, Instant scheduledAt,
                           @Schema(description = "Free text: left out for partner agencies") String details,
                           Instant issuedAt) {

    @Schema(name = "FollowUpPlaceView")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Place(CustodyEpisode.FacilityType facilityType, String facilityCode, String name, String address,
                        String province) {
    }

    static FollowUpView of(CustodyFollowUp f) {
        return new FollowUpView(f.id, f.caseId, f.custodyId, f.stage, f.origin, f.occurredAt,
                f.namesAPlace() ? new Place(f.facilityType, f.facilityCode, f.facilityName, f.facilityAddress, f.province) : null,
                f.court, f.scheduledAt, f.details, f.issuedAt);
    }

    /** Without the free text, for partner agencies. */
    static FollowUpView pseudonymous(CustodyFollowUp f) {
        FollowUpView v = of(f);
        return new FollowUpView(v.id, v.caseId, v.custodyId, v.stage, v.origin, v.occurredAt, v.newPlaceOfDetention, v.court,
                v.scheduledAt, null, v.issuedAt);
    }
}
