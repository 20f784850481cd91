package id.go.wna.dashboard;

import id.go.wna.contracts.EventTypes;
import id.go.wna.contracts.Topics;
import id.go.wna.contracts.presence.PersonArrived;
import id.go.wna.dashboard.domain.Filters;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.wna.infra.test.Api.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each dashboard figure from real events on the real broker. Every test uses its own nationality (or crisis), so the
 * tests do not see each other's events.
 */
@QuarkusTest
class DashboardFiguresTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String ANALYST = "joint-analyst";

    private static Instant daysAgo(long days) {
        return Instant.now().minus(days, ChronoUnit.DAYS);
    }

    static JsonPath get(String path, Map<String, ?> params) {
        return as(ANALYST).queryParams(params).when().get(path).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Long> counts(JsonPath answer, String field) {
        Map<String, Long> out = new java.util.TreeMap<>();
        List<Map<String, Object>> rows = answer.getList("counts");
        rows.forEach(r -> out.put((String) r.get("key"), ((Number) r.get(field)).longValue()));
        return out;
    }

    private static Map<String, Long> population(String by, String nationality) {
        return counts(get("/api/v1/population", Map.of("by", by, "nationality", nationality)), "count");
    }

    private static JsonPath summary(String nationality) {
        return get("/api/v1/summary", Map.of("nationality", nationality));
    }

    @Test
    void presentForeignersFollowArrivalsDeparturesAndStayPermitsByNationalityProvinceAndPermitType() {
        String isl = "ISL";
        UUID a = UUID.randomUUID(), b = UUID.randomUUID(), c = UUID.randomUUID();
        UUID itas = UUID.randomUUID(), itk = UUID.randomUUID();
        Events.arrived(a, isl, "Bali", daysAgo(3));
        Events.arrived(b, isl, "Bali", daysAgo(3));
        Events.arrived(c, isl, "DKI Jakarta", daysAgo(3));
        Events.departed(b, isl, "Bali", daysAgo(2));
        // The permit's province overrides the arrival's; an ended permit (not converted) leaves the entry basis.
        Events.permitIssued(a, itas, isl, "ITAS", "Jawa Barat", daysAgo(2));
        Events.permitIssued(c, itk, isl, "ITK", null, daysAgo(2));
        Events.permitEnded(c, itk, isl, "ITK", "EXPIRED", daysAgo(1));

        await().atMost(WAIT).untilAsserted(() -> assertEquals(Map.of("ITAS", 1L, "NONE", 1L), population("permitType", isl)));
        assertEquals(Map.of("ISL", 2L), population("nationality", isl));
        assertEquals(Map.of("Jawa Barat", 1L, "DKI Jakarta", 1L), population("province", isl));
        JsonPath s = summary(isl);
        assertEquals(2, s.getLong("foreignersPresent"));
        assertEquals(3, s.getLong("arrivals"));
        assertEquals(1, s.getLong("departures"));
        assertEquals(isl, s.getString("filters.nationality"));
        assertTrue(s.getLong("version") > 0, "the refresh key moved");
        assertTrue(s.getString("lastEventAt") != null);
        // The province filter narrows to the cells of the province.
        assertEquals(1, get("/api/v1/summary", Map.of("nationality", isl, "province", "Jawa Barat")).getLong("foreignersPresent"));
    }

    @Test
    void aConvertedPermitKeepsThePersonUnderTheNewPermitAndADeathRemovesThem() {
        String nat = "LIE";
        UUID a = UUID.randomUUID(), b = UUID.randomUUID(), itas = UUID.randomUUID(), itap = UUID.randomUUID(), kitas = UUID.randomUUID();
        Events.arrived(a, nat, "Bali", daysAgo(5));
        Events.permitIssued(a, itas, nat, "ITAS", "Bali", daysAgo(4));
        Events.permitIssued(a, itap, nat, "ITAP", "Bali", daysAgo(3));
        Events.permitEnded(a, itas, nat, "ITAS", "CONVERTED", daysAgo(3));
        Events.arrived(b, nat, "Bali", daysAgo(5));
        Events.permitIssued(b, kitas, nat, "ITAS", "Bali", daysAgo(4));
        Events.permitEnded(b, kitas, nat, "ITAS", "DECEASED", daysAgo(1));

        await().atMost(WAIT).untilAsserted(() -> assertEquals(Map.of("ITAP", 1L), population("permitType", nat)));
        assertEquals(1, summary(nat).getLong("foreignersPresent"));
    }

    @Test
    void thePopulationAtAPastDateIsTodaysStockLessTheChangesSince() {
        String nor = "NOR";
        UUID a = UUID.randomUUID(), b = UUID.randomUUID();
        Events.arrived(a, nor, "Riau", daysAgo(40));
        Events.arrived(b, nor, "Riau", daysAgo(35));
        Events.departed(a, nor, "Riau", daysAgo(30));

        await().atMost(WAIT).untilAsserted(() -> assertEquals(1, summary(nor).getLong("departures")));
        LocalDate today = Filters.today();
        assertEquals(Map.of(), populationAt(nor, today.minusDays(45)));
        assertEquals(Map.of("Riau", 1L), populationAt(nor, today.minusDays(38)));
        assertEquals(Map.of("Riau", 2L), populationAt(nor, today.minusDays(32)));
        assertEquals(Map.of("Riau", 1L), populationAt(nor, today.minusDays(20)));
        JsonPath answer = get("/api/v1/population", Map.of("by", "province", "nationality", nor, "date", today.minusDays(32).toString()));
        assertEquals(2, answer.getLong("total"));
        assertEquals(today.minusDays(32).toString(), answer.getString("date"));
    }

    private static Map<String, Long> populationAt(String nationality, LocalDate date) {
        return counts(get("/api/v1/population", Map.of("by", "province", "nationality", nationality, "date", date.toString())), "count");
    }

    @Test
    void timeSeriesHaveOnePointPerIntervalZeroFilledWithStocksAtTheEndOfEachInterval() {
        String fin = "FIN";
        Events.arrived(UUID.randomUUID(), fin, "Aceh", daysAgo(10));
        Events.arrived(UUID.randomUUID(), fin, "Aceh", daysAgo(10));
        UUID leaving = UUID.randomUUID();
        Events.arrived(leaving, fin, "Aceh", daysAgo(7));
        Events.departed(leaving, fin, "Aceh", daysAgo(6));

        LocalDate today = Filters.today();
        LocalDate d10 = Filters.dayOf(daysAgo(10)), d7 = Filters.dayOf(daysAgo(7)), d6 = Filters.dayOf(daysAgo(6));
        Map<String, String> period = Map.of("nationality", fin, "from", today.minusDays(12).toString(), "to", today.minusDays(4).toString());
        await().atMost(WAIT).untilAsserted(() -> assertEquals(1.0, values(get("/api/v1/timeseries/departures", period)).stream().mapToDouble(Double::doubleValue).sum()));

        JsonPath arrivals = get("/api/v1/timeseries/arrivals", period);
        assertEquals("arrivals", arrivals.getString("metric"));
        assertEquals("day", arrivals.getString("interval"));
        List<String> dates = arrivals.getList("points.date");
        assertEquals(9, dates.size(), "one point per day, gaps included");
        assertEquals(today.minusDays(12).toString(), dates.get(0));
        List<Double> a = values(arrivals);
        for (int i = 0; i < dates.size(); i++) {
            LocalDate d = LocalDate.parse(dates.get(i));
            assertEquals(d.equals(d10) ? 2.0 : d.equals(d7) ? 1.0 : 0.0, a.get(i), "arrivals on " + d);
        }
        List<Double> present = values(get("/api/v1/timeseries/foreigners-present", period));
        for (int i = 0; i < dates.size(); i++) {
            LocalDate d = LocalDate.parse(dates.get(i));
            double expected = d.isBefore(d10) ? 0 : d.isBefore(d7) ? 2 : d.isBefore(d6) ? 3 : 2;
            assertEquals(expected, present.get(i), "present at the end of " + d);
        }
        Map<String, String> weeks = Map.of("nationality", fin, "from", today.minusDays(27).toString(), "to", today.toString(), "interval", "week");
        JsonPath weekly = get("/api/v1/timeseries/arrivals", weeks);
        assertEquals(3.0, values(weekly).stream().mapToDouble(Double::doubleValue).sum());
        assertTrue(weekly.getList("points").size() >= 4 && weekly.getList("points").size() <= 5);
        assertEquals(java.time.DayOfWeek.MONDAY, LocalDate.parse(weekly.getString("points[1].date")).getDayOfWeek());

        as(ANALYST).queryParam("interval", "fortnight").when().get("/api/v1/timeseries/arrivals").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("interval"));
        as(ANALYST).when().get("/api/v1/timeseries/happiness").then().statusCode(404).contentType("application/problem+json");
    }

    private static List<Double> values(JsonPath series) {
        return series.getList("points.value", Double.class);
    }

    @Test
    void casesMoveBetweenStatusesAndOpenCasesLeaveOutResolvedOnes() {
        String est = "EST";
        UUID one = UUID.randomUUID(), two = UUID.randomUUID();
        Events.caseOpened(one, "CRIMINAL", est, "Gorontalo", daysAgo(5));
        Events.caseOpened(two, "IMMIGRATION_CRIME", est, "Gorontalo", daysAgo(4));
        Events.caseStatusChanged(two, est, "REPORTED", "ACTIVE", daysAgo(3));
        Events.caseStatusChanged(two, est, "ACTIVE", "RESOLVED", daysAgo(2));

        Map<String, String> byStatus = Map.of("by", "status", "nationality", est);
        await().atMost(WAIT).untilAsserted(() -> assertEquals(Map.of("REPORTED", 1L, "RESOLVED", 1L),
                counts(get("/api/v1/cases/stats", byStatus), "cases")));
        JsonPath open = get("/api/v1/cases/stats", Map.of("by", "kind", "nationality", est, "open", "true"));
        assertEquals(1, open.getLong("total"));
        assertEquals("CRIMINAL", open.getString("counts[0].key"));
        JsonPath s = summary(est);
        assertEquals(1, s.getLong("openCases"));
        assertEquals(2, s.getLong("casesOpened"));
        List<Double> opened = values(get("/api/v1/timeseries/cases-opened", Map.of("nationality", est)));
        assertEquals(90, opened.size(), "the default period is 90 days");
        assertEquals(2.0, opened.stream().mapToDouble(Double::doubleValue).sum());
    }

    @Test
    void custodyCountsFollowStartsTransfersAndEnds() {
        String lva = "LVA";
        UUID caseA = UUID.randomUUID(), caseB = UUID.randomUUID(), a = UUID.randomUUID(), b = UUID.randomUUID();
        Events.caseOpened(caseA, "IMMIGRATION_CRIME", lva, "Bali", daysAgo(3));
        Events.custodyStarted(caseA, a, lva, "Bali", "IMMIGRATION_DETENTION", daysAgo(3));
        Events.caseOpened(caseB, "CRIMINAL", lva, "Bali", daysAgo(3));
        Events.custodyStarted(caseB, b, lva, "Bali", "ARREST", daysAgo(3));
        Events.custodyTransferred(caseA, a, lva, "Papua", daysAgo(2));
        Events.custodyEnded(caseB, b, lva, daysAgo(1));

        await().atMost(WAIT).untilAsserted(() -> assertEquals(Map.of("Papua", 1L),
                counts(get("/api/v1/custody/stats", Map.of("by", "province", "nationality", lva)), "count")));
        assertEquals(Map.of("IMMIGRATION_DETENTION", 1L),
                counts(get("/api/v1/custody/stats", Map.of("by", "custodyType", "nationality", lva)), "count"));
        assertEquals("custodyType", get("/api/v1/custody/stats", Map.of("by", "custodytype", "nationality", lva)).getString("by"));
        assertEquals(1, summary(lva).getLong("inCustody"));
        assertEquals(2.0, values(get("/api/v1/timeseries/custody-started", Map.of("nationality", lva))).stream().mapToDouble(Double::doubleValue).sum());
        List<Double> held = values(get("/api/v1/timeseries/in-custody", Map.of("nationality", lva)));
        assertEquals(1.0, held.get(held.size() - 1));
        assertEquals(2.0, held.get(held.size() - 3), "two held at the end of the day before the release");
    }

    @Test
    void complianceCountsOpenOverdueAndPromptNoticesWithTheirMedianDelay() {
        String ltu = "LTU";
        UUID caseId = UUID.randomUUID(), custody = UUID.randomUUID();
        Events.caseOpened(caseId, "CRIMINAL", ltu, "Sulawesi Utara", daysAgo(6));
        Events.custodyStarted(caseId, custody, ltu, "Sulawesi Utara", "ARREST", daysAgo(6));
        UUID[] o = new UUID[7];
        for (int i = 0; i < o.length; i++) {
            o[i] = UUID.randomUUID();
            // The last one's case is unknown to the dashboard: its province stays UNKNOWN.
            Events.obligationOpened(o[i], i == 6 ? UUID.randomUUID() : caseId, i == 6 ? null : custody, ltu, daysAgo(5));
        }
        for (int i = 0; i < 4; i++) {
            Events.regime(o[i], ltu, "MANDATORY", daysAgo(5));
        }
        Events.noticeSent(o[0], ltu, "INITIAL", 600, daysAgo(4));
        Events.noticeSent(o[0], ltu, "FOLLOW_UP", 9000, daysAgo(3)); // not a first notice
        Events.noticeSent(o[1], ltu, "INITIAL", 3000, daysAgo(4));
        Events.noticeSent(o[2], ltu, "INITIAL", 5000, daysAgo(3));
        Events.breached(o[3], ltu, "NOTIFICATION", daysAgo(2));
        Events.regime(o[4], ltu, "ON_REQUEST", daysAgo(5));
        Events.rightsAdvised(o[4], ltu, "NOTIFY_DECLINED", daysAgo(5));
        Events.regime(o[5], ltu, "ON_REQUEST", daysAgo(5));
        Events.rightsAdvised(o[5], ltu, "NOTIFY_DECLINED", daysAgo(5));
        Events.rightsAdvised(o[5], ltu, "NOTIFY_REQUESTED", daysAgo(4)); // a refusal withdrawn: a notice is owed again
        Events.regime(o[6], ltu, "SUPPRESSED", daysAgo(5));

        Map<String, String> byProvince = Map.of("by", "province", "nationality", ltu);
        await().atMost(WAIT).untilAsserted(() -> {
            JsonPath c = get("/api/v1/consular/compliance", byProvince);
            assertEquals(7, c.getLong("total.obligations"));
            assertEquals(3, c.getLong("total.noticesSent"));
            assertEquals(2, c.getLong("total.open"));
            assertEquals(1, c.getLong("total.overdue"));
            assertEquals(List.of("Sulawesi Utara", "UNKNOWN"), c.getList("rows.key"));
        });
        JsonPath c = get("/api/v1/consular/compliance", byProvince);
        assertEquals("ALL", c.getString("total.key"));
        assertEquals(1, c.getLong("total.within24h"));
        assertEquals(2, c.getLong("total.within72h"));
        assertEquals(1.0 / 3, c.getDouble("total.shareWithin24h"), 1e-6);
        assertEquals(2.0 / 3, c.getDouble("total.shareWithin72h"), 1e-6);
        assertEquals(3000.0, c.getDouble("total.medianDelayMinutes"), 1e-9);
        assertEquals(6, c.getLong("rows[0].obligations"));

        JsonPath s = summary(ltu);
        assertEquals(2, s.getLong("openObligations"));
        assertEquals(1, s.getLong("overdueNotifications"));
        assertEquals(3, s.getLong("compliance.noticesSent"));
        assertEquals(3000.0, s.getDouble("compliance.medianDelayMinutes"), 1e-9);
        assertEquals(2, get("/api/v1/summary", Map.of("nationality", ltu, "province", "Sulawesi Utara")).getLong("openObligations"));
        assertEquals(0, get("/api/v1/summary", Map.of("nationality", ltu, "province", "Bali")).getLong("openObligations"));

        JsonPath byMonth = get("/api/v1/consular/compliance", Map.of("by", "month", "nationality", ltu));
        assertTrue(byMonth.getString("rows[0].key").matches("\\d{4}-\\d{2}"));
        assertEquals(3.0, values(get("/api/v1/timeseries/notices-sent", Map.of("nationality", ltu))).stream().mapToDouble(Double::doubleValue).sum());
        assertEquals(7.0, values(get("/api/v1/timeseries/obligations-opened", Map.of("nationality", ltu))).stream().mapToDouble(Double::doubleValue).sum());
        assertEquals(1.0, values(get("/api/v1/timeseries/deadline-breaches", Map.of("nationality", ltu))).stream().mapToDouble(Double::doubleValue).sum());
        List<Double> share = values(get("/api/v1/timeseries/notices-within-72h-share", Map.of("nationality", ltu, "interval", "month")));
        assertTrue(share.stream().anyMatch(v -> v != null && v > 0), "a share where notices were sent");
        List<Double> empty = values(get("/api/v1/timeseries/notices-within-72h-share",
                Map.of("nationality", ltu, "from", "2020-01-01", "to", "2020-01-03")));
        assertEquals(3, empty.size());
        assertNull(empty.get(0), "no notice: no share");
    }

    @Test
    void consularServicesAreSummedByTypeInThePeriod() {
        String svk = "SVK";
        LocalDate today = Filters.today();
        Events.service(svk, "HOTLINE_CASE", 1, today.minusDays(2));
        Events.service(svk, "EVACUATION_ASSISTANCE", 12, today.minusDays(1));
        Events.service(svk, "FLIGHT_CLEARANCE", 2, today.minusDays(200)); // outside the default period

        await().atMost(WAIT).untilAsserted(() -> assertEquals(Map.of("EVACUATION_ASSISTANCE", 12L, "HOTLINE_CASE", 1L),
                counts(get("/api/v1/consular/services", Map.of("by", "type", "nationality", svk)), "count")));
        assertEquals(13, get("/api/v1/consular/services", Map.of("by", "nationality", "nationality", svk)).getLong("total"));
        assertEquals(13, summary(svk).getLong("consularServices"));
        assertEquals(15, get("/api/v1/consular/services", Map.of("nationality", svk, "from", today.minusDays(365).toString())).getLong("total"));
        assertEquals(13.0, values(get("/api/v1/timeseries/consular-services", Map.of("nationality", svk))).stream().mapToDouble(Double::doubleValue).sum());
    }

    @Test
    void welfareCountsEachReportAtItsLatestStatus() {
        String crisis = "TEST-" + UUID.randomUUID().toString().substring(0, 8);
        UUID r1 = UUID.randomUUID(), r2 = UUID.randomUUID(), r3 = UUID.randomUUID(), r4 = UUID.randomUUID();
        Events.welfare(r1, "SMR", crisis, "CONFIRMED", daysAgo(5));
        Events.welfare(r1, "SMR", crisis, "RECOVERED", daysAgo(2));
        Events.welfare(r2, "SMR", crisis, "CLOSE_CONTACT", daysAgo(4));
        Events.welfare(r3, "SMR", crisis, "CONFIRMED", daysAgo(3));
        Events.welfare(r4, "SMR", crisis, "DIED", daysAgo(1));
        Events.welfare(r4, "SMR", crisis, "CONFIRMED", daysAgo(6)); // an older change read late: ignored

        await().atMost(WAIT).untilAsserted(() -> {
            JsonPath w = get("/api/v1/consular/welfare", Map.of("crisis", crisis));
            assertEquals(Map.of("CONFIRMED", 1L, "RECOVERED", 1L, "CLOSE_CONTACT", 1L, "DIED", 1L), counts(w, "count"));
        });
        JsonPath w = get("/api/v1/consular/welfare", Map.of("crisis", crisis));
        assertEquals(crisis, w.getString("crisis"));
        assertEquals(4, w.getLong("total"));
    }

    @Test
    void reciprocityHighlightsShowEachCountrysLatestAssessmentMostUnfavourableFirstAndTheLatestCrossings() {
        Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Events.assessment("SVN", 0.3, t.minusSeconds(3600));
        UUID latest = Events.assessment("SVN", -0.5, t);
        Events.assessment("SVN", 0.9, t.minusSeconds(7200)); // computed earlier, read later: not the latest
        Events.assessment("HRV", -0.1, t);
        Events.thresholdCrossed("SVN", latest, -0.5, t);

        await().atMost(WAIT).untilAsserted(() -> {
            JsonPath h = get("/api/v1/reciprocity/highlights", Map.of("nationality", "SVN"));
            assertEquals(List.of(-0.5), h.getList("assessments.score", Double.class));
            assertEquals(1, h.getList("thresholdCrossings").size());
            assertEquals(1, get("/api/v1/reciprocity/highlights", Map.of("nationality", "HRV")).getList("assessments").size());
        });
        JsonPath h = get("/api/v1/reciprocity/highlights", Map.of("nationality", "SVN"));
        assertEquals("2026-Q4", h.getString("assessments[0].period"));
        assertEquals(0.75, h.getDouble("assessments[0].completeness"), 1e-9);
        assertEquals("COMPOSITE", h.getString("thresholdCrossings[0].measure"));
        assertEquals("DOWNWARD", h.getString("thresholdCrossings[0].direction"));
        List<String> order = get("/api/v1/reciprocity/highlights", Map.of()).getList("assessments.country");
        assertTrue(order.indexOf("SVN") < order.indexOf("HRV"), "most unfavourable first: " + order);
        assertTrue(get("/api/v1/reciprocity/highlights", Map.of()).getList("thresholdCrossings").size() <= 10);
    }

    @Test
    void anArrivalDeliveredTwiceCountsOnce() {
        String mlt = "MLT";
        UUID person = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        PersonArrived arrival = new PersonArrived(person, mlt, "M", "18-24", "DPS", "Bali", "VISA_FREE", daysAgo(1));
        Events.send(Topics.PRESENCE_EVENTS, person, eventId, EventTypes.PERSON_ARRIVED, arrival);
        Events.send(Topics.PRESENCE_EVENTS, person, eventId, EventTypes.PERSON_ARRIVED, arrival);
        // A later, distinct event on the same key proves the duplicate was already behind us when we look.
        Events.arrived(UUID.randomUUID(), mlt, "Bali", daysAgo(1));
        UUID marker = UUID.randomUUID();
        Events.send(Topics.PRESENCE_EVENTS, person, EventTypes.PERSON_ARRIVED,
                new PersonArrived(marker, mlt, "M", "18-24", "DPS", "Bali", "VISA_FREE", daysAgo(1)));

        await().atMost(WAIT).untilAsserted(() -> assertEquals(3, summary(mlt).getLong("arrivals")));
        assertEquals(3, summary(mlt).getLong("foreignersPresent"));
    }

    @Test
    void listAnswersComeAsCsvWhenAsked() {
        String mco = "MCO";
        Events.arrived(UUID.randomUUID(), mco, "Kepulauan Riau", daysAgo(1));
        await().atMost(WAIT).untilAsserted(() -> assertEquals(1, summary(mco).getLong("foreignersPresent")));

        String csv = as(ANALYST).accept("text/csv").queryParam("by", "province").queryParam("nationality", mco)
                .when().get("/api/v1/population").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"population-by-province.csv\""))
                .extract().asString();
        assertEquals("key,count\r\nKepulauan Riau,1\r\n", csv);
        String series = as(ANALYST).accept("text/csv").queryParam("from", "2020-01-01").queryParam("to", "2020-01-02")
                .queryParam("nationality", mco).when().get("/api/v1/timeseries/arrivals").then().statusCode(200).extract().asString();
        assertEquals("date,value\r\n2020-01-01,0.0\r\n2020-01-02,0.0\r\n", series);
        as(ANALYST).accept("text/csv").when().get("/api/v1/consular/compliance").then().statusCode(200)
                .body(startsWith("key,obligations,open,overdue,noticesSent,within24h,within72h,shareWithin24h,shareWithin72h,medianDelayMinutes\r\n"));
        as(ANALYST).when().get("/api/v1/cases/stats").then().statusCode(200).contentType(startsWith("application/json"));
    }

    @Test
    void badFiltersAreProblemsNamingTheParameter() {
        Map<String, Map<String, String>> bad = Map.of(
                "nationality", Map.of("nationality", "aus"),
                "province", Map.of("province", "Atlantis"),
                "from", Map.of("from", "2026-11-20", "to", "2026-11-01"),
                "to", Map.of("to", "yesterday"),
                "by", Map.of("by", "religion"));
        bad.forEach((field, params) -> as(ANALYST).queryParams(params).when().get(field.equals("from") || field.equals("to") ? "/api/v1/summary" : "/api/v1/population").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo(field)));
        as(ANALYST).queryParam("open", "maybe").when().get("/api/v1/cases/stats").then().statusCode(400)
                .body("errors[0].field", equalTo("open"));
        as(ANALYST).queryParam("nationality", "ZZZ").when().get("/api/v1/summary").then().statusCode(400)
                .body("errors[0].field", equalTo("nationality"));
    }
}
