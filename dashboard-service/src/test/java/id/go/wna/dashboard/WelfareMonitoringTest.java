package id.go.wna.dashboard;

import id.go.wna.dashboard.domain.Filters;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.wna.infra.test.Api.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The welfare-monitoring panel's figures from real WelfareStatusChanged events: how many reports reached each status
 * in the period, as Kemlu reports its Covid-19 monitoring. Each test has its own crisis code.
 */
@QuarkusTest
class WelfareMonitoringTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String PATH = "/api/v1/consular/welfare/monitoring";
    private static final List<String> STATUSES = List.of("closeContact", "confirmed", "recovered", "returnedToHomeCountry", "died");

    private static Instant daysAgo(long days) {
        return Instant.now().minus(days, ChronoUnit.DAYS);
    }

    private static String crisis() {
        return "TEST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }

    private static JsonPath get(String role, String path, Map<String, ?> params) {
        return as(role).queryParams(params).when().get(path).then().statusCode(200).extract().jsonPath();
    }

    /** A row's persons and status counts, in the order of {@link #STATUSES}; null where withheld. */
    private static List<Long> cells(JsonPath answer, String row) {
        List<Long> out = new java.util.ArrayList<>();
        for (String field : java.util.stream.Stream.concat(java.util.stream.Stream.of("persons"), STATUSES.stream()).toList()) {
            Number n = answer.get(row + "." + field);
            out.add(n == null ? null : n.longValue());
        }
        return out;
    }

    private static String row(JsonPath answer, String key) {
        List<String> keys = answer.getList("rows.key");
        assertTrue(keys.contains(key), key + " in " + keys);
        return "rows[" + keys.indexOf(key) + "]";
    }

    @Test
    void eachReportCountsOncePerStatusItReachedInThePeriodAsKemluReportsItsMonitoring() {
        String crisis = crisis();
        UUID r1 = UUID.randomUUID(), r2 = UUID.randomUUID(), r3 = UUID.randomUUID(), r4 = UUID.randomUUID(), r5 = UUID.randomUUID();
        // r1 confirmed, recovered and gone home: counts in four statuses.
        Events.welfare(r1, "AND", "Bali", crisis, "CLOSE_CONTACT", daysAgo(10));
        Events.welfare(r1, "AND", "Bali", crisis, "CONFIRMED", daysAgo(8));
        Events.welfare(r1, "AND", "Bali", crisis, "RECOVERED", daysAgo(5));
        Events.welfare(r1, "AND", "Bali", crisis, "RETURNED_TO_HOME_COUNTRY", daysAgo(2));
        Events.welfare(r2, "AND", "Bali", crisis, "CLOSE_CONTACT", daysAgo(9));
        Events.welfare(r2, "AND", "Bali", crisis, "CONFIRMED", daysAgo(7));
        Events.welfare(r2, "AND", "Bali", crisis, "DIED", daysAgo(3));
        Events.welfare(r3, "AND", "Bali", crisis, "CLOSE_CONTACT", daysAgo(6));
        // r4 recovered, exposed and infected again: confirmed once, close contact once.
        Events.welfare(r4, "AND", "Bali", crisis, "CONFIRMED", daysAgo(4));
        Events.welfare(r4, "AND", "Bali", crisis, "RECOVERED", daysAgo(3));
        Events.welfare(r4, "AND", "Bali", crisis, "CLOSE_CONTACT", daysAgo(2));
        Events.welfare(r4, "AND", "Bali", crisis, "CONFIRMED", daysAgo(1));
        // r5 became a close contact long before the default period (the 90 days ending today), confirmed inside it.
        Events.welfare(r5, "BHS", "Jawa Timur", crisis, "CLOSE_CONTACT", daysAgo(200));
        Events.welfare(r5, "BHS", "Jawa Timur", crisis, "CONFIRMED", daysAgo(3));
        // r3's first change, read late: the first time it was reached counts, so r3 leaves a period starting after it.
        Events.welfare(r3, "AND", "Bali", crisis, "CLOSE_CONTACT", daysAgo(20));

        Map<String, String> all = Map.of("crisis", crisis);
        await().atMost(WAIT).untilAsserted(() ->
                assertEquals(List.of(5L, 4L, 4L, 2L, 1L, 1L), cells(get("joint-analyst", PATH, all), "total")));
        JsonPath byNationality = get("joint-analyst", PATH, all);
        assertEquals("nationality", byNationality.getString("by"));
        assertFalse(byNationality.getBoolean("suppressed"));
        assertEquals(List.of("AND", "BHS"), byNationality.getList("rows.key"), "most persons first");
        assertEquals(List.of(4L, 4L, 3L, 2L, 1L, 1L), cells(byNationality, row(byNationality, "AND")));
        assertEquals(List.of(1L, 0L, 1L, 0L, 0L, 0L), cells(byNationality, row(byNationality, "BHS")));

        // The filters: a period reaching back to r5's close contact, a nationality, a province, a period after r3's.
        String yearAgo = Filters.today().minusDays(365).toString();
        assertEquals(List.of(1L, 1L, 1L, 0L, 0L, 0L), cells(get("joint-analyst", PATH,
                Map.of("crisis", crisis, "nationality", "BHS", "from", yearAgo)), "total"));
        JsonPath byProvince = get("joint-analyst", PATH, Map.of("crisis", crisis, "by", "province", "province", "Jawa Timur"));
        assertEquals(List.of("Jawa Timur"), byProvince.getList("rows.key"));
        assertEquals(List.of(1L, 0L, 1L, 0L, 0L, 0L), cells(byProvince, "total"));
        String fifteenDaysAgo = Filters.dayOf(daysAgo(15)).toString();
        assertEquals(List.of(3L, 3L, 3L, 2L, 1L, 1L), cells(get("joint-analyst", PATH,
                Map.of("crisis", crisis, "nationality", "AND", "from", fifteenDaysAgo)), "total"));
    }

    @Test
    void theSeriesCountsEachStatusInTheIntervalInWhichItWasFirstReached() {
        String crisis = crisis();
        UUID a = UUID.randomUUID(), b = UUID.randomUUID();
        Instant contact = daysAgo(12), confirmed = daysAgo(6), died = daysAgo(2);
        Events.welfare(a, "BRB", "Bali", crisis, "CLOSE_CONTACT", contact);
        Events.welfare(a, "BRB", "Bali", crisis, "CONFIRMED", confirmed);
        Events.welfare(a, "BRB", "Bali", crisis, "DIED", died);
        Events.welfare(b, "BRB", "Bali", crisis, "CLOSE_CONTACT", contact);

        String series = PATH + "/series";
        LocalDate from = Filters.today().minusDays(29);
        Map<String, String> params = Map.of("crisis", crisis, "interval", "day", "from", from.toString());
        await().atMost(WAIT).untilAsserted(() -> assertEquals(1, ((Number) get("joint-analyst", series, params)
                .param("d", Filters.dayOf(died).toString()).get("points.find { it.date == d }.died")).intValue()));
        JsonPath days = get("joint-analyst", series, params);
        assertEquals(30, days.getList("points").size(), "one point per day, zero-filled");
        assertEquals(2, ((Number) days.param("d", Filters.dayOf(contact).toString()).get("points.find { it.date == d }.closeContact")).intValue());
        assertEquals(1, ((Number) days.param("d", Filters.dayOf(confirmed).toString()).get("points.find { it.date == d }.confirmed")).intValue());
        assertEquals(2L, days.getList("points.closeContact", Long.class).stream().mapToLong(Long::longValue).sum());
        assertEquals(1L, days.getList("points.died", Long.class).stream().mapToLong(Long::longValue).sum());

        // By month the same reports, in fewer points; the totals do not change with the interval.
        JsonPath months = get("joint-analyst", series, Map.of("crisis", crisis, "interval", "month", "from", from.toString()));
        assertEquals(2L, months.getList("points.closeContact", Long.class).stream().mapToLong(Long::longValue).sum());
        assertEquals(from.withDayOfMonth(1).toString(), months.getString("points[0].date"));
    }

    @Test
    void partnerAgenciesGetTheSharedViewWithCountsFrom1To4Withheld() {
        String crisis = crisis();
        for (int i = 0; i < 5; i++) {
            Events.welfare(UUID.randomUUID(), "BRB", "Bali", crisis, "CLOSE_CONTACT", daysAgo(3));
        }
        UUID confirmed = UUID.randomUUID();
        Events.welfare(confirmed, "AND", "Bali", crisis, "CLOSE_CONTACT", daysAgo(3));
        Events.welfare(confirmed, "AND", "Bali", crisis, "CONFIRMED", daysAgo(2));
        Map<String, String> params = Map.of("crisis", crisis);
        await().atMost(WAIT).untilAsserted(() -> assertEquals(6L, get("joint-analyst", PATH, params).getLong("total.persons")));

        JsonPath full = get("joint-analyst", PATH, params);
        assertEquals(List.of(1L, 1L, 1L, 0L, 0L, 0L), cells(full, row(full, "AND")));

        JsonPath shared = get("partner-agency", PATH, params);
        assertTrue(shared.getBoolean("suppressed"));
        assertEquals(java.util.Arrays.asList(5L, 5L, 0L, 0L, 0L, 0L), cells(shared, row(shared, "BRB")), "5 and 0 are shown");
        assertEquals(java.util.Arrays.asList(null, null, null, 0L, 0L, 0L), cells(shared, row(shared, "AND")), "1 to 4 are withheld");
        assertEquals(java.util.Arrays.asList(6L, 6L, null, 0L, 0L, 0L), cells(shared, "total"));
        JsonPath sharedSeries = get("partner-agency", PATH + "/series", Map.of("crisis", crisis, "interval", "month"));
        assertTrue(sharedSeries.getBoolean("suppressed"));
        assertTrue(sharedSeries.getList("points.confirmed").stream().allMatch(v -> v == null || ((Number) v).longValue() == 0
                || ((Number) v).longValue() >= 5), "no small cell in the shared series: " + sharedSeries.getList("points.confirmed"));
    }

    @Test
    void theFiguresDownloadAsCsvWithOneColumnPerStatus() {
        String crisis = crisis();
        UUID r = UUID.randomUUID();
        Events.welfare(r, "AND", "Bali", crisis, "CONFIRMED", daysAgo(4));
        Events.welfare(r, "AND", "Bali", crisis, "RECOVERED", daysAgo(1));
        await().atMost(WAIT).untilAsserted(() -> assertEquals(1L, get("joint-analyst", PATH, Map.of("crisis", crisis)).getLong("total.recovered")));

        String csv = as("joint-analyst").accept("text/csv").queryParam("crisis", crisis).when().get(PATH).then().statusCode(200)
                .header("Content-Disposition", startsWith("attachment; filename=\"welfare-monitoring-" + crisis + "-by-nationality.csv"))
                .extract().asString();
        assertEquals("key,persons,closeContact,confirmed,recovered,returnedToHomeCountry,died\r\nAND,1,0,1,1,0,0\r\n", csv);
        String series = as("joint-analyst").accept("text/csv").queryParams(new LinkedHashMap<>(Map.of("crisis", crisis, "interval", "week")))
                .when().get(PATH + "/series").then().statusCode(200).extract().asString();
        assertTrue(series.startsWith("date,closeContact,confirmed,recovered,returnedToHomeCountry,died\r\n"), series);
    }

    @Test
    void anUnknownDimensionOrIntervalIsA400NamingTheParameter() {
        as("joint-analyst").queryParam("by", "status").when().get(PATH).then().statusCode(400)
                .body(org.hamcrest.Matchers.containsString("by"));
        as("joint-analyst").queryParam("interval", "year").when().get(PATH + "/series").then().statusCode(400)
                .body(org.hamcrest.Matchers.containsString("interval"));
    }
}
