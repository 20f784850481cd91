package id.go.wna.cases.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.wna.cases.domain.CaseOffence;
import id.go.wna.cases.domain.OffenceReference;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "Offence")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OffenceView(UUID id, UUID caseId, String statute,
                          @Schema(example = "124(b)", description = "The catalogue code: article, with paragraph or letter where the catalogue splits it") String article,
                          @Schema(description = "A letter typed beyond the catalogue code (\"a\" of \"122 a\")") String letter,
                          LocalDate committedOn, String descriptionEn, boolean detentionPermitted,
                          @Schema(description = "The catalogue version applied: in force on committedOn, else on the recording day") Reference version,
                          Instant recordedAt) {
    static OffenceView of(CaseOffence o, OffenceReference ref) {
        return new OffenceView(o.id, o.caseId, o.statute, o.article, o.letter, o.committedOn, ref == null ? null : ref.descriptionEn,
                ref != null && ref.detentionPermitted, ref == null ? null : Reference.of(ref), o.recordedAt);
    }

    @Schema(name = "OffenceReference", description = "One version of an immigration crime of UU 6/2011")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Reference(@Schema(example = "UU63-2024/124(b)") String id,
                            @Schema(example = "124(b)") String article, String statute,
                            @Schema(example = "UU 6/2011 as amended by UU 63/2024") String instrument,
                            LocalDate effectiveFrom, @Schema(description = "Last day in force; absent while in force") LocalDate effectiveTo,
                            String descriptionId, String descriptionEn, String maxPenalty,
                            @Schema(description = "PRISON (pidana penjara) or CONFINEMENT (pidana kurungan)") OffenceReference.CustodialPenalty custodialPenalty,
                            Integer minPrisonMonths,
                            @Schema(description = "Longest custodial term; absent where not verified") Integer maxPrisonMonths,
                            Long maxFineIdr,
                            @Schema(description = "AND (custody and fine), OR (one of them), AND_OR (either or both)") OffenceReference.Combination penaltiesCombined,
                            @Schema(description = "Pre-trial detention permitted (UU 6/2011 Pasal 109's list; KUHAP Pasal 21(4)(a): 5 years or more)")
                            boolean detentionPermitted,
                            @Schema(description = "False: kept for offences recorded earlier (114, 124: record their paragraphs or letters) or not an offence (136)")
                            boolean recordable,
                            @Schema(description = "What is not verified, starting with [check]") String check) {
        static Reference of(OffenceReference r) {
            return new Reference(r.id, r.article, r.statute, r.instrument, r.effectiveFrom, r.effectiveTo, r.descriptionId, r.descriptionEn,
                    r.maxPenalty, r.custodialPenalty, r.minPrisonMonths, r.maxPrisonMonths, r.maxFineIdr, r.penaltiesCombined,
                    r.detentionPermitted, r.recordable, r.checkNote);
        }
    }
}
