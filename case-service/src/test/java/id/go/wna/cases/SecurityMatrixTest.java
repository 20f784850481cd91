package id.go.wna.cases;

import id.go.wna.infra.test.SecurityMatrixContract;
import io.quarkus.test.junit.QuarkusTest;

import java.util.Map;
import java.util.Set;

/** Who may call what in case-service: the roles of docs/security.md, per endpoint. */
@QuarkusTest
class SecurityMatrixTest extends SecurityMatrixContract {

    @Override
    protected Map<String, Set<String>> matrix() {
        Map<String, Set<String>> m = platformEndpoints(true);
        Set<String> caseReaders = Set.of("imigrasi-officer", "kemlu-consular", "kemlu-supervisor", "mission-officer",
                "partner-agency");
        m.put("POST /api/v1/cases", Set.of("imigrasi-officer"));
        m.put("POST /api/v1/cases/{id}/custody", Set.of("imigrasi-officer"));
        m.put("POST /api/v1/cases/{id}/offences", Set.of("imigrasi-officer"));
        m.put("POST /api/v1/cases/{id}/transitions", Set.of("imigrasi-officer"));
        m.put("POST /api/v1/cases/{id}/death", Set.of("imigrasi-officer"));
        m.put("POST /api/v1/cases/{id}/guardianship", Set.of("imigrasi-officer"));
        m.put("POST /api/v1/cases/{id}/wreck-or-crash", Set.of("imigrasi-officer"));
        m.put("POST /api/v1/cases/{id}/administrative-actions", Set.of("imigrasi-officer"));
        m.put("GET /api/v1/cases/{id}/administrative-actions", caseReaders);
        m.put("POST /api/v1/cases/{id}/administrative-actions/{actionId}/extensions", Set.of("imigrasi-officer"));
        m.put("POST /api/v1/cases/{id}/administrative-actions/{actionId}/deportation/completion", Set.of("imigrasi-officer"));
        for (String catalogue : java.util.List.of("offences", "administrative-actions", "overstay-tariffs", "overstay-charge",
                "detention-facilities", "provinces")) {
            m.put("GET /api/v1/reference/" + catalogue, Set.copyOf(ROLES));
        }
        m.put("POST /api/v1/cases/{id}/custody/{custodyId}/transfer", Set.of("imigrasi-officer"));
        m.put("POST /api/v1/cases/{id}/custody/{custodyId}/end", Set.of("imigrasi-officer"));
        m.put("POST /api/v1/cases/{id}/custody/{custodyId}/follow-ups", Set.of("imigrasi-officer"));
        m.put("GET /api/v1/cases/{id}/custody/{custodyId}/follow-ups", caseReaders);
        m.put("GET /api/v1/cases", caseReaders);
        m.put("GET /api/v1/cases/{id}", caseReaders);
        Set<String> identityReaders = Set.of("imigrasi-officer", "kemlu-consular", "kemlu-supervisor", "mission-officer");
        m.put("POST /api/v1/persons", Set.of("imigrasi-officer"));
        m.put("GET /api/v1/persons", identityReaders);
        m.put("GET /api/v1/persons/{id}", identityReaders);
        m.put("GET /api/v1/persons/{id}/cases", identityReaders);
        m.put("POST /api/v1/presence/movements", Set.of("imigrasi-officer"));
        m.put("POST /api/v1/presence/imports", Set.of("imigrasi-officer"));
        m.put("GET /api/v1/presence/imports/{jobId}", Set.of("imigrasi-officer", "admin"));
        m.put("GET /api/v1/presence/imports/{jobId}/errors", Set.of("imigrasi-officer", "admin"));
        return m;
    }
}
