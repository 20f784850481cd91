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
        // The foreign-mission directory is not personal data; changing a country's deadlines is a supervisor's decision.
        Set<String> directoryReaders = Set.of("kemlu-consular", "kemlu-supervisor", "imigrasi-officer", "mission-officer",
                "partner-agency", "admin");
        Set<String> directoryWriters = Set.of("kemlu-consular", "kemlu-supervisor", "admin");
        m.put("GET /api/v1/posts", directoryReaders);
        m.put("GET /api/v1/posts/choice", directoryReaders);
        m.put("GET /api/v1/posts/{code}", directoryReaders);
        m.put("POST /api/v1/posts", directoryWriters);
        m.put("PUT /api/v1/posts/{code}", directoryWriters);
        Set<String> regimeReaders = Set.of("kemlu-consular", "kemlu-supervisor", "imigrasi-officer", "mission-officer",
                "partner-agency", "joint-analyst", "admin");
        m.put("GET /api/v1/regimes", regimeReaders);
        m.put("GET /api/v1/regimes/{iso3}", regimeReaders);
        m.put("PUT /api/v1/regimes/{iso3}", Set.of("kemlu-supervisor", "admin"));
        return m;
    }
}
