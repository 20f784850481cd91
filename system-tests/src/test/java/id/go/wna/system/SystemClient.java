package id.go.wna.system;

import id.go.wna.infra.LocalKeys;
import id.go.wna.infra.Ports;
import id.go.wna.infra.ServiceSpec;
import id.go.wna.infra.WnaSystem;
import id.go.wna.infra.demo.Mrz;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.awaitility.core.ConditionFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * The public HTTP APIs of a running {@link WnaSystem}, as the scenario tests call them: tokens per role (a mission
 * officer with its country), persons from an MRZ, cases, obligations, timelines and the dashboard's figures.
 */
final class SystemClient {

    private final WnaSystem system;

    SystemClient(WnaSystem system) {
        this.system = system;
    }

    /**
     * Starts the four packaged services, a Kafka broker and PostgreSQL as processes on free ports, with the launcher's
     * own code ({@code ./wna up}), under {@code system-tests/target/<folder>}. With {@code WNA_PG_URL} set, the
     * databases get {@code databaseSuffix}, so that test classes never share them.
     */
    static WnaSystem startSystem(String folder, String databaseSuffix, String logPrefix) {
        return startSystem(folder, databaseSuffix, logPrefix, Map.of());
    }

    /** {@link #startSystem(String, String, String)} with settings passed to the four services as environment variables. */
    static WnaSystem startSystem(String folder, String databaseSuffix, String logPrefix, Map<String, String> serviceEnvironment) {
        Path root = Path.of(System.getProperty("wna.root", "..")).toAbsolutePath().normalize();
        String pgUrl = System.getenv("WNA_PG_URL");
        Map<String, Integer> ports = new HashMap<>();
        ServiceSpec.ALL.forEach(s -> ports.put(s.name(), Ports.freePort()));
        return WnaSystem.start(new WnaSystem.Settings(root, root.resolve("system-tests/target/" + folder), true, pgUrl,
                        pgUrl == null || pgUrl.isBlank() ? "" : databaseSuffix,
                        Ports.freePort(), Ports.freePort(), Ports.freePort(), ports, serviceEnvironment, Duration.ofSeconds(240), Set.of()),
                line -> System.out.println(logPrefix + line));
    }

    /** A request to one service by someone holding {@code role}. */
    RequestSpecification as(String role, String service) {
        return as(LocalKeys.TokenRequest.forRole(role), service);
    }

    RequestSpecification as(LocalKeys.TokenRequest token, String service) {
        return given().baseUri(system.baseUrl(service)).auth().oauth2(system.keys().mint(token)).contentType(ContentType.JSON);
    }

    /** A mission officer of {@code iso3}'s posts. */
    RequestSpecification missionOfficer(String iso3, String service) {
        return as(LocalKeys.TokenRequest.forRole("mission-officer").country(iso3).subject("consul-" + iso3.toLowerCase()), service);
    }

    RequestSpecification imigrasi() {
        return as("imigrasi-officer", "case-service");
    }

    RequestSpecification kemlu() {
        return as("kemlu-consular", "notification-service");
    }

    RequestSpecification analyst(String service) {
        return as("joint-analyst", service);
    }

    /** Cross-service effects: polled, never slept on. */
    static ConditionFactory eventually() {
        return await().atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(300));
    }

    /** Registers a person from a passport MRZ (document number unique per run); {@code extra} adds body fields. */
    String registerPerson(String iso3, String surname, String given, LocalDate birth, String sex, Map<String, Object> extra) {
        String number = "SC" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        String mrz = Mrz.td3(iso3, surname, given, number, iso3, birth, sex, LocalDate.now().plusYears(5));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("mrz", mrz);
        body.put("languages", List.of("en"));
        body.putAll(extra);
        return imigrasi().body(body).when().post("/api/v1/persons").then().statusCode(201).extract().path("id");
    }

    String openCase(String kind, String nationality, String province, String personId) {
        return imigrasi().body(Map.of("kind", kind, "nationality", nationality, "province", province, "personId", personId))
                .when().post("/api/v1/cases").then().statusCode(201).extract().path("id");
    }

    /** Moves a case one step ({@code STATUS} or {@code STATUS:STAGE_OR_OUTCOME}). */
    JsonPath move(String caseId, String step, String reason) {
        String[] parts = step.split(":");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", parts[0]);
        if (parts.length > 1) {
            body.put(parts[0].equals("ACTIVE") ? "stage" : "outcome", parts[1]);
        }
        body.put("reason", reason);
        return imigrasi().body(body).when().post("/api/v1/cases/" + caseId + "/transitions")
                .then().statusCode(200).extract().jsonPath();
    }

    JsonPath caseFile(String caseId) {
        return imigrasi().when().get("/api/v1/cases/" + caseId).then().statusCode(200).extract().jsonPath();
    }

    /** How many timeline entries of {@code type} the case shows. */
    int timelineCount(String caseId, String type) {
        return caseFile(caseId).getList("timeline.findAll { it.type == '" + type + "' }").size();
    }

    List<Map<String, Object>> obligationsOfCase(String caseId) {
        return kemlu().queryParam("caseId", caseId).when().get("/api/v1/obligations")
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    /** Waits for the one obligation of the case and returns its id. */
    String theObligationOf(String caseId) {
        eventually().until(() -> obligationsOfCase(caseId).size() == 1);
        return String.valueOf(obligationsOfCase(caseId).get(0).get("id"));
    }

    JsonPath obligation(String obligationId) {
        return kemlu().when().get("/api/v1/obligations/" + obligationId).then().statusCode(200).extract().jsonPath();
    }

    /** The dashboard's key figures for one nationality. */
    JsonPath summary(String nationality) {
        return analyst("dashboard-service").queryParam("nationality", nationality).when().get("/api/v1/summary")
                .then().statusCode(200).extract().jsonPath();
    }

    /** The dashboard's compliance row of one nationality (null while it has none). */
    Map<String, Object> complianceRow(String nationality) {
        return analyst("dashboard-service").queryParam("by", "nationality").queryParam("nationality", nationality)
                .when().get("/api/v1/consular/compliance").then().statusCode(200)
                .extract().jsonPath().param("k", nationality).get("rows.find { it.key == k }");
    }

    /** Whether the service answers 200 on {@code /q/health/ready} now (a refused connection is not ready). */
    boolean ready(String service) {
        try {
            return given().baseUri(system.baseUrl(service)).when().get("/q/health/ready").statusCode() == 200;
        } catch (RuntimeException unreachable) {
            return false;
        }
    }

    /** Every dead letter the service keeps, all pages of {@code GET /api/v1/admin/dead-letters} (role admin). */
    List<Map<String, Object>> deadLetters(String service) {
        int size = 500;
        List<Map<String, Object>> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<Map<String, Object>> one = as("admin", service).queryParam("page", page).queryParam("size", size)
                    .when().get("/api/v1/admin/dead-letters").then().statusCode(200).extract().jsonPath().getList("$");
            all.addAll(one);
            if (one.size() < size) {
                return all;
            }
        }
    }
}
