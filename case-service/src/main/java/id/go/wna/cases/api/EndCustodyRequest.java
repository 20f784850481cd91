package id.go.wna.cases.api;

import id.go.wna.cases.domain.CustodyEpisode;
import id.go.wna.cases.service.EndCustody;
import id.go.wna.platform.api.PlausibleDate;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(description = "Custody ended: release, deportation, death, ...")
public record EndCustodyRequest(@NotNull CustodyEpisode.EndReason reason, @NotNull @PastOrPresent @PlausibleDate Instant endedAt) {

    EndCustody command() {
        return new EndCustody(reason, endedAt);
    }
}
