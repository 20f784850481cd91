package id.go.wna.notification;

import id.go.wna.infra.test.SecurityMatrixContract;
import io.quarkus.test.junit.QuarkusTest;

import java.util.Map;
import java.util.Set;

/** Who may call what in notification-service: the roles of docs/security.md, per endpoint. */
@QuarkusTest
class SecurityMatrixTest extends SecurityMatrixContract {

    @Override
    protected Map<String, Set<String>> matrix() {
        Map<String, Set<String>> m = platformEndpoints(true);
        // The foreign-mission directory is not personal data; Kemlu keeps it (admin runs the platform, not its reference
        // data); changing a country's deadlines is a supervisor's decision.
        Set<String> directoryReaders = Set.of("kemlu-consular", "kemlu-supervisor", "imigrasi-officer", "mission-officer",
                "partner-agency");
        Set<String> directoryWriters = Set.of("kemlu-consular", "kemlu-supervisor");
        m.put("GET /api/v1/posts", directoryReaders);
        m.put("GET /api/v1/posts/choice", directoryReaders);
        m.put("GET /api/v1/posts/{code}", directoryReaders);
        m.put("POST /api/v1/posts", directoryWriters);
        m.put("PUT /api/v1/posts/{code}", directoryWriters);
        Set<String> regimeReaders = Set.of("kemlu-consular", "kemlu-supervisor", "imigrasi-officer", "mission-officer",
                "partner-agency", "joint-analyst");
        m.put("GET /api/v1/regimes", regimeReaders);
        m.put("GET /api/v1/regimes/{iso3}", regimeReaders);
        m.put("PUT /api/v1/regimes/{iso3}", Set.of("kemlu-supervisor"));
        m.put("GET /api/v1/regimes/{iso3}/versions", regimeReaders);
        m.put("POST /api/v1/regimes/{iso3}/versions", Set.of("kemlu-supervisor"));

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

        // Obligations: Kemlu acts; Imigrasi reads and records the advisement it gave, the post reads and acknowledges its
        // own nationals' notices (see sharedWrites); only a supervisor overrides a suppression.
        Set<String> obligationReaders = Set.of("kemlu-consular", "kemlu-supervisor", "mission-officer", "imigrasi-officer");
        m.put("GET /api/v1/obligations", obligationReaders);
        m.put("GET /api/v1/obligations/{id}", obligationReaders);
        m.put("POST /api/v1/obligations/{id}/advisement", Set.of("kemlu-consular", "kemlu-supervisor", "imigrasi-officer"));
        m.put("POST /api/v1/obligations/{id}/notices", kemlu);
        m.put("POST /api/v1/obligations/{id}/notices/{noticeId}/acknowledgement", Set.of("kemlu-consular", "kemlu-supervisor",
                "mission-officer"));
        m.put("POST /api/v1/obligations/{id}/notices/{noticeId}/delivery", kemlu);
        m.put("POST /api/v1/obligations/{id}/override", Set.of("kemlu-supervisor"));
        m.put("GET /api/v1/obligations/{id}/letter", Set.of("kemlu-consular", "kemlu-supervisor", "mission-officer"));

        // Consular access (Art. 36(1)(c)): Kemlu does everything; the post's mission officer requests and reads its own
        // nationals' (notified) requests and may only cancel; Imigrasi reads and records what the facility sees (a visit
        // held, a no-show, the detainee's refusal). Which step each role may take is checked per step (403).
        m.put("POST /api/v1/access-requests", Set.of("kemlu-consular", "kemlu-supervisor", "mission-officer"));
        m.put("GET /api/v1/access-requests", obligationReaders);
        m.put("GET /api/v1/access-requests/{id}", obligationReaders);
        m.put("POST /api/v1/access-requests/{id}/transitions", obligationReaders);
        return m;
    }

    @Override
    protected Map<String, String> sharedWrites() {
        return Map.of(
                "POST /api/v1/obligations/{id}/advisement", "Kemlu; also Imigrasi, the detaining authority, which advises the "
                        + "person of their rights (VCCR Art. 36(1)(b)): no event from case-service carries the advisement",
                "POST /api/v1/obligations/{id}/notices/{noticeId}/acknowledgement", "Kemlu; also the post, acknowledging its "
                        + "own notice (own nationals only)",
                "POST /api/v1/access-requests", "Kemlu; also the post, requesting access as itself (`requestedBy` POST, own "
                        + "nationals only)",
                "POST /api/v1/access-requests/{id}/transitions", "Kemlu, every step; the post only CANCELLED_BY_POST; Imigrasi "
                        + "only what the detention facility sees (CONDUCTED, NO_SHOW, DECLINED_BY_DETAINEE), which no event "
                        + "carries; another step is 403");
    }
}
