package id.go.wna.system;

import id.go.wna.infra.DatabaseRoles;
import id.go.wna.infra.ServiceSpec;
import id.go.wna.infra.WnaSystem;
import id.go.wna.infra.demo.DemoData;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The four packaged services as separate processes, with a real Kafka broker process and real PostgreSQL, started
 * by the same code as {@code ./wna up}. The demo data test runs last: the others count cases of a nationality exactly
 * (the first two each open one Australian case, counted before the other opens its own).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WholeSystemTest {

    private static WnaSystem system;
    private static SystemClient client;

    @BeforeAll
    static void startTheWholeSystem() {
        long t0 = System.nanoTime();
        system = SystemClient.startSystem("wna-system", "_systest", "[system] ");
        client = new SystemClient(system);
        System.out.printf("[system] ready in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        system.pids().forEach((name, pid) -> System.out.printf("[system] %-21s resident memory %s%n", name, residentMemory(pid)));
    }

    @AfterAll
    static void stopTheWholeSystem() {
        if (system != null) {
            system.close();
        }
    }

    private static String openCase(String nationality, String province) {
        return client.as("imigrasi-officer", "case-service").contentType(ContentType.JSON)
                .body(Map.of("kind", "IMMIGRATION_CRIME", "nationality", nationality, "province", province))
                .when().post("/api/v1/cases")
                .then().statusCode(201).extract().path("id");
    }

    private static int dashboardCasesOf(String nationality) {
        Integer n = client.as("joint-analyst", "dashboard-service").queryParam("by", "nationality")
                .when().get("/api/v1/cases/stats").then().statusCode(200)
                .extract().jsonPath().param("k", nationality).get("counts.find { it.key == k }.cases");
        return n == null ? 0 : n;
    }

    private static double consumed(String service, String consumer) {
        String metrics = given().baseUri(system.baseUrl(service)).when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("wna_events_consumed_total\\{consumer=\"" + Pattern.quote(consumer)
                + "\",outcome=\"applied\",type=\"CaseOpened.v1\"} ([0-9.E]+)").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    @Test
    @Order(1)
    void aCaseOpenedByImigrasiReachesKemluReciprocityAndTheDashboard() {
        String caseId = openCase("AUS", "Bali");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertEquals(1, dashboardCasesOf("AUS"));
            assertTrue(consumed("notification-service", "notification-service.case-events") >= 1);
            assertTrue(consumed("reciprocity-service", "reciprocity-service.case-events") >= 1);
        });
        client.as("kemlu-consular", "case-service").when().get("/api/v1/cases/" + caseId).then()
                .statusCode(200).body("nationality", equalTo("AUS"));
    }

    /** An Australian registered from a passport MRZ (document number unique per run). */
    private static String australian(String surname, String given) {
        return client.registerPerson("AUS", surname, given, LocalDate.of(1986, 3, 14), "M", Map.of("birthPlace", "Brisbane"));
    }

    /**
     * The cross-service path on the real broker, between the packaged processes: custody recorded by Imigrasi opens
     * Kemlu's obligation with its deadline (CustodyNoticeIssued.v1 on wna.custody-notices.v1); the notice Kemlu sends
     * comes back to the case's timeline (ObligationOpened.v1, NoticeSent.v1 on kemlu.consular-events.v1); a transfer
     * reaches the obligation as a follow-up owed to the post (CustodyFollowUpIssued.v1).
     */
    @Test
    @Order(2)
    void custodyOfAnAustralianInBaliOpensAKemluObligationDueIn72HoursWitaAndItsNoticeAndALaterTransferReachTheOtherSide() {
        String personId = australian("HARGREAVES", "LIAM JAMES");
        String caseId = client.as("imigrasi-officer", "case-service").contentType(ContentType.JSON)
                .body(Map.of("kind", "IMMIGRATION_CRIME", "nationality", "AUS", "province", "Bali", "personId", personId))
                .when().post("/api/v1/cases").then().statusCode(201).extract().path("id");
        Instant startedAt = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        JsonPath custody = client.as("imigrasi-officer", "case-service").contentType(ContentType.JSON)
                .body(Map.of("custodyType", "IMMIGRATION_DETENTION", "facilityType", "RUDENIM", "facilityCode", "RUDENIM-DENPASAR",
                        "facilityName", "Rudenim Denpasar", "province", "Bali", "arrestingAuthority", "IMIGRASI",
                        "arrestPlace", "Ngurah Rai International Airport", "startedAt", startedAt.toString(),
                        "charges", List.of(Map.of("statute", "UU 6/2011", "article", "78(3)"))))
                .when().post("/api/v1/cases/" + caseId + "/custody").then().statusCode(201).extract().jsonPath();
        String custodyId = custody.getString("id");
        assertEquals(startedAt, Instant.parse(custody.getString("startedAt")));

        // Kemlu: the obligation, its regime and its clock, read through notification-service's API.
        await().atMost(Duration.ofSeconds(30)).until(() -> client.obligationsOfCase(caseId).size() == 1);
        JsonPath listed = client.as("kemlu-consular", "notification-service").queryParam("caseId", caseId).when().get("/api/v1/obligations")
                .then().statusCode(200).extract().jsonPath();
        String obligationId = listed.getString("[0].id");
        assertEquals(custodyId, listed.getString("[0].custodyId"));
        assertEquals("AUS", listed.getString("[0].nationality"));
        assertEquals("DETENTION", listed.getString("[0].trigger"));
        assertEquals("MANDATORY", listed.getString("[0].regime.regime"));
        assertEquals("AUS-CG-DPS", listed.getString("[0].regime.postCode"), "the consulate-general in Denpasar covers Bali");
        assertEquals("WITA", listed.getString("[0].province.zone"));
        assertEquals(startedAt, Instant.parse(listed.getString("[0].triggeredAt")));
        assertEquals(startedAt.plus(Duration.ofHours(72)),
                Instant.parse(listed.getString("[0].clocks.find { it.clock == 'NOTIFICATION' }.dueAt")));
        assertTrue(listed.getString("[0].clocks.find { it.clock == 'NOTIFICATION' }.dueAtLocal").endsWith(" WITA"));

        // Imigrasi: Kemlu's obligation shows on the case's timeline.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertTrue(
                client.caseFile(caseId).getList("timeline.findAll { it.type == 'CONSULAR_OBLIGATION_OPENED' }.ref").contains(obligationId)));

        // Kemlu sends the notice at once (mandatory regime: no request needed); Imigrasi's timeline shows it.
        String reference = client.as("kemlu-consular", "notification-service").contentType(ContentType.JSON).body(Map.of("channel", "EMAIL"))
                .when().post("/api/v1/obligations/" + obligationId + "/notices")
                .then().statusCode(201).body("basis", equalTo("MANDATORY")).body("postCode", equalTo("AUS-CG-DPS"))
                .body("sentAtLocal", endsWith(" WITA")).body("late", equalTo(false))
                .extract().path("referenceNumber");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath c = client.caseFile(caseId);
            assertEquals(List.of(obligationId), c.getList("timeline.findAll { it.type == 'CONSULAR_NOTICE_SENT' }.ref"));
            assertEquals("KEMLU", c.getString("timeline.find { it.type == 'CONSULAR_NOTICE_SENT' }.source"));
        });
        assertTrue(reference != null && !reference.isBlank(), "a diplomatic-note reference number");

        // Imigrasi moves the detainee to prison; Kemlu's obligation gets the follow-up owed to the post, due 72 h later.
        Instant moved = Instant.now().minus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        client.as("imigrasi-officer", "case-service").contentType(ContentType.JSON)
                .body(Map.of("facilityType", "LAPAS", "facilityName", "Lapas Kerobokan", "province", "Bali",
                        "reason", "COURT_PROCEEDINGS", "transferredAt", moved.toString()))
                .when().post("/api/v1/cases/" + caseId + "/custody/" + custodyId + "/transfer")
                .then().statusCode(200).body("facilityName", equalTo("Lapas Kerobokan"));
        await().atMost(Duration.ofSeconds(30)).until(() -> client.as("kemlu-consular", "notification-service")
                .when().get("/api/v1/obligations/" + obligationId).then().statusCode(200)
                .extract().jsonPath().getList("followUps").size() == 1);
        JsonPath o = client.as("kemlu-consular", "notification-service").when().get("/api/v1/obligations/" + obligationId)
                .then().statusCode(200).extract().jsonPath();
        assertEquals("TRANSFER", o.getString("followUps[0].stage"));
        assertEquals(moved, Instant.parse(o.getString("followUps[0].occurredAt")));
        assertEquals(moved.plus(Duration.ofHours(72)), Instant.parse(o.getString("followUps[0].dueAt")));
        assertTrue(o.getString("followUps[0].dueAtLocal").endsWith(" WITA"));
        String followUpId = o.getString("followUps[0].id");
        assertEquals(moved.plus(Duration.ofHours(72)), Instant.parse(o.getString(
                "clocks.find { it.clock == 'NOTIFICATION' && it.subjectId == '" + followUpId + "' }.dueAt")));
        // The first notice met the initial clock.
        assertEquals("MET", o.getString("clocks.find { it.clock == 'NOTIFICATION' && it.subjectId == '" + obligationId + "' }.state"));
    }

    @Test
    void whileTheBrokerIsDownWellnessSaysSoTheApiStaysReadyAndEveryCaseRecordedMeanwhileArrivesExactlyOnce() {
        int cases = 1000;
        system.stopKafka();
        try {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    given().baseUri(system.baseUrl("case-service")).when().get("/q/health/well").then()
                            .statusCode(503)
                            .body("checks.find { it.name == 'Kafka broker' }.status", equalTo("DOWN"))
                            .body("checks.find { it.name == 'Kafka broker' }.data.state", equalTo("DEGRADED")));
            // A broker outage is no reason to stop routing requests or to restart: ready and live stay UP.
            for (ServiceSpec s : ServiceSpec.ALL) {
                given().baseUri(system.baseUrl(s.name())).when().get("/q/health/ready").then().statusCode(200);
                given().baseUri(system.baseUrl(s.name())).when().get("/q/health/live").then().statusCode(200);
            }
            // Imigrasi keeps working: each case commits, its event waits in the outbox.
            for (int i = 0; i < cases; i++) {
                openCase("PHL", "Sulawesi Utara");
            }
        } finally {
            system.restartKafka();
        }

        for (ServiceSpec s : ServiceSpec.ALL) {
            await().atMost(Duration.ofSeconds(120)).untilAsserted(() ->
                    given().baseUri(system.baseUrl(s.name())).when().get("/q/health/ready").then().statusCode(200));
        }
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertEquals(cases, dashboardCasesOf("PHL")));
        client.as("joint-analyst", "dashboard-service").queryParam("by", "province").when().get("/api/v1/cases/stats")
                .then().body("counts.key", hasItem("Sulawesi Utara"));
        // Nothing doubled: a moment later the count still holds.
        pause(Duration.ofSeconds(3));
        assertEquals(cases, dashboardCasesOf("PHL"));
    }

    @Test
    void eachServiceProcessIsConnectedToItsOwnDatabaseAsItsOwnRoleAndCannotReachAnothers() throws SQLException {
        for (ServiceSpec service : ServiceSpec.ALL) {
            DatabaseRoles.Login login = system.databaseLogin(service.name());
            assertEquals(service.role() + system.settings().databaseSuffix(), login.role());
            try (Connection c = DriverManager.getConnection(login.jdbcUrl(), login.role(), login.password());
                 Statement s = c.createStatement();
                 // Who the running service's pool logged in as (every role sees the names of a database's sessions);
                 // client sessions only: an autovacuum worker on the database shows there too, without a user.
                 ResultSet rs = s.executeQuery("SELECT DISTINCT usename FROM pg_stat_activity"
                         + " WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'")) {
                List<String> users = new ArrayList<>();
                while (rs.next()) {
                    users.add(rs.getString(1));
                }
                assertEquals(List.of(login.role()), users, service.name() + "'s sessions");
            }
            for (ServiceSpec other : ServiceSpec.ALL) {
                if (!other.equals(service)) {
                    String database = system.databaseLogin(other.name()).database();
                    SQLException refused = assertThrows(SQLException.class, () -> DriverManager.getConnection(
                            login.jdbcUrl().replace("/" + login.database(), "/" + database), login.role(), login.password()).close());
                    assertEquals("42501", refused.getSQLState(), service.name() + " on " + database + ": " + refused.getMessage());
                }
            }
        }
    }

    @Test
    void aCaseCommittedJustBeforeCaseServiceIsKilledIsPublishedAfterItRestarts() {
        system.stopKafka();
        try {
            openCase("BRN", "Kalimantan Utara"); // committed with its outbox row; the broker cannot take it
            system.killService("case-service"); // SIGKILL: no shutdown hook, nothing flushed
        } finally {
            system.restartKafka();
        }
        system.restartService("case-service");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertEquals(1, dashboardCasesOf("BRN")));
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void theDemoDataLoadsCasesOfEveryKindThroughTheApiAndASecondRunAddsNothing() {
        Instant anchor = DemoData.anchor(system.settings().home());
        DemoData.Options small = DemoData.Options.defaults(anchor).sizes(2_000, 3);
        DemoData.Services services = new DemoData.Services(system.baseUrl("case-service"), system.baseUrl("notification-service"),
                system.baseUrl("reciprocity-service"));
        DemoData.Summary first = DemoData.load(services, system.keys(), small, line -> System.out.println("[demo] " + line));

        assertEquals(0, first.failures(), "failed case flows: " + first.firstFailures());
        first.casesOpened().values().forEach(n -> assertEquals(3, n));
        assertEquals(3, first.records().get("wrecks or crashes"));
        assertEquals(3, first.records().get("guardianship needs"));
        assertTrue(first.records().getOrDefault("deaths (not in custody)", 0) >= 3);
        assertTrue(first.records().getOrDefault("custody started", 0) > 0);
        for (String kind : List.of("CRIMINAL", "CIVIL", "IMMIGRATION_CRIME", "ADMINISTRATIVE_ACTION", "DEATH", "GUARDIANSHIP", "WRECK_OR_CRASH")) {
            client.as("imigrasi-officer", "case-service").queryParam("kind", kind).when().get("/api/v1/cases")
                    .then().statusCode(200).body("size()", greaterThanOrEqualTo(3));
        }
        // The presence import route (POST /api/v1/presence/imports) exists: without it the demo has no movements.
        assertNotNull(first.importJob(), "the demo's movements are imported: " + first.presenceNote());
        assertEquals(first.rowsSent(), first.accepted(), "every generated movement is accepted: " + first.importJob());
        assertEquals(0, first.rejected());

        // Kemlu handled the demo's custody obligations; the joint team's reports, visa regimes and an assessment exist.
        assertEquals(0, first.consular().failures(), "consular: " + first.consular().firstFailures());
        assertTrue(first.consular().recorded().keySet().stream().anyMatch(k -> k.startsWith("advisements")),
                "advisements recorded: " + first.consular().recorded());
        assertTrue(first.consular().recorded().keySet().stream().anyMatch(k -> k.startsWith("notices sent")),
                "notices sent: " + first.consular().recorded());
        assertEquals(0, first.reciprocity().failures(), "reciprocity: " + first.reciprocity().firstFailures());
        assertEquals(30, first.reciprocity().recorded().get("outbound reports"), "10 countries × 3 months");
        assertTrue(first.reciprocity().details().stream().anyMatch(d -> d.startsWith("example assessment")),
                "an example assessment: " + first.reciprocity().details());

        DemoData.Summary again = DemoData.load(services, system.keys(), small, line -> System.out.println("[demo] " + line));
        assertEquals(0, again.failures(), "failed case flows: " + again.firstFailures());
        again.casesOpened().values().forEach(n -> assertEquals(0, n));
        again.casesSkipped().values().forEach(n -> assertEquals(3, n));
        assertNotNull(again.importJob(), "the second run's movements are imported: " + again.presenceNote());
        assertEquals(0, again.accepted(), "a second run imports nothing new: " + again.importJob());
        assertEquals(first.rowsSent(), again.duplicates());
        assertEquals(0, again.consular().failures(), "consular: " + again.consular().firstFailures());
        assertEquals(Map.of(), again.consular().recorded(), "a second run records nothing more for Kemlu");
        assertEquals(0, again.reciprocity().failures(), "reciprocity: " + again.reciprocity().firstFailures());
        assertEquals(Map.of(), again.reciprocity().recorded(), "a second run adds no report or visa regime");
        assertEquals(30, again.reciprocity().existing().get("outbound reports"));
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String residentMemory(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return line.substring(6).trim();
                }
            }
        } catch (IOException e) {
            // not Linux, or the process is gone
        }
        return "unknown";
    }
}
