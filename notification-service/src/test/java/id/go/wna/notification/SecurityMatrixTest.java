package id.go.wna.notification;

import id.go.wna.infra.test.SecurityMatrixContract;
import io.quarkus.test.junit.QuarkusTest;

import java.util.Map;
import java.util.Set;

/** Who may call what in notification-service: the roles of DESIGN.md §5, per endpoint. */
@QuarkusTest
class SecurityMatrixTest extends SecurityMatrixContract {

    @Override
    protected Map<String, Set<String>> matrix() {
        Map<String, Set<String>> m = platformEndpoints(true);
        Set<String> kemlu = Set.of("kemlu-consular", "kemlu-supervisor");
        Set<String> kemluAndAnalysts = Set.of("kemlu-consular", "kemlu-supervisor", "joint-analyst");

        // Consular services log: counts, no names. Partner agencies read the totals only.
        m.put("POST /api/v1/consular-services", kemlu);
        m.put("GET /api/v1/consular-services", kemluAndAnalysts);
        m.put("GET /api/v1/consular-services/{id}", kemluAndAnalysts);
        m.put("GET /api/v1/consular-services/summary", Set.of("kemlu-consular", "kemlu-supervisor", "joint-analyst",
                "partner-agency"));

        // Welfare monitoring: health status (UU 27/2022). A single report (person reference, audited) is Kemlu's only.
        m.put("POST /api/v1/welfare-reports", kemlu);
        m.put("POST /api/v1/welfare-reports/{id}/status", kemlu);
        m.put("GET /api/v1/welfare-reports", kemluAndAnalysts);
        m.put("GET /api/v1/welfare-reports/summary", kemluAndAnalysts);
        m.put("GET /api/v1/welfare-reports/{id}", kemlu);
        return m;
    }
}
