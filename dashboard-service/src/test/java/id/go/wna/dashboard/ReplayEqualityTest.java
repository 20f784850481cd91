package id.go.wna.dashboard;

import id.go.wna.dashboard.domain.Filters;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.wna.infra.test.Api.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rebuilding the read model from the topics gives the same answers: every endpoint is asked before and after
 * POST /api/v1/admin/replay, and must answer exactly the same (the summary's asOf and version aside: they are the
 * time of asking and the refresh key, which a replay moves on).
 */
@QuarkusTest
class ReplayEqualityTest {

    private static final List<String> QUERIES = List.of(
            "/api/v1/summary", "/api/v1/summary?nationality=CYP", "/api/v1/summary?province=Maluku",
            "/api/v1/population?by=nationality", "/api/v1/population?by=province", "/api/v1/population?by=permitType",
            "/api/v1/population?by=province&date=" + Filters.today().minusDays(3),
            "/api/v1/cases/stats?by=kind", "/api/v1/cases/stats?by=status", "/api/v1/cases/stats?by=province&open=true",
            "/api/v1/custody/stats?by=nationality", "/api/v1/custody/stats?by=province", "/api/v1/custody/stats?by=custodyType",
            "/api/v1/consular/compliance?by=nationality", "/api/v1/consular/compliance?by=province",
            "/api/v1/consular/compliance?by=month", "/api/v1/consular/services?by=type",
            "/api/v1/consular/services?by=nationality", "/api/v1/consular/welfare", "/api/v1/reciprocity/highlights",
            "/api/v1/consular/welfare/monitoring?by=nationality", "/api/v1/consular/welfare/monitoring?by=province&crisis=COVID-19",
            "/api/v1/consular/welfare/monitoring/series?interval=month", "/api/v1/consular/welfare/monitoring/series?interval=day&nationality=CYP",
            "/api/v1/timeseries/foreigners-present", "/api/v1/timeseries/arrivals?interval=week",
            "/api/v1/timeseries/departures", "/api/v1/timeseries/cases-opened", "/api/v1/timeseries/custody-started",
            "/api/v1/timeseries/in-custody", "/api/v1/timeseries/obligations-opened", "/api/v1/timeseries/notices-sent",
            "/api/v1/timeseries/notices-within-72h-share?interval=month", "/api/v1/timeseries/deadline-breaches",
            "/api/v1/timeseries/access-targets-missed",
            "/api/v1/timeseries/consular-services");

    private static Instant daysAgo(long days) {
        return Instant.now().minus(days, ChronoUnit.DAYS);
    }

    private static Map<String, Object> answers() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String q : QUERIES) {
            Map<String, Object> body = new LinkedHashMap<>(as("joint-analyst").when().get(q).then().statusCode(200)
                    .extract().jsonPath().getMap("$"));
            body.remove("asOf");
            body.remove("version");
            out.put(q, body);
        }
        return out;
    }

    @Test
    void replayingEveryTopicFromTheStartGivesTheSameAnswersAtEveryEndpoint() {
        // At least one event of each kind, whatever else the other tests have published.
        String cyp = "CYP";
        UUID person = UUID.randomUUID(), permit = UUID.randomUUID(), caseId = UUID.randomUUID(), custody = UUID.randomUUID();
        UUID obligation = UUID.randomUUID();
        Events.arrived(person, cyp, "Maluku", daysAgo(4));
        Events.permitIssued(person, permit, cyp, "ITAS", "Maluku", daysAgo(3));
        Events.arrived(UUID.randomUUID(), cyp, "Maluku", daysAgo(2));
        Events.caseOpened(caseId, "CRIMINAL", cyp, "Maluku", daysAgo(4));
        Events.caseStatusChanged(caseId, cyp, "REPORTED", "ACTIVE", daysAgo(3));
        Events.custodyStarted(caseId, custody, cyp, "Maluku", "POLICE_DETENTION", daysAgo(4));
        Events.obligationOpened(obligation, caseId, custody, cyp, daysAgo(4));
        Events.regime(obligation, cyp, "MANDATORY", daysAgo(4));
        Events.noticeSent(obligation, cyp, "INITIAL", 90, daysAgo(4));
        Events.service(cyp, "OTHER", 4, Filters.today().minusDays(1));
        UUID welfare = UUID.randomUUID();
        Events.welfare(welfare, cyp, "COVID-19", "CLOSE_CONTACT", daysAgo(3));
        Events.welfare(welfare, cyp, "COVID-19", "CONFIRMED", daysAgo(1));
        Events.thresholdCrossed("CYP", Events.assessment("CYP", -0.2, Instant.now()), -0.2, Instant.now());
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            var s = as("joint-analyst").queryParam("nationality", cyp).when().get("/api/v1/summary").then().extract().jsonPath();
            assertEquals(2, s.getLong("foreignersPresent"));
            assertEquals(1, s.getLong("inCustody"));
            assertEquals(1, s.getLong("compliance.noticesSent"));
            assertEquals(4, s.getLong("consularServices"));
            assertEquals(1, as("joint-analyst").queryParam("nationality", cyp).when().get("/api/v1/reciprocity/highlights")
                    .then().extract().jsonPath().getList("thresholdCrossings").size());
            assertEquals(1, as("joint-analyst").queryParam("crisis", "COVID-19").queryParam("nationality", cyp)
                    .when().get("/api/v1/consular/welfare").then().extract().jsonPath().getLong("total"));
            assertEquals(1, as("joint-analyst").queryParam("crisis", "COVID-19").queryParam("nationality", cyp)
                    .when().get("/api/v1/consular/welfare/monitoring").then().extract().jsonPath().getLong("total.confirmed"));
        });
        // Let the other tests' late events settle: two equal readings in a row.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).until(new java.util.concurrent.Callable<>() {
            Map<String, Object> last;

            @Override
            public Boolean call() {
                Map<String, Object> now = answers();
                boolean same = now.equals(last);
                last = now;
                return same;
            }
        });
        Map<String, Object> before = answers();
        long versionBefore = as("joint-analyst").when().get("/api/v1/summary").then().extract().jsonPath().getLong("version");

        as("admin").when().post("/api/v1/admin/replay").then().statusCode(200)
                .body("clearedTables", hasItem("population_cell"))
                .body("consumers", hasItem("dashboard-service.presence-events"));

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> assertEquals(before, answers()));
        assertTrue(as("joint-analyst").when().get("/api/v1/summary").then().extract().jsonPath().getLong("version") > versionBefore,
                "the refresh key keeps increasing through a replay");
    }
}
