package id.go.wna.cases.api;

import id.go.wna.cases.domain.CustodyEpisode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "Custody")
public record CustodyView(UUID id, UUID caseId, CustodyEpisode.CustodyType custodyType, CustodyEpisode.FacilityType facilityType,
                          String facilityName, String province, String arrestingAuthority, Instant startedAt, Instant endedAt,
                          CustodyEpisode.EndReason endReason,
                          @Schema(description = "Also the ETag; send it as If-Match to transfer or end only the custody you read") int version) {
    static CustodyView of(CustodyEpisode e) {
        return new CustodyView(e.id, e.caseId, e.custodyType, e.facilityType, e.facilityName, e.province, e.arrestingAuthority,
                e.startedAt, e.endedAt, e.endReason, e.version);
    }
}
