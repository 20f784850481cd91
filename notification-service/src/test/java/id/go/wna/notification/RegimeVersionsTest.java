package id.go.wna.notification;

import id.go.wna.notification.service.RegimeBook;
import id.go.wna.notification.service.RegimeTerms;
import id.go.wna.platform.reference.Provinces;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.wna.infra.test.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A country's regime as a history of versions: an amendment from a date is a new version, the earlier one is closed the
 * day before and kept, and each act is decided by the version in force on its Jakarta date (docs/domain.md).
 */
@QuarkusTest
class RegimeVersionsTest {

    private static final String SUPERVISOR = "kemlu-supervisor";
    private static final String FIRST = "Indonesia-Nigeria test arrangement of 2015";
    private static final String AMENDED = "Indonesia-Nigeria test arrangement of 2015 as amended in 2024";

    @Inject
    RegimeBook book;

    @Inject
    AgroalDataSource dataSource;

    static Map<String, Object> version(String kind, String instrument, String effectiveFrom, Integer warning, Integer due) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("legalBasis", instrument + ": the post is notified of every detained national");
        body.put("instrument", instrument);
        body.put("effectiveFrom", effectiveFrom);
        body.put("notificationWarningAfterHours", warning);
        body.put("notificationDueWithinHours", due);
        return body;
    }

    /** Nigeria: mandatory from 2015 with 72 h, amended from 1 July 2024 to 48 h. */
    private void nigeriaAmendedOnFirstJuly2024() {
        if (!book.versions("NGA").isEmpty()) {
            return;
        }
        as(SUPERVISOR).contentType(ContentType.JSON).body(version("MANDATORY", FIRST, "2015-01-01", 24, 72))
                .when().put("/api/v1/regimes/NGA").then().statusCode(201);
        as(SUPERVISOR).contentType(ContentType.JSON).body(version("MANDATORY", AMENDED, "2024-07-01", 12, 48))
                .when().post("/api/v1/regimes/NGA/versions").then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .header("Location", containsString("/api/v1/regimes/NGA?on=2024-07-01"))
                .body("effectiveFrom", equalTo("2024-07-01")).body("effectiveTo", nullValue())
                .body("instrument", equalTo(AMENDED));
    }

    record Arrest(String situation, Instant arrestedAt, boolean configured, String instrument, long dueWithinHours) {
    }

    @Test
    void anArrestIsDecidedAndItsDeadlineCountedByTheVersionInForceOnItsJakartaDate() {
        nigeriaAmendedOnFirstJuly2024();
        List<Arrest> rows = List.of(
                new Arrest("before the first version: the VCCR default", Instant.parse("2014-12-31T16:59:00Z"), false,
                        RegimeTerms.DEFAULT_INSTRUMENT, 72),
                new Arrest("on the first version's first day (00:00 WIB)", Instant.parse("2014-12-31T17:00:00Z"), true, FIRST, 72),
                new Arrest("the day before the amendment, 23:59 WIB (16:59 UTC)", Instant.parse("2024-06-30T16:59:00Z"), true, FIRST, 72),
                new Arrest("on the amendment day, 00:00 WIB (still 30 June in UTC)", Instant.parse("2024-06-30T17:00:00Z"), true,
                        AMENDED, 48),
                new Arrest("after the amendment", Instant.parse("2025-03-10T03:00:00Z"), true, AMENDED, 48));
        for (Arrest row : rows) {
            RegimeTerms terms = book.forCountry("NGA", row.arrestedAt());
            assertEquals(row.configured(), terms.configured(), row.situation());
            assertEquals(row.configured(), terms.mandatory(), row.situation());
            assertEquals(row.instrument(), terms.instrument(), row.situation());
            assertEquals(Duration.ofHours(row.dueWithinHours()), terms.notificationDueWithin(), row.situation());
        }
    }

    @Test
    void anAmendmentClosesTheEarlierVersionTheDayBeforeAndTheVersionsListKeepsBoth() {
        nigeriaAmendedOnFirstJuly2024();
        as("joint-analyst").when().get("/api/v1/regimes/NGA/versions").then().statusCode(200)
                .body("$", hasSize(2))
                .body("[0].instrument", equalTo(FIRST))
                .body("[0].effectiveFrom", equalTo("2015-01-01"))
                .body("[0].effectiveTo", equalTo("2024-07-01"))
                .body("[0].notificationDueWithinHours", equalTo(72))
                .body("[0].version", equalTo(1))
                .body("[1].instrument", equalTo(AMENDED))
                .body("[1].effectiveFrom", equalTo("2024-07-01"))
                .body("[1].effectiveTo", nullValue())
                .body("[1].notificationDueWithinHours", equalTo(48));
        as("imigrasi-officer").queryParam("on", "2024-06-30").when().get("/api/v1/regimes/NGA").then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("instrument", equalTo(FIRST)).body("notificationDueWithinHours", equalTo(72));
        as("imigrasi-officer").queryParam("on", "2024-07-01").when().get("/api/v1/regimes/NGA").then().statusCode(200)
                .body("instrument", equalTo(AMENDED));
        as("imigrasi-officer").when().get("/api/v1/regimes/NGA").then().statusCode(200)
                .header("ETag", notNullValue()).body("instrument", equalTo(AMENDED)).body("configured", equalTo(true));
        as("imigrasi-officer").queryParam("on", "2014-12-31").when().get("/api/v1/regimes/NGA").then().statusCode(200)
                .header("ETag", nullValue()).body("configured", equalTo(false)).body("kind", equalTo("ON_REQUEST"));
        as("partner-agency").queryParam("on", "2024-06-30").when().get("/api/v1/regimes").then().statusCode(200)
                .body("find { it.country == 'NGA' }.instrument", equalTo(FIRST));
        as("partner-agency").queryParam("on", "30-06-2024").when().get("/api/v1/regimes/NGA").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("on"));
        as("kemlu-consular").when().get("/api/v1/regimes/CAN/versions").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void anAmendmentThatDoesNotStartAfterTheCurrentVersionIs422NamingEffectiveFromAndChangesNothing() {
        as(SUPERVISOR).contentType(ContentType.JSON).body(version("MANDATORY", "Indonesia-Iran test arrangement", "2020-03-01", 24, 72))
                .when().put("/api/v1/regimes/IRN").then().statusCode(201);
        for (String from : new String[] {"2020-03-01", "2019-12-31", null}) {
            as(SUPERVISOR).contentType(ContentType.JSON).body(version("MANDATORY", "Indonesia-Iran test amendment", from, 12, 48))
                    .when().post("/api/v1/regimes/IRN/versions").then().statusCode(422)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("effectiveFrom"));
        }
        assertEquals(1, book.versions("IRN").size(), "nothing was added");
        assertEquals(null, book.versions("IRN").get(0).effectiveTo, "the current version was not closed");
        as(SUPERVISOR).contentType(ContentType.JSON).body(version("MANDATORY", "x", "2030-01-01", 24, 72))
                .when().post("/api/v1/regimes/IDN/versions").then().statusCode(422).body("errors[0].field", equalTo("iso3"));
        as("kemlu-consular").contentType(ContentType.JSON).body(version("MANDATORY", "x", "2030-01-01", 24, 72))
                .when().post("/api/v1/regimes/IRN/versions").then().statusCode(403);
    }

    @Test
    void aCorrectionChangesOnlyTheVersionInForceTodayAndMayNotOverlapAnother() {
        LocalDate today = book.today();
        as(SUPERVISOR).contentType(ContentType.JSON).body(version("MANDATORY", "Indonesia-Turkiye test arrangement", null, 24, 72))
                .when().put("/api/v1/regimes/TUR").then().statusCode(201);
        as(SUPERVISOR).contentType(ContentType.JSON)
                .body(version("MANDATORY", "Indonesia-Turkiye test arrangement, amended", today.minusDays(30).toString(), 24, 96))
                .when().post("/api/v1/regimes/TUR/versions").then().statusCode(201);
        String etag = as(SUPERVISOR).when().get("/api/v1/regimes/TUR").then().extract().header("ETag");

        // A client that knows nothing of versions corrects today's terms; the dates it leaves out are kept.
        Map<String, Object> correction = version("MANDATORY", "Indonesia-Turkiye test arrangement, amended (corrected)", null, 24, 90);
        as(SUPERVISOR).contentType(ContentType.JSON).header("If-Match", etag).body(correction)
                .when().put("/api/v1/regimes/TUR").then().statusCode(200)
                .body("notificationDueWithinHours", equalTo(90))
                .body("effectiveFrom", equalTo(today.minusDays(30).toString()));
        assertEquals(Duration.ofHours(72), book.forCountryOn("TUR", today.minusDays(31)).notificationDueWithin(),
                "the earlier version is untouched");

        correction.put("effectiveFrom", today.minusDays(60).toString());
        String current = as(SUPERVISOR).when().get("/api/v1/regimes/TUR").then().extract().header("ETag");
        as(SUPERVISOR).contentType(ContentType.JSON).header("If-Match", current).body(correction)
                .when().put("/api/v1/regimes/TUR").then().statusCode(422).body("errors[0].field", equalTo("effectiveFrom"));
        assertEquals(today.minusDays(30), book.find("TUR").effectiveFrom, "nothing changed");
    }

    @Test
    void theExplanationAndTheLetterCiteTheInstrumentOfTheVersionInForceOnTheArrestDate() {
        LocalDate amendment = LocalDate.now(Provinces.WIB).minusDays(5);
        as(SUPERVISOR).contentType(ContentType.JSON)
                .body(version("MANDATORY", "Indonesia-Ukraine test arrangement of 2019", "2019-01-01", 24, 72))
                .when().put("/api/v1/regimes/UKR").then().statusCode(201);
        as(SUPERVISOR).contentType(ContentType.JSON)
                .body(version("MANDATORY", "Indonesia-Ukraine test protocol amending the arrangement", amendment.toString(), 12, 48))
                .when().post("/api/v1/regimes/UKR/versions").then().statusCode(201);
        Instant midnight = amendment.atStartOfDay(Provinces.WIB).toInstant();

        record Row(Instant arrestedAt, String instrument, long dueWithinHours) {
        }
        for (Row row : List.of(new Row(midnight.minusSeconds(60), "Indonesia-Ukraine test arrangement of 2019", 72),
                new Row(midnight, "Indonesia-Ukraine test protocol amending the arrangement", 48))) {
            UUID caseId = ConsularObligationTest.detained("UKR", "31", row.arrestedAt());
            String id = ConsularObligationTest.obligationOf(caseId);
            JsonPath o = ConsularObligationTest.read(id);
            assertEquals("MANDATORY", o.getString("regime.regime"), row.toString());
            assertTrue(o.getString("regime.explanation").contains("under " + row.instrument() + ";"), o.getString("regime.explanation"));
            assertEquals(row.arrestedAt().plus(Duration.ofHours(row.dueWithinHours())),
                    Instant.parse(o.getString("clocks.find { it.clock == 'NOTIFICATION' }.dueAt")), row.toString());
            String letter = as("kemlu-consular").accept("text/html").queryParam("lang", "en")
                    .get("/api/v1/obligations/" + id + "/letter").then().statusCode(200).extract().asString();
            assertTrue(letter.contains("mandatory under the " + row.instrument()), letter);
        }
    }

    @Test
    void theDatabaseItselfRefusesTwoVersionsOfACountryThatShareADay() throws SQLException {
        as(SUPERVISOR).contentType(ContentType.JSON).body(version("MANDATORY", "Indonesia-Myanmar test arrangement", "2018-01-01", 24, 72))
                .when().put("/api/v1/regimes/MMR").then().statusCode(201);
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            // btree_gist ships with the embedded PostgreSQL and Debian's: V9's exclusion constraint must be there.
            SQLException overlap = assertThrows(SQLException.class, () -> st.executeUpdate("""
                    INSERT INTO regime (country, kind, legal_basis, advisement_within_hours, notification_warning_after_hours,
                        notification_due_within_hours, acknowledgement_chase_after_hours, access_within_hours, updated_by,
                        effective_from, effective_to)
                    VALUES ('MMR', 'ON_REQUEST', 'x', 6, 24, 72, 48, 96, 'test', '2019-01-01', '2020-01-01')"""));
            assertEquals("23P01", overlap.getSQLState(), "exclusion_violation: " + overlap.getMessage());
        }
        assertEquals(1, book.versions("MMR").size());
    }
}
