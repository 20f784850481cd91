package id.go.wna.dashboard;

import id.go.wna.infra.test.SecurityMatrixContract;
import io.quarkus.test.junit.QuarkusTest;

import java.util.Map;
import java.util.Set;

/** Who may call what in dashboard-service: the roles of DESIGN.md §5, per endpoint. */
@QuarkusTest
class SecurityMatrixTest extends SecurityMatrixContract {

    @Override
    protected Map<String, Set<String>> matrix() {
        Map<String, Set<String>> m = platformEndpoints(false);
        m.put("GET /api/v1/cases/stats", Set.of("joint-analyst", "kemlu-consular", "imigrasi-officer", "partner-agency"));
        return m;
    }
}
