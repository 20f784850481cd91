package id.go.wna.cases.api;

import id.go.wna.cases.domain.CaseFile;
import id.go.wna.cases.domain.CaseKind;
import id.go.wna.cases.domain.CaseStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "Case", description = "A case about a foreign national")
public record CaseView(UUID id, CaseKind kind, CaseStatus status, String nationality, String province, String summary,
                       Instant openedAt, int version) {

    static CaseView of(CaseFile c) {
        return new CaseView(c.id, c.kind, c.status, c.nationality, c.province, c.summary, c.openedAt, c.version);
    }
}
