package id.go.wna.cases.api;

import id.go.wna.cases.domain.CaseOffence;
import id.go.wna.cases.domain.OffenceReference;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "Offence")
public record OffenceView(UUID id, UUID caseId, String statute, String article, String letter, LocalDate committedOn,
                          String descriptionEn, boolean detentionPermitted, Instant recordedAt) {
    static OffenceView of(CaseOffence o, OffenceReference ref) {
        return new OffenceView(o.id, o.caseId, o.statute, o.article, o.letter, o.committedOn, ref.descriptionEn,
                ref.detentionPermitted, o.recordedAt);
    }

    @Schema(name = "OffenceReference", description = "An immigration crime of UU 6/2011")
    public record Reference(String article, String statute, String descriptionId, String descriptionEn, String maxPenalty,
                            @Schema(description = "Pre-trial detention permitted (KUHAP Pasal 21(4)(a): punishable by 5 years or more)")
                            boolean detentionPermitted) {
        static Reference of(OffenceReference r) {
            return new Reference(r.article, r.statute, r.descriptionId, r.descriptionEn, r.maxPenalty, r.detentionPermitted);
        }
    }
}
