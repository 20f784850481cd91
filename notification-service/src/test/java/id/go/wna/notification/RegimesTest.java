package id.go.wna.notification;

import id.go.wna.notification.domain.RegimeKind;
import id.go.wna.notification.service.RegimeBook;
import id.go.wna.notification.service.RegimeTerms;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static id.go.wna.infra.test.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Per-country notification regimes: the mandatory arrangements by instrument and date, the VCCR defaults, a supervisor's changes. */
@QuarkusTest
class RegimesTest {

    private static final String SUPERVISOR = "kemlu-supervisor";

    @Inject
    RegimeBook book;

    static Map<String, Object> regime(String kind, String legalBasis) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("legalBasis", legalBasis);
        return body;
    }

    @Test
    void australiaBruneiAndThePhilippinesAreMandatoryAndEveryoneElseIsOnRequestWithTheDefaults() {
        as("joint-analyst").when().get("/api/v1/regimes").then().statusCode(200)
                .body("country", hasItems("AUS", "BRN", "PHL"))
                .body("find { it.country == 'BRN' }.kind", equalTo("MANDATORY"))
                .body("find { it.country == 'PHL' }.legalBasis", containsString("Philippines"));
        as("imigrasi-officer").when().get("/api/v1/regimes/AUS").then().statusCode(200)
                .header("ETag", notNullValue())
                .body("kind", equalTo("MANDATORY"))
                .body("configured", equalTo(true))
                .body("legalBasis", containsString("Australia"))
                .body("notificationDueWithinHours", equalTo(72));
        as("partner-agency").when().get("/api/v1/regimes/CHN").then().statusCode(200)
                .header("ETag", nullValue())
                .body("kind", equalTo("ON_REQUEST"))
                .body("configured", equalTo(false))
                .body("legalBasis", containsString("Art. 36(1)(b)"))
                .body("advisementWithinHours", equalTo(6))
                .body("notificationWarningAfterHours", equalTo(24))
                .body("notificationDueWithinHours", equalTo(72))
                .body("acknowledgementChaseAfterHours", equalTo(48))
                .body("accessWithinHours", equalTo(96));

        assertTrue(book.forCountry("PHL").mandatory());
        RegimeTerms usa = book.forCountry("USA");
        assertEquals(RegimeKind.ON_REQUEST, usa.kind());
        assertFalse(usa.configured());
        assertEquals(Duration.ofHours(6), usa.advisementWithin());
        assertEquals(Duration.ofHours(96), usa.accessWithin());
        assertFalse(book.forCountry("XXA").configured(), "stateless: the defaults, no row");
    }

    @Test
    void eachMandatoryRegimeNamesItsOwnInstrumentAndKeepsItsCheckMark() {
        as("kemlu-consular").when().get("/api/v1/regimes/AUS").then().statusCode(200)
                .body("instrument", containsString("Indonesia-Australia consular notification arrangement"))
                .body("instrument", containsString("2010"))
                .body("instrument", containsString("[check"))
                .body("legalBasis", containsString("[check"))
                .body("legalBasis", org.hamcrest.Matchers.not(containsString("Kemlu list")));
        as("kemlu-consular").when().get("/api/v1/regimes/PHL").then().statusCode(200)
                .body("instrument", containsString("Philippines"))
                .body("instrument", containsString("2014"))
                .body("instrument", containsString("[check"));
        assertTrue(book.forCountry("AUS", Instant.parse("2026-11-20T03:00:00Z")).instrument().contains("[check"));
    }

    @Test
    void aRegimeGovernsOnlyActsDatedWithinItsEffectiveDatesInJakarta() {
        Map<String, Object> body = regime("MANDATORY", "Test arrangement between Indonesia and Laos");
        body.put("instrument", "Indonesia-Laos test arrangement of 2020");
        body.put("effectiveFrom", "2020-01-01");
        body.put("effectiveTo", "2025-01-01");
        as(SUPERVISOR).contentType(ContentType.JSON).body(body).when().put("/api/v1/regimes/LAO").then().statusCode(201)
                .body("effectiveFrom", equalTo("2020-01-01")).body("effectiveTo", equalTo("2025-01-01"));

        // 23:00 WIB on 31 December 2019: before the arrangement, whatever today's date is.
        assertFalse(book.forCountry("LAO", Instant.parse("2019-12-31T16:00:00Z")).mandatory());
        RegimeTerms inForce = book.forCountry("LAO", Instant.parse("2019-12-31T17:00:00Z"));
        assertTrue(inForce.mandatory());
        assertEquals("Indonesia-Laos test arrangement of 2020", inForce.instrument());
        assertTrue(book.forCountry("LAO", Instant.parse("2024-12-31T16:59:00Z")).mandatory());
        RegimeTerms after = book.forCountry("LAO", Instant.parse("2024-12-31T17:00:00Z"));
        assertFalse(after.mandatory());
        assertEquals(Duration.ofHours(72), after.notificationDueWithin());

        body.put("effectiveTo", "2019-06-01");
        as(SUPERVISOR).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).when().put("/api/v1/regimes/LAO")
                .then().statusCode(422).body("errors[0].field", equalTo("effectiveTo"));
        assertEquals("2025-01-01", book.find("LAO").effectiveTo.toString(), "nothing changed");
    }

    @Test
    void aCodeThatIsNotIso3166Alpha3Is422() {
        as("kemlu-consular").when().get("/api/v1/regimes/XXA").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("iso3"));
        as("kemlu-consular").when().get("/api/v1/regimes/AU").then().statusCode(422);
    }

    @Test
    void aSupervisorMakesACountryMandatoryWithItsOwnDeadlines() {
        Map<String, Object> body = regime("MANDATORY", "Test arrangement between Indonesia and Viet Nam");
        body.put("notificationDueWithinHours", 96);
        as(SUPERVISOR).contentType(ContentType.JSON).body(body).when().put("/api/v1/regimes/VNM").then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("configured", equalTo(true))
                .body("notificationDueWithinHours", equalTo(96))
                .body("notificationWarningAfterHours", equalTo(24))
                .body("updatedBy", notNullValue());
        RegimeTerms vnm = book.forCountry("VNM");
        assertTrue(vnm.mandatory());
        assertEquals(Duration.ofHours(96), vnm.notificationDueWithin());

        body.put("kind", "ON_REQUEST");
        as(SUPERVISOR).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).when().put("/api/v1/regimes/VNM")
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("kind", equalTo("ON_REQUEST"));
    }

    @Test
    void aStaleIfMatchIs412AndTheRegimeIsUnchanged() {
        String etag = as(SUPERVISOR).when().get("/api/v1/regimes/BRN").then().statusCode(200).extract().header("ETag");
        Map<String, Object> body = regime("MANDATORY", "Bilateral consular arrangement between Indonesia and Brunei Darussalam (test)");
        body.put("accessWithinHours", 72);
        String newEtag = as(SUPERVISOR).contentType(ContentType.JSON).header("If-Match", etag).body(body)
                .when().put("/api/v1/regimes/BRN").then().statusCode(200).body("accessWithinHours", equalTo(72))
                .extract().header("ETag");

        body.put("accessWithinHours", 48);
        as(SUPERVISOR).contentType(ContentType.JSON).header("If-Match", etag).body(body)
                .when().put("/api/v1/regimes/BRN").then().statusCode(412)
                .contentType("application/problem+json").body("errors[0].field", equalTo("If-Match"));
        as(SUPERVISOR).when().get("/api/v1/regimes/BRN").then().header("ETag", equalTo(newEtag))
                .body("accessWithinHours", equalTo(72));
        // A country without a row has no version to match.
        as(SUPERVISOR).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(regime("ON_REQUEST", null))
                .when().put("/api/v1/regimes/NOR").then().statusCode(412);
        assertFalse(book.forCountry("NOR").configured());
    }

    @Test
    void invalidDeadlinesAre422NamingTheField() {
        Map<String, Object> body = regime("ON_REQUEST", null);
        body.put("advisementWithinHours", 0);
        as(SUPERVISOR).contentType(ContentType.JSON).body(body).when().put("/api/v1/regimes/FIN").then().statusCode(422)
                .body("errors[0].field", equalTo("advisementWithinHours"));

        body.remove("advisementWithinHours");
        body.put("notificationWarningAfterHours", 72);
        body.put("notificationDueWithinHours", 48);
        as(SUPERVISOR).contentType(ContentType.JSON).body(body).when().put("/api/v1/regimes/FIN").then().statusCode(422)
                .body("errors[0].field", equalTo("notificationWarningAfterHours"))
                .body("detail", containsString("less than notificationDueWithinHours"));

        body.remove("notificationWarningAfterHours");
        body.remove("notificationDueWithinHours");
        body.put("accessWithinHours", -4);
        as(SUPERVISOR).contentType(ContentType.JSON).body(body).when().put("/api/v1/regimes/FIN").then().statusCode(422)
                .body("errors[0].field", equalTo("accessWithinHours"));

        as(SUPERVISOR).contentType(ContentType.JSON).body(regime("MANDATORY", " ")).when().put("/api/v1/regimes/FIN")
                .then().statusCode(422).body("errors[0].field", equalTo("legalBasis"));
        as(SUPERVISOR).contentType(ContentType.JSON).body(regime("ON_REQUEST", null)).when().put("/api/v1/regimes/IDN")
                .then().statusCode(422).body("errors[0].field", equalTo("iso3"));
        assertFalse(book.forCountry("FIN").configured(), "nothing was stored");
    }

    @Test
    void aConsularOfficerMayReadButNotChangeARegime() {
        as("kemlu-consular").contentType(ContentType.JSON).body(regime("MANDATORY", "x")).when().put("/api/v1/regimes/SWE")
                .then().statusCode(403);
    }
}
