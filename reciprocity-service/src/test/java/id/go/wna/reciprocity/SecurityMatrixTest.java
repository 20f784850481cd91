package id.go.wna.reciprocity;

import id.go.wna.infra.test.SecurityMatrixContract;
import io.quarkus.test.junit.QuarkusTest;

import java.util.Map;
import java.util.Set;

/** Who may call what in reciprocity-service: the roles of docs/security.md, per endpoint. */
@QuarkusTest
class SecurityMatrixTest extends SecurityMatrixContract {

    /** Writes outbound facts: Kemlu's, from its posts and its system for Indonesians abroad. */
    private static final Set<String> OUTBOUND_WRITERS = Set.of("kemlu-consular", "kemlu-supervisor");
    /** Writes visa regimes: the joint team keeps both directions. */
    private static final Set<String> VISA_WRITERS = Set.of("joint-analyst");
    /** Reads outbound reports (facts on Indonesians abroad: not for partner agencies). */
    private static final Set<String> OUTBOUND_READERS = Set.of("joint-analyst", "kemlu-consular", "kemlu-supervisor", "imigrasi-officer");
    /** Reads visa regimes (public policy). */
    private static final Set<String> VISA_READERS = Set.of("joint-analyst", "kemlu-consular", "kemlu-supervisor", "imigrasi-officer",
            "partner-agency");

    @Override
    protected Map<String, Set<String>> matrix() {
        Map<String, Set<String>> m = platformEndpoints(false);
        m.put("POST /api/v1/outbound-reports", OUTBOUND_WRITERS);
        m.put("GET /api/v1/outbound-reports", OUTBOUND_READERS);
        m.put("GET /api/v1/outbound-reports/{id}", OUTBOUND_READERS);
        m.put("POST /api/v1/outbound-reports/imports", OUTBOUND_WRITERS);
        m.put("GET /api/v1/countries/{iso3}/visa-regime", VISA_READERS);
        m.put("PUT /api/v1/countries/{iso3}/visa-regime", VISA_WRITERS);
        Set<String> readers = Set.of("joint-analyst", "kemlu-consular", "kemlu-supervisor", "imigrasi-officer");
        Set<String> readersAndPartners = Set.of("joint-analyst", "kemlu-consular", "kemlu-supervisor", "imigrasi-officer",
                "partner-agency");
        m.put("GET /api/v1/assessments", readersAndPartners);
        m.put("GET /api/v1/countries/{iso3}/assessment", readersAndPartners);
        m.put("POST /api/v1/assessments/recompute", Set.of("joint-analyst"));
        m.put("GET /api/v1/findings", readers);
        m.put("POST /api/v1/findings", Set.of("joint-analyst"));
        m.put("GET /api/v1/findings/{id}", readers);
        m.put("POST /api/v1/findings/{id}/transitions", Set.of("joint-analyst"));
        return m;
    }
}
