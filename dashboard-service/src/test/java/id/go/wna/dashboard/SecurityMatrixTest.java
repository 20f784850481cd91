package id.go.wna.dashboard;

import id.go.wna.infra.test.SecurityMatrixContract;
import io.quarkus.test.junit.QuarkusTest;

import java.util.Map;
import java.util.Set;

/** Who may call what in dashboard-service: the roles of docs/security.md, per endpoint. */
@QuarkusTest
class SecurityMatrixTest extends SecurityMatrixContract {

    /** Aggregate figures only, no personal data: every analyst and officer role of both ministries and partners. */
    private static final Set<String> FIGURE_READERS = Set.of("joint-analyst", "kemlu-consular", "kemlu-supervisor",
            "imigrasi-officer", "partner-agency");

    @Override
    protected Map<String, Set<String>> matrix() {
        Map<String, Set<String>> m = platformEndpoints(false);
        for (String path : new String[]{"/api/v1/cases/stats", "/api/v1/summary", "/api/v1/population", "/api/v1/custody/stats",
                "/api/v1/consular/compliance", "/api/v1/consular/services", "/api/v1/consular/welfare",
                "/api/v1/consular/welfare/monitoring", "/api/v1/consular/welfare/monitoring/series",
                "/api/v1/reciprocity/highlights", "/api/v1/timeseries/{metric}"}) {
            m.put("GET " + path, FIGURE_READERS);
        }
        return m;
    }
}
