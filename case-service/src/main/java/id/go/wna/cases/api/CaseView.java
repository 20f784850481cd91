package id.go.wna.cases.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.wna.cases.domain.Agency;
import id.go.wna.cases.domain.CaseFile;
import id.go.wna.cases.domain.CaseKind;
import id.go.wna.cases.domain.CaseLifecycle;
import id.go.wna.cases.domain.CaseOutcome;
import id.go.wna.cases.domain.CaseStage;
import id.go.wna.cases.domain.CaseStatus;
import id.go.wna.cases.domain.CaseStep;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import id.go.wna.platform.reference.Provinces;

import java.util.List;
import java.util.UUID;

@Schema(name = "Case", description = "A case about a foreign national")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseView(
        UUID id,
        @Schema(example = "IMC-51-2026-00042", description = "Readable number: kind, BPS province code, year, sequence")
        String caseNumber,
        CaseKind kind,
        CaseStatus status,
        @Schema(description = "Where an ACTIVE case is") CaseStage stage,
        @Schema(description = "How a RESOLVED or ARCHIVED case ended") CaseOutcome outcome,
        @Schema(example = "AUS", description = "ISO 3166-1 alpha-3; for a case about a registered person, one of the "
                + "person's nationalities (for a wreck or crash naming nobody, the flag or registration state)") String nationality,
        @Schema(example = "94", description = "BPS province code (canonical)") String provinceCode,
        @Schema(example = "91", description = "The same province's Kemendagri code (differs for the Papua provinces)")
        String provinceKemendagriCode,
        @Schema(example = "Bali") String province,
        Agency reportingAgency,
        Agency leadAgency,
        @Schema(description = "Free text; left out of searches and for pseudonymous readers") String summary,
        UUID personId,
        Instant openedAt,
        Instant statusChangedAt,
        @Schema(description = "Steps POST /cases/{id}/transitions accepts now, e.g. ACTIVE:INVESTIGATION, RESOLVED:WITHDRAWN")
        List<String> allowedTransitions,
        @Schema(description = "Also the ETag; send it back as If-Match to change the case only as you read it")
        int version,
        @Schema(description = "Everything that happened to the case, oldest first (one case read only)")
        List<TimelineEntry> timeline) {

    static CaseView of(CaseFile c, List<TimelineEntry> timeline) {
        return new CaseView(c.id, c.caseNumber, c.kind, c.status(), c.stage(), c.outcome(), c.nationality, c.provinceCode, kemendagri(c.provinceCode), c.province,
                c.reportingAgency, c.leadAgency, c.summary, c.personId, c.openedAt, c.statusChangedAt(), allowed(c), c.version, timeline);
    }

    private static String kemendagri(String bpsCode) {
        return Provinces.byCode(Provinces.Scheme.BPS, bpsCode).map(Provinces.Province::kemendagriCode).orElse(null);
    }

    static CaseView of(CaseFile c) {
        return of(c, null);
    }

    /** Without the free-text summary and the person, which may identify someone. */
    static CaseView pseudonymous(CaseFile c, List<TimelineEntry> timeline) {
        return new CaseView(c.id, c.caseNumber, c.kind, c.status(), c.stage(), c.outcome(), c.nationality, c.provinceCode, kemendagri(c.provinceCode), c.province,
                c.reportingAgency, c.leadAgency, null, null, c.openedAt, c.statusChangedAt(), allowed(c), c.version, timeline);
    }

    static CaseView pseudonymous(CaseFile c) {
        return pseudonymous(c, null);
    }

    private static List<String> allowed(CaseFile c) {
        return CaseLifecycle.allowedFrom(c.kind, c.step()).stream().map(CaseStep::toString).toList();
    }
}
