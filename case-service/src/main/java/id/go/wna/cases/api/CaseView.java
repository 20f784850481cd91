package id.go.wna.cases.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.wna.cases.domain.CaseFile;
import id.go.wna.cases.domain.CaseKind;
import id.go.wna.cases.domain.CaseStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "Case", description = "A case about a foreign national")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseView(UUID id, CaseKind kind, CaseStatus status, String nationality, String province, String summary,
                       UUID personId, Instant openedAt, int version) {

    static CaseView of(CaseFile c) {
        return new CaseView(c.id, c.kind, c.status, c.nationality, c.province, c.summary, c.personId, c.openedAt, c.version);
    }

    /** Without the free-text summary, which may name or describe the person. */
    static CaseView pseudonymous(CaseFile c) {
        return new CaseView(c.id, c.kind, c.status, c.nationality, c.province, null, null, c.openedAt, c.version);
    }
}
