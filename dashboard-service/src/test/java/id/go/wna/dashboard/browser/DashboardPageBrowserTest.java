package id.go.wna.dashboard.browser;

import id.go.wna.infra.test.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import static id.go.wna.infra.test.Api.as;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The JWNA web page at {@code /} in headless Chromium, against the real service: real events on the real broker,
 * projected into PostgreSQL, read by the page through the API with a real token.
 */
@QuarkusTest
class DashboardPageBrowserTest {

    /** Nationalities and provinces of this class's events (codes other tests of this module do not use). */
    private static final String[] NATIONALITIES = {"NPL", "KEN", "BOL", "URY", "FJI", "MNG", "LKA", "PER", "CHL", "PRY", "GHA", "SEN"};
    private static final String[] PROVINCES = {"Bali", "DKI Jakarta", "Kepulauan Riau", "Jawa Barat", "Jawa Timur", "Sumatera Utara",
            "Sulawesi Utara", "Nusa Tenggara Barat", "Papua", "DI Yogyakarta", "Kalimantan Timur", "Maluku"};
    private static final String FILTERED = "KEN";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private static HeadlessChromium browser;
    private static boolean seeded;

    @TestHTTPResource("/")
    URL page;

    @BeforeEach
    void openBrowserAndSeedOnce() {
        HeadlessChromium.assumeInstalled();
        if (browser == null) {
            browser = HeadlessChromium.start();
        }
        if (!seeded) {
            seed();
            seeded = true;
        }
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    /** A few weeks of arrivals, cases, detentions with their consular notices (one overdue) and consular services. */
    private static void seed() {
        Random random = new Random(8);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try (DashboardEvents events = new DashboardEvents()) {
            for (int i = 0; i < 160; i++) {
                String nationality = NATIONALITIES[Math.min(NATIONALITIES.length - 1, (int) Math.abs(random.nextGaussian() * 4))];
                String province = PROVINCES[Math.min(PROVINCES.length - 1, (int) Math.abs(random.nextGaussian() * 4))];
                events.personArrived(nationality, province, now.minus(Duration.ofHours(2 + random.nextInt(80 * 24))));
            }
            String[] kinds = {"IMMIGRATION_CRIME", "ADMINISTRATIVE_ACTION", "ADMINISTRATIVE_ACTION", "CRIMINAL", "CIVIL"};
            for (int i = 0; i < 10; i++) {
                events.caseOpened(kinds[i % kinds.length], NATIONALITIES[i % 5], PROVINCES[i % 6], now.minus(Duration.ofDays(3L * i + 1)));
            }
            int[] delays = {300, 900, 1500, 2400, 3600, 4000, 5200, 700, 1100};
            for (int week = 0; week < 10; week++) {
                String nationality = NATIONALITIES[week % 6];
                Instant triggered = now.minus(Duration.ofDays(7L * week + 4));
                String[] custody = events.custodyStarted(nationality, PROVINCES[week % 5], triggered);
                String obligation = events.obligationOpened(custody, nationality, triggered);
                if (week < delays.length) {
                    events.noticeSent(obligation, nationality, triggered, delays[week]);
                } else {
                    events.notificationDeadlineBreached(obligation, nationality, triggered);
                }
            }
            String[] services = {"HOTLINE_CASE", "HOTLINE_CASE", "EVACUATION_ASSISTANCE", "FLIGHT_CLEARANCE", "EXIT_PERMIT_ONLY",
                    "DIPLOMATIC_STAY_PERMIT", "HOTLINE_CASE", "HUMANITARIAN_DISCRETION", "OTHER", "SERVICE_STAY_PERMIT"};
            for (int i = 0; i < services.length; i++) {
                events.consularService(services[i], NATIONALITIES[i % 4], 1 + random.nextInt(6), now.minus(Duration.ofDays(5L * i + 1)));
            }
            // Covid-19 welfare monitoring: close contacts, some confirmed, recovered and gone home, one died.
            String[][] paths = {{"CLOSE_CONTACT"}, {"CLOSE_CONTACT", "CONFIRMED"}, {"CLOSE_CONTACT", "CONFIRMED", "RECOVERED"},
                    {"CLOSE_CONTACT", "CONFIRMED", "RECOVERED", "RETURNED_TO_HOME_COUNTRY"}, {"CLOSE_CONTACT", "RETURNED_TO_HOME_COUNTRY"},
                    {"CLOSE_CONTACT", "CONFIRMED", "DIED"}};
            for (int i = 0; i < 24; i++) {
                events.welfare(NATIONALITIES[i % 3], PROVINCES[i % 4], now.minus(Duration.ofDays(5L + 2L * i)), paths[i % paths.length]);
            }
        }
        // The last events of the batch are applied: the projections have caught up with the seed.
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() ->
                assertTrue(as("joint-analyst").queryParam("by", "type").when().get("/api/v1/consular/services")
                        .then().statusCode(200).extract().jsonPath().getLong("total") > 0, "consular services projected"));
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() ->
                assertTrue(population("nationality", FILTERED, null) > 0, "arrivals of " + FILTERED + " projected"));
        for (String nationality : List.of(NATIONALITIES[0], NATIONALITIES[1], NATIONALITIES[2])) {
            await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() -> assertEquals(8,
                    welfare(null, null, nationality).getLong("total.closeContact"), "welfare reports of " + nationality + " projected"));
        }
    }

    // --- page helpers ------------------------------------------------------------------------------------------------

    /** Opens the page afresh (no token, Indonesian) and signs in with a token of {@code role}. */
    private void signIn(String role) {
        openSignedOut();
        type(TestTokens.forRole(role));
    }

    private void openSignedOut() {
        browser.driver.get(page.toString());
        browser.js("sessionStorage.clear(); localStorage.clear();");
        browser.driver.navigate().refresh();
        await().atMost(PATIENCE).until(() -> browser.driver.findElement(By.id("login")).isDisplayed());
    }

    private void type(String token) {
        WebElement field = browser.driver.findElement(By.id("token"));
        browser.js("arguments[0].value = arguments[1]", field, token.substring(0, token.length() - 1));
        field.sendKeys(token.substring(token.length() - 1));
        browser.driver.findElement(By.id("login-submit")).click();
    }

    private void awaitDashboard() {
        await().atMost(PATIENCE).ignoreExceptions().until(() -> browser.driver.findElement(By.id("main")).isDisplayed()
                && !browser.driver.findElement(By.id("live-status")).getAttribute("data-version").isEmpty()
                && chart("chart-nationality") != null);
    }

    private String tileValue(String tileId) {
        return browser.driver.findElement(By.cssSelector("#" + tileId + " .kpi-value")).getAttribute("data-value");
    }

    private String tileText(String tileId) {
        return browser.driver.findElement(By.cssSelector("#" + tileId + " .kpi-value")).getText();
    }

    /** Labels (lines joined) and first dataset of the Chart.js chart drawn on a canvas, or null. */
    @SuppressWarnings("unchecked")
    private Map<String, List<Object>> chart(String canvasId) {
        return (Map<String, List<Object>>) browser.js("""
                const c = Chart.getChart(document.getElementById(arguments[0]));
                if (!c) return null;
                return { labels: c.data.labels.map(l => Array.isArray(l) ? l.join(' ') : String(l)),
                         data: c.data.datasets[0].data.map(v => v == null ? null : Number(v)) };""", canvasId);
    }

    private String value(String cssSelector) {
        return browser.driver.findElement(By.cssSelector(cssSelector)).getAttribute("value");
    }

    // --- API helpers -------------------------------------------------------------------------------------------------

    private JsonPath summary(String nationality) {
        var request = as("joint-analyst").queryParam("from", value("#filter-from")).queryParam("to", value("#filter-to"));
        if (nationality != null) {
            request.queryParam("nationality", nationality);
        }
        return request.when().get("/api/v1/summary").then().statusCode(200).extract().jsonPath();
    }

    private static long population(String by, String key, String nationality) {
        var request = as("joint-analyst").queryParam("by", by);
        if (nationality != null) {
            request.queryParam("nationality", nationality);
        }
        JsonPath p = request.when().get("/api/v1/population").then().statusCode(200).extract().jsonPath();
        Number n = p.param("k", key).get("counts.find { it.key == k }.count");
        return n == null ? 0 : n.longValue();
    }

    /** The welfare panel's figures for the page's period, for one nationality or all. */
    private JsonPath welfare(String nationality) {
        return welfare(value("#filter-from"), value("#filter-to"), nationality);
    }

    private static JsonPath welfare(String from, String to, String nationality) {
        var request = as("joint-analyst");
        if (from != null) {
            request.queryParam("from", from).queryParam("to", to);
        }
        if (nationality != null) {
            request.queryParam("nationality", nationality);
        }
        return request.when().get("/api/v1/consular/welfare/monitoring").then().statusCode(200).extract().jsonPath();
    }

    /** The statuses of the panel's total, as the chart orders them. */
    private static List<Long> welfareTotals(JsonPath answer) {
        List<Long> out = new ArrayList<>();
        for (String k : List.of("closeContact", "confirmed", "recovered", "returnedToHomeCountry", "died")) {
            out.add(((Number) answer.get("total." + k)).longValue());
        }
        return out;
    }

    /** The welfare chart's bars as whole numbers (the driver hands numbers back as Long or Double). */
    private List<Long> welfareBars() {
        return chart("chart-welfare").get("data").stream().map(v -> ((Number) v).longValue()).toList();
    }

    private static String raw(Object number) {
        if (number == null) {
            return "";
        }
        double d = ((Number) number).doubleValue();
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    /** The tiles agree with one summary the page showed (its data-version), read before and after the page. */
    private void assertTilesShowTheSummary(String nationality) {
        await().atMost(PATIENCE).ignoreExceptions().untilAsserted(() -> {
            JsonPath before = summary(nationality);
            String version = browser.driver.findElement(By.id("live-status")).getAttribute("data-version");
            Map<String, String> tiles = Map.of(
                    "kpi-present", tileValue("kpi-present"), "kpi-open-cases", tileValue("kpi-open-cases"),
                    "kpi-in-custody", tileValue("kpi-in-custody"), "kpi-overdue", tileValue("kpi-overdue"),
                    "kpi-compliance", tileValue("kpi-compliance"));
            JsonPath after = summary(nationality);
            assertEquals(before.getString("version"), after.getString("version"), "the figures moved while reading");
            assertEquals(before.getString("version"), version, "the page shows the current summary version");
            assertEquals(raw(before.get("foreignersPresent")), tiles.get("kpi-present"));
            assertEquals(raw(before.get("openCases")), tiles.get("kpi-open-cases"));
            assertEquals(raw(before.get("inCustody")), tiles.get("kpi-in-custody"));
            assertEquals(raw(before.get("overdueNotifications")), tiles.get("kpi-overdue"));
            Object share = before.get("compliance.shareWithin72h");
            if (share == null) {
                assertEquals("", tiles.get("kpi-compliance"));
            } else {
                // rest-assured reads JSON numbers as float: compare to float precision.
                assertEquals(((Number) share).doubleValue(), Double.parseDouble(tiles.get("kpi-compliance")), 1e-6);
            }
        });
    }

    // --- the behaviours ------------------------------------------------------------------------------------------------

    @Test
    void thePageLoadsAndTheKpiTilesShowTheFiguresOfTheSummary() {
        signIn("joint-analyst");
        awaitDashboard();
        assertTilesShowTheSummary(null);
        assertTrue(Long.parseLong(tileValue("kpi-present")) > 0, "foreigners are present");
        assertTrue(Long.parseLong(tileValue("kpi-in-custody")) > 0, "people are in custody");
        // Every chart is drawn, labelled, and has its data table and CSV button.
        for (String canvas : List.of("chart-population-trend", "chart-nationality", "chart-compliance", "chart-services")) {
            assertTrue(chart(canvas) != null, canvas + " drawn");
            WebElement el = browser.driver.findElement(By.id(canvas));
            assertEquals("img", el.getAttribute("role"));
            assertFalse(el.getAttribute("aria-label").isBlank(), canvas + " has a summary label");
            WebElement section = el.findElement(By.xpath("ancestor::section"));
            assertFalse(section.findElements(By.cssSelector("details table")).isEmpty(), canvas + " has a data table");
            assertFalse(section.findElements(By.cssSelector("button[data-csv]")).isEmpty(), canvas + " has a CSV button");
        }
        assertEquals(38, browser.driver.findElements(By.cssSelector("#province-grid button[aria-label]")).size());
        Path shot = browser.fullPageScreenshot("dashboard.png");
        assertTrue(Files.exists(shot));
    }

    @Test
    void choosingANationalityFilterChangesTheNationalityChartAndTheTiles() {
        signIn("joint-analyst");
        awaitDashboard();
        await().atMost(PATIENCE).until(() -> chart("chart-nationality").get("labels").size() > 1);
        String presentAll = tileValue("kpi-present");

        new Select(browser.driver.findElement(By.id("filter-nationality"))).selectByValue(FILTERED);

        await().atMost(PATIENCE).ignoreExceptions().untilAsserted(() -> {
            Map<String, List<Object>> nationality = chart("chart-nationality");
            assertEquals(1, nationality.get("labels").size(), "only the chosen nationality: " + nationality);
            assertTrue(String.valueOf(nationality.get("labels").get(0)).contains("(" + FILTERED + ")"), nationality.toString());
            assertEquals(population("nationality", FILTERED, FILTERED), ((Number) nationality.get("data").get(0)).longValue());
        });
        assertTilesShowTheSummary(FILTERED);
        assertNotEquals(presentAll, tileValue("kpi-present"), "the tile counts only " + FILTERED);
        assertEquals(FILTERED, value("#filter-nationality"));
    }

    @Test
    void theLanguageToggleSwitchesLabelsNumbersAndChartLabels() {
        signIn("joint-analyst");
        awaitDashboard();
        await().atMost(PATIENCE).until(() -> !chart("chart-services").get("labels").isEmpty());
        WebElement present = browser.driver.findElement(By.cssSelector("#kpi-present h3"));
        assertEquals("Orang asing hadir", present.getText());
        assertEquals("id", browser.js("return document.documentElement.lang"));
        assertTrue(chart("chart-services").get("labels").contains("Kasus hotline"), chart("chart-services").toString());
        browser.fullPageScreenshot("dashboard-id.png");

        browser.driver.findElement(By.id("lang-en")).click();

        assertEquals("Foreigners present", present.getText());
        assertEquals("Open cases", browser.driver.findElement(By.cssSelector("#kpi-open-cases h3")).getText());
        assertEquals("en", browser.js("return document.documentElement.lang"));
        assertEquals("true", browser.driver.findElement(By.id("lang-en")).getAttribute("aria-pressed"));
        assertEquals("false", browser.driver.findElement(By.id("lang-id")).getAttribute("aria-pressed"));
        assertTrue(chart("chart-services").get("labels").contains("Hotline case"), chart("chart-services").toString());
        assertTrue(browser.driver.findElement(By.id("h-trend")).getText().startsWith("Foreigners present"));
        // Numbers follow en-GB (1,234) instead of id-ID (1.234).
        String formatted = (String) browser.js("return new Intl.NumberFormat('en-GB').format(Number(arguments[0]))", tileValue("kpi-present"));
        assertEquals(formatted, tileText("kpi-present"));
        browser.fullPageScreenshot("dashboard-en.png");

        browser.driver.findElement(By.id("lang-id")).click();
        assertEquals("Orang asing hadir", present.getText());
        String formattedId = (String) browser.js("return new Intl.NumberFormat('id-ID').format(Number(arguments[0]))", tileValue("kpi-present"));
        assertEquals(formattedId, tileText("kpi-present"));
    }

    @Test
    void theWelfarePanelShowsTheStatusesReachedAndTheNationalityFilterChangesThem() {
        signIn("joint-analyst");
        awaitDashboard();
        await().atMost(PATIENCE).ignoreExceptions().untilAsserted(() ->
                assertEquals(welfareTotals(welfare(null)), welfareBars()));
        List<Long> all = welfareBars();
        assertTrue(all.get(0) >= 24, "every report of this class was a close contact: " + all);
        assertEquals(List.of("Kontak erat", "Terkonfirmasi", "Sembuh", "Kembali ke negaranya", "Meninggal"), chart("chart-welfare").get("labels"));
        assertFalse(chart("chart-welfare-trend").get("labels").isEmpty(), "the series over time is drawn");
        String table = browser.driver.findElement(By.cssSelector("#section-welfare details")).getAttribute("textContent");
        assertTrue(table.contains("Kontak erat") && table.contains("Jumlah"), table);

        new Select(browser.driver.findElement(By.id("filter-nationality"))).selectByValue(FILTERED);

        await().atMost(PATIENCE).ignoreExceptions().untilAsserted(() ->
                assertEquals(welfareTotals(welfare(FILTERED)), welfareBars()));
        assertEquals(8L, welfareBars().get(0), "the close contacts of " + FILTERED + " only");
        assertNotEquals(all, welfareBars());

        browser.driver.findElement(By.id("lang-en")).click();
        assertEquals(List.of("Close contacts", "Confirmed", "Recovered", "Returned home", "Died"), chart("chart-welfare").get("labels"));
        assertTrue(browser.driver.findElement(By.id("h-welfare")).getText().startsWith("Welfare monitoring"));
        browser.fullPageScreenshot("dashboard-welfare-en.png");
    }

    @Test
    void theWelfareCsvButtonDownloadsOneColumnPerStatus() {
        signIn("joint-analyst");
        awaitDashboard();
        browser.js("""
                window.__csv = null;
                const original = URL.createObjectURL;
                URL.createObjectURL = blob => { blob.text().then(text => window.__csv = { type: blob.type, text }); return original.call(URL, blob); };""");

        browser.driver.findElement(By.cssSelector("#section-welfare button[data-csv='welfare']")).click();

        await().atMost(PATIENCE).until(() -> browser.js("return window.__csv") != null);
        @SuppressWarnings("unchecked")
        Map<String, Object> csv = (Map<String, Object>) browser.js("return window.__csv");
        assertTrue(String.valueOf(csv.get("type")).startsWith("text/csv"), csv.toString());
        String[] lines = String.valueOf(csv.get("text")).strip().split("\r?\n");
        assertEquals("key,persons,closeContact,confirmed,recovered,returnedToHomeCountry,died", lines[0]);
        assertTrue(Stream.of(lines).anyMatch(l -> l.startsWith(FILTERED + ",8,8,")), String.join("\n", lines));
    }

    @Test
    void aNewEventOnTheBrokerShowsUpInATileWithoutAReload() {
        signIn("joint-analyst");
        awaitDashboard();
        assertTilesShowTheSummary(null);
        browser.js("window.__sameDocument = 'still here'");
        long inCustody = Long.parseLong(tileValue("kpi-in-custody"));
        String version = browser.driver.findElement(By.id("live-status")).getAttribute("data-version");

        try (DashboardEvents events = new DashboardEvents()) {
            events.custodyStarted("GHA", "Bali", Instant.now());
        }

        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> Long.parseLong(tileValue("kpi-in-custody")) == inCustody + 1);
        assertEquals("still here", browser.js("return window.__sameDocument"), "the page was not reloaded");
        assertNotEquals(version, browser.driver.findElement(By.id("live-status")).getAttribute("data-version"));
    }

    @Test
    void theCsvButtonDownloadsTheTableAsCsv() throws Exception {
        signIn("joint-analyst");
        awaitDashboard();
        try (Stream<Path> old = Files.list(browser.downloads)) {
            old.forEach(p -> p.toFile().delete());
        }
        // Keep a copy of what the page hands to the download.
        browser.js("""
                window.__csv = null;
                const original = URL.createObjectURL;
                URL.createObjectURL = blob => { blob.text().then(text => window.__csv = { type: blob.type, text }); return original.call(URL, blob); };""");

        browser.driver.findElement(By.cssSelector("#section-nationality button[data-csv]")).click();

        await().atMost(PATIENCE).until(() -> browser.js("return window.__csv") != null);
        @SuppressWarnings("unchecked")
        Map<String, Object> csv = (Map<String, Object>) browser.js("return window.__csv");
        assertTrue(String.valueOf(csv.get("type")).startsWith("text/csv"), csv.toString());
        String text = String.valueOf(csv.get("text"));
        String[] lines = text.strip().split("\r?\n");
        assertTrue(lines[0].contains("key") && lines[0].contains("count"), "header row: " + lines[0]);
        assertTrue(Stream.of(lines).anyMatch(l -> l.startsWith(FILTERED + ",") || l.startsWith("\"" + FILTERED + "\",")), text);
        // And Chromium saved it as a file.
        await().atMost(PATIENCE).until(() -> {
            try (Stream<Path> files = Files.list(browser.downloads)) {
                return files.anyMatch(p -> p.toString().endsWith(".csv"));
            }
        });
        try (Stream<Path> files = Files.list(browser.downloads)) {
            Path file = files.filter(p -> p.toString().endsWith(".csv")).findFirst().orElseThrow();
            assertEquals(text, Files.readString(file, StandardCharsets.UTF_8));
        }
    }

    @Test
    void theKeyboardReachesTheFiltersAndTheProvinceTiles() {
        signIn("joint-analyst");
        awaitDashboard();
        // Start where a person would: a click on the page title, then only the keyboard.
        new Actions(browser.driver).moveToElement(browser.driver.findElement(By.cssSelector("header h1"))).click().perform();
        Set<String> reached = new LinkedHashSet<>();
        List<String> outlines = new ArrayList<>();
        Actions keys = new Actions(browser.driver);
        for (int i = 0; i < 90 && !reached.contains("province:Bali"); i++) {
            keys.sendKeys(Keys.TAB).perform();
            @SuppressWarnings("unchecked")
            Map<String, String> focus = (Map<String, String>) browser.js("""
                    const e = document.activeElement, s = getComputedStyle(e);
                    return { id: e.id || '', province: e.dataset.province || '', outline: s.outlineStyle + ' ' + s.outlineWidth };""");
            reached.add(focus.get("province").isEmpty() ? focus.get("id") : "province:" + focus.get("province"));
            outlines.add(focus.get("id") + focus.get("province") + ": " + focus.get("outline"));
        }
        for (String id : List.of("lang-id", "lang-en", "print-report", "filter-from", "filter-to", "filter-nationality", "filter-province", "filter-apply")) {
            assertTrue(reached.contains(id), id + " reached by Tab: " + reached);
        }
        assertTrue(reached.contains("province:Aceh") && reached.contains("province:Bali"), "province tiles reached by Tab: " + reached);
        assertTrue(outlines.stream().allMatch(o -> o.contains(": solid")), "focus is visible on every stop: " + outlines);

        // Enter on the focused province tile filters the dashboard by it.
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        await().atMost(PATIENCE).until(() -> "Bali".equals(value("#filter-province")));
        WebElement bali = browser.driver.findElement(By.cssSelector("#province-grid button[data-province='Bali']"));
        assertEquals("true", bali.getAttribute("aria-pressed"));
        assertTrue(bali.getAttribute("aria-label").startsWith("Bali: "), bali.getAttribute("aria-label"));
    }

    @Test
    void thePrintReportShowsFiltersTilesChartsAndTablesWithoutTheControls() {
        signIn("joint-analyst");
        awaitDashboard();
        new Select(browser.driver.findElement(By.id("filter-province"))).selectByValue("Bali");
        await().atMost(PATIENCE).until(() -> "true".equals(browser.driver
                .findElement(By.cssSelector("#province-grid button[data-province='Bali']")).getAttribute("aria-pressed")));
        assertTrue(browser.driver.findElement(By.id("print-report")).isDisplayed());

        // What window.print() does before printing, then the print stylesheet.
        browser.js("window.dispatchEvent(new Event('beforeprint'))");
        browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            WebElement filters = browser.driver.findElement(By.id("print-filters"));
            assertTrue(filters.isDisplayed());
            assertTrue(filters.getText().startsWith("Saringan:") && filters.getText().contains("provinsi: Bali"), filters.getText());
            assertTrue(browser.driver.findElement(By.id("print-time")).getText().startsWith("Dicetak "));
            assertFalse(browser.driver.findElement(By.id("filters")).isDisplayed(), "no filter controls on paper");
            assertTrue(browser.driver.findElements(By.cssSelector("button[data-csv]")).stream().noneMatch(WebElement::isDisplayed));
            assertFalse(browser.driver.findElement(By.id("print-report")).isDisplayed());
            assertTrue(browser.driver.findElement(By.id("kpi-present")).isDisplayed());
            assertTrue(browser.driver.findElement(By.id("chart-compliance")).isDisplayed());
            assertTrue(browser.driver.findElements(By.cssSelector("details")).stream().allMatch(d -> d.getAttribute("open") != null),
                    "every data table is printed");
            browser.fullPageScreenshot("dashboard-print.png");
        } finally {
            browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            browser.js("window.dispatchEvent(new Event('afterprint'))");
        }
        assertTrue(browser.driver.findElements(By.cssSelector("details")).stream().noneMatch(d -> d.getAttribute("open") != null));
    }

    @Test
    void aRefusedTokenAsksAgainAndARoleWithoutTheFiguresIsTold() {
        openSignedOut();
        type("not-a-token");
        await().atMost(PATIENCE).until(() -> browser.driver.findElement(By.id("signin-error")).getText().contains("Token ditolak"));
        assertTrue(browser.driver.findElement(By.id("login")).isDisplayed());
        assertFalse(browser.driver.findElement(By.id("main")).isDisplayed());
        assertTrue(Objects.isNull(browser.js("return sessionStorage.getItem('jwna.token')")), "the refused token is forgotten");

        type(TestTokens.forRole("admin"));
        await().atMost(PATIENCE).until(() -> browser.driver.findElement(By.id("signin-error")).getText().contains("tidak boleh melihat"));
        assertFalse(browser.driver.findElement(By.id("main")).isDisplayed());
    }
}
