package id.go.wna.infra.test;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every {@code /api} endpoint of a service (read from its own OpenAPI document) against every role, no token, an
 * expired token, a token from another issuer and a tampered token. A service's test names who may call what; an
 * endpoint the service serves but the matrix does not name fails the test, so nothing new slips in unprotected.
 * Each write endpoint belongs to one owner ({@link #OWNERS}) unless {@link #sharedWrites()} says why not, and the
 * service's section of {@code docs/security.md} is this matrix rendered as a table, so the document cannot drift.
 */
public abstract class SecurityMatrixContract {

    public static final List<String> ROLES = List.of("imigrasi-officer", "kemlu-consular", "kemlu-supervisor", "joint-analyst",
            "partner-agency", "mission-officer", "auditor", "admin");
    public static final Set<String> ADMIN = Set.of("admin");

    /**
     * Who owns which data: each kind of data has one writing owner, whose roles are these (Kemlu's supervisor may do
     * what its consular officers may, so both are the Kemlu owner). A write endpoint names roles of one owner only.
     */
    public static final Map<String, Set<String>> OWNERS = owners();

    /** Set to true ({@code -Dwna.security.write-doc=true}) to rewrite the service's table in docs/security.md. */
    public static final String WRITE_DOC = "wna.security.write-doc";

    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    /** "METHOD /path" (as in the OpenAPI document) to the roles allowed to call it. */
    protected abstract Map<String, Set<String>> matrix();

    /**
     * Write endpoints whose roles belong to more than one owner, each with the reason (one line, shown in the
     * document's table). Empty unless a service has such an exception.
     */
    protected Map<String, String> sharedWrites() {
        return Map.of();
    }

    private static Map<String, Set<String>> owners() {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        m.put("Imigrasi", Set.of("imigrasi-officer"));
        m.put("Kemlu", Set.of("kemlu-consular", "kemlu-supervisor"));
        m.put("joint team", Set.of("joint-analyst"));
        m.put("foreign post", Set.of("mission-officer"));
        m.put("platform", ADMIN);
        return m;
    }

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

    @Test
    void eachWriteEndpointBelongsToOneOwnerOrSaysWhyNot() {
        List<String> wrong = new ArrayList<>();
        Map<String, String> shared = sharedWrites();
        matrix().forEach((endpoint, roles) -> {
            if (endpoint.startsWith("GET ")) {
                return;
            }
            String owner = ownerOf(roles);
            if (owner == null && !shared.containsKey(endpoint)) {
                wrong.add(endpoint + " is written by " + ordered(roles) + ", more than one owner: give it one owner's roles, "
                        + "or say why in sharedWrites()");
            } else if (owner != null && shared.containsKey(endpoint)) {
                wrong.add(endpoint + " has one owner (" + owner + ") yet sharedWrites() names it");
            }
        });
        shared.forEach((endpoint, why) -> {
            if (!matrix().containsKey(endpoint) || endpoint.startsWith("GET ")) {
                wrong.add("sharedWrites() names " + endpoint + ", which is not a write endpoint of the matrix");
            }
            if (why.isBlank() || why.contains("\n") || why.contains("|")) {
                wrong.add("the reason for " + endpoint + " must be one line of text without '|'");
            }
        });
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void theSecurityDocumentShowsThisMatrix() {
        String service = ConfigProvider.getConfig().getValue("quarkus.application.name", String.class);
        Path doc = securityDocument();
        String text = read(doc);
        String begin = "<!-- matrix:" + service + " -->\n";
        String end = "<!-- /matrix:" + service + " -->";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            fail(doc + " has no section for " + service + ": add the lines '" + begin.strip() + "' and '" + end
                    + "' where its table goes, then run " + regenerate(service));
        }
        String expected = table();
        String actual = text.substring(from + begin.length(), to);
        if (actual.equals(expected)) {
            return;
        }
        if (Boolean.getBoolean(WRITE_DOC)) {
            write(doc, text.substring(0, from + begin.length()) + expected + text.substring(to));
            return;
        }
        fail("The table of " + service + " in " + doc + " is not the security matrix (SecurityMatrixTest.matrix()). "
                + "Expected between the markers:\n" + expected + "\nRewrite it in place with " + regenerate(service));
    }

    /** The matrix as a markdown table: endpoints by path then method, roles in {@link #ROLES} order, the owner of writes. */
    protected String table() {
        Map<String, String> shared = sharedWrites();
        StringBuilder t = new StringBuilder("| endpoint | roles | owner |\n|---|---|---|\n");
        matrix().entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Set<String>> e) -> pathOf(e.getKey()))
                        .thenComparing(e -> METHODS.indexOf(e.getKey().substring(0, e.getKey().indexOf(' ')))))
                .forEach(e -> {
                    String endpoint = e.getKey();
                    String owner = endpoint.startsWith("GET ") ? "" : shared.getOrDefault(endpoint, ownerOf(e.getValue()));
                    t.append("| `").append(endpoint).append("` | ")
                            .append(ordered(e.getValue()).stream().map(r -> "`" + r + "`").collect(Collectors.joining(", ")))
                            .append(owner == null || owner.isEmpty() ? " |" : " | " + owner).append(" |\n");
                });
        return t.toString();
    }

    private static String pathOf(String endpoint) {
        return endpoint.substring(endpoint.indexOf(' ') + 1);
    }

    /** The one owner all the roles belong to, or null. */
    private static String ownerOf(Set<String> roles) {
        return OWNERS.entrySet().stream().filter(o -> o.getValue().containsAll(roles)).map(Map.Entry::getKey).findFirst()
                .orElse(null);
    }

    private static List<String> ordered(Set<String> roles) {
        List<String> known = ROLES.stream().filter(roles::contains).toList();
        List<String> all = new ArrayList<>(known);
        roles.stream().filter(r -> !known.contains(r)).sorted().forEach(all::add);
        return all;
    }

    private static String regenerate(String service) {
        return "./mvnw -q -B -ntp -pl " + service + " -am verify -Dtest='SecurityMatrixTest#theSecurityDocumentShowsThisMatrix' "
                + "-Dsurefire.failIfNoSpecifiedTests=false -D" + WRITE_DOC + "=true";
    }

    /** docs/security.md of the repository the test runs in (Maven runs it from the module's directory). */
    private static Path securityDocument() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path doc = dir.resolve("docs").resolve("security.md");
            if (Files.isRegularFile(doc)) {
                return doc;
            }
        }
        throw new IllegalStateException("no docs/security.md above " + Path.of("").toAbsolutePath());
    }

    private static String read(Path doc) {
        try {
            return Files.readString(doc, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path doc, String text) {
        try {
            Files.writeString(doc, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
