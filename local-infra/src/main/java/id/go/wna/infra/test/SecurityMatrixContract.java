package id.go.wna.infra.test;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every {@code /api} endpoint of a service (read from its own OpenAPI document) against every role, no token, an
 * expired token, a token from another issuer and a tampered token. A service's test names who may call what; an
 * endpoint the service serves but the matrix does not name fails the test, so nothing new slips in unprotected.
 */
public abstract class SecurityMatrixContract {

    public static final List<String> ROLES = List.of("imigrasi-officer", "kemlu-consular", "kemlu-supervisor", "joint-analyst",
            "partner-agency", "mission-officer", "auditor", "admin");
    public static final Set<String> ADMIN = Set.of("admin");

    /** "METHOD /path" (as in the OpenAPI document) to the roles allowed to call it. */
    protected abstract Map<String, Set<String>> matrix();

    /** Endpoints every service has: the dead-letter, consumer and replay administration, and the audit log where identity is held. */
    protected static Map<String, Set<String>> platformEndpoints(boolean auditLog) {
        Map<String, Set<String>> m = new HashMap<>();
        m.put("GET /api/v1/admin/dead-letters", ADMIN);
        m.put("GET /api/v1/admin/dead-letters/{id}", ADMIN);
        m.put("POST /api/v1/admin/dead-letters/{id}/redrive", ADMIN);
        m.put("POST /api/v1/admin/dead-letters/redrive", ADMIN);
        m.put("POST /api/v1/admin/replay", ADMIN);
        m.put("GET /api/v1/admin/consumers", ADMIN);
        m.put("POST /api/v1/admin/consumers/skip", ADMIN);
        if (auditLog) {
            m.put("GET /api/v1/audit", Set.of("auditor"));
        }
        return m;
    }

    /** Endpoints whose allowed calls would change what other tests see: checked for refusals only. */
    protected Set<String> checkedForRefusalOnly() {
        return Set.of("POST /api/v1/admin/replay", "POST /api/v1/admin/dead-letters/redrive");
    }

    private static List<String> servedApiEndpoints() {
        JsonPath openapi = RestAssured.given().accept("application/json").get("/q/openapi?format=json").then()
                .statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = openapi.getMap("paths");
        List<String> endpoints = new ArrayList<>();
        paths.forEach((path, operations) -> {
            if (path.startsWith("/api/")) {
                operations.keySet().stream().filter(m -> Set.of("get", "post", "put", "patch", "delete").contains(m))
                        .forEach(m -> endpoints.add(m.toUpperCase() + " " + path));
            }
        });
        return endpoints;
    }

    private static Response call(RequestSpecification request, String endpoint) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String path = endpoint.substring(endpoint.indexOf(' ') + 1).replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        if (!method.equals("GET") && !method.equals("DELETE")) {
            request = request.contentType("application/json").body("{}");
        }
        return request.request(method, path);
    }

    private static RequestSpecification withToken(String token) {
        return RestAssured.given().auth().oauth2(token);
    }

    private static String tokenFor(String role) {
        return role.equals("mission-officer") ? TestTokens.missionOfficer("AUS") : TestTokens.forRole(role);
    }

    @Test
    void everyApiEndpointTheServiceServesIsInTheMatrix() {
        assertEquals(new TreeSet<>(matrix().keySet()), new TreeSet<>(servedApiEndpoints()),
                "the security matrix must name exactly the endpoints the service serves");
    }

    @Test
    void eachRoleMayCallExactlyWhatTheMatrixAllows() {
        List<String> wrong = new ArrayList<>();
        for (String endpoint : servedApiEndpoints()) {
            Set<String> allowed = matrix().getOrDefault(endpoint, Set.of());
            for (String role : ROLES) {
                boolean mayCall = allowed.contains(role);
                if (mayCall && checkedForRefusalOnly().contains(endpoint)) {
                    continue;
                }
                int status = call(withToken(tokenFor(role)), endpoint).statusCode();
                boolean ok = mayCall ? status != 401 && status != 403 : status == 403;
                if (!ok) {
                    wrong.add(endpoint + " as " + role + ": " + status + (mayCall ? " (should be allowed)" : " (should be 403)"));
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void noTokenAnExpiredTokenAForeignIssuersTokenAndATamperedTokenAreAll401() {
        List<String> wrong = new ArrayList<>();
        for (String endpoint : servedApiEndpoints()) {
            Map<String, RequestSpecification> attempts = Map.of(
                    "no token", RestAssured.given(),
                    "expired token", withToken(TestTokens.expired("admin")),
                    "another issuer's token", withToken(TestTokens.fromAnotherIssuer("admin")),
                    "tampered token", withToken(TestTokens.tampered("partner-agency")),
                    "garbage token", withToken("not-a-jwt"));
            attempts.forEach((what, request) -> {
                int status = call(request, endpoint).statusCode();
                if (status != 401) {
                    wrong.add(endpoint + " with " + what + ": " + status);
                }
            });
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void theContractDocumentsAndHealthNeedNoToken() {
        RestAssured.given().get("/asyncapi.yaml").then().statusCode(200);
        RestAssured.given().get("/schemas/CaseOpened.v1.json").then().statusCode(200);
        RestAssured.given().get("/q/health/ready").then().statusCode(200);
        RestAssured.given().get("/q/openapi").then().statusCode(200);
    }
}
