package id.go.wna.reciprocity;

import id.go.wna.reciprocity.domain.CountryFacts;
import id.go.wna.reciprocity.domain.Period;
import id.go.wna.reciprocity.domain.VisaRegime;
import id.go.wna.reciprocity.service.OutboundFacts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static id.go.wna.infra.test.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Outbound reports (Indonesians in a country), their CSV import, visa regimes, and the facts read from them. */
@QuarkusTest
class OutboundFactsTest {

    private static final String HEADER = "country,month,source,wniPresent,wniCases,wniDetained,wniNotified,wniNotifiedWithin72h,"
            + "wniAccessRequested,wniAccessGranted,wniDeported";

    @Inject
    OutboundFacts facts;

    private static String report(String country, String month, String source, String counts) {
        return """
                {"country":"%s","month":"%s","source":"%s"%s}""".formatted(country, month, source, counts.isEmpty() ? "" : "," + counts);
    }

    private static JsonPath post(String role, String body, int status) {
        return as(role).contentType("application/json").body(body).post("/api/v1/outbound-reports")
                .then().statusCode(status).extract().jsonPath();
    }

    @Test
    void reportsOfAQuartersMonthsAreSummedAllSourcesTogetherAndPresenceIsTheLatestMonths() {
        post("kemlu-consular", report("SAU", "2026-07", "KBRI Riyadh",
                "\"wniPresent\":200000,\"wniCases\":10,\"wniDetained\":6,\"wniNotified\":4,\"wniNotifiedWithin72h\":3,\"wniDeported\":20"), 201);
        post("kemlu-consular", report("SAU", "2026-08", "KBRI Riyadh",
                "\"wniPresent\":210000,\"wniCases\":5,\"wniDetained\":2,\"wniNotified\":2,\"wniNotifiedWithin72h\":1"), 201);
        post("kemlu-consular", report("SAU", "2026-08", "KJRI Jeddah", "\"wniPresent\":90000,\"wniCases\":7,\"wniDeported\":11"), 201);
        post("kemlu-supervisor", report("SAU", "2026-09", "KJRI Jeddah", "\"wniCases\":1"), 201);
        post("kemlu-consular", report("SAU", "2026-10", "KBRI Riyadh", "\"wniCases\":100"), 201); // the next quarter

        as("imigrasi-officer").get("/api/v1/outbound-reports?country=SAU&from=2026-07&to=2026-09").then().statusCode(200)
                .body("$", hasSize(4)).body("[0].month", equalTo("2026-07")).body("[1].source", equalTo("KBRI Riyadh"))
                .body("[2].source", equalTo("KJRI Jeddah")).body("[0].wniAccessRequested", nullValue());

        CountryFacts.Outbound q3 = facts.of("SAU", Period.parse("2026-Q3"));
        assertEquals(new CountryFacts.Outbound(300_000L, 23L, 8L, 6L, 4L, null, null, 31L), q3,
                "summed over July to September; present = August, the latest month giving it, both sources; access never reported");
        assertEquals(100L, facts.of("SAU", Period.parse("2026-10")).wniCases());
        assertEquals(new CountryFacts.Outbound(null, null, null, null, null, null, null, null), facts.of("SAU", Period.parse("2025")));
        assertTrue(facts.countries(Period.parse("2026-Q3")).contains("SAU"));
        assertTrue(!facts.countries(Period.parse("2025-Q3")).contains("SAU"));
    }

    @Test
    void inconsistentCountsAre422NamingTheFieldAndNothingIsStored() {
        JsonPath p = post("kemlu-consular", report("QAT", "2026-06", "KBRI Doha", "\"wniDetained\":10,\"wniNotified\":12"), 422);
        assertEquals("wniNotified", p.getString("errors[0].field"));
        assertTrue(p.getString("errors[0].message").contains("exceeds wniDetained (10)"), p.prettify());

        p = post("kemlu-consular", report("QAT", "2026-06", "KBRI Doha",
                "\"wniDetained\":10,\"wniNotified\":5,\"wniNotifiedWithin72h\":6,\"wniAccessRequested\":3,\"wniAccessGranted\":4"), 422);
        assertEquals(List.of("wniNotifiedWithin72h", "wniAccessGranted"), p.getList("errors.field"));

        p = post("kemlu-consular", report("QAT", "2026-06", "KBRI Doha", "\"wniNotifiedWithin72h\":1"), 422);
        assertEquals("wniNotifiedWithin72h", p.getString("errors[0].field"), "a part without its whole");
        assertTrue(p.getString("errors[0].message").contains("without wniNotified"));

        assertEquals("country", post("kemlu-consular", report("XYZ", "2026-06", "KBRI Doha", "\"wniCases\":1"), 422).getString("errors[0].field"));
        assertEquals("country", post("kemlu-consular", report("IDN", "2026-06", "KBRI Doha", "\"wniCases\":1"), 422).getString("errors[0].field"));
        assertEquals("month", post("kemlu-consular", report("QAT", "2099-01", "KBRI Doha", "\"wniCases\":1"), 422).getString("errors[0].field"));
        assertEquals("wniCases", post("kemlu-consular", report("QAT", "2026-06", "KBRI Doha", ""), 422).getString("errors[0].field"),
                "a report without any count");
        assertEquals("wniDeported", post("kemlu-consular", report("QAT", "2026-06", "KBRI Doha", "\"wniDeported\":-1"), 400)
                .getString("errors[0].field"), "a negative count is malformed input");
        assertEquals("month", post("kemlu-consular", report("QAT", "June", "KBRI Doha", "\"wniCases\":1"), 400).getString("errors[0].field"));

        as("joint-analyst").get("/api/v1/outbound-reports?country=QAT").then().statusCode(200).body("$", hasSize(0));
        assertEquals(null, facts.of("QAT", Period.parse("2026-06")).wniDetained());
    }

    @Test
    void aCsvImportStoresTheGoodRowsAndNamesEachBadOneByLineAndField() {
        String csv = HEADER + "\n"
                + "ARE,2026-04,KBRI Abu Dhabi,,30,12,10,8,5,5,40\n"               // line 2: good
                + "are,2026-05,\"KJRI Dubai, UAE\",,3,,,,,,\n"                       // line 3: good (lower-case code, quoted comma)
                + "ARE,2026-05,KBRI Abu Dhabi,,4,2,3,,,,\n"                          // line 4: notified above detained
                + "ARZ,2026-05,KBRI Abu Dhabi,,four,,,,,,\n"                         // line 5: not a country, not a number
                + "\n"                                                                // line 6: blank, skipped
                + "ARE,2026-04,kbri abu dhabi,,1,,,,,,\n"                            // line 7: line 2 again (source without case)
                + "OMN,2026-04,KBRI Muscat,,1,,\n";                                  // line 8: too few fields
        JsonPath r = as("kemlu-consular").contentType("text/csv").body(csv).post("/api/v1/outbound-reports/imports")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(6, r.getInt("rows"));
        assertEquals(2, r.getInt("accepted"));
        assertEquals(4, r.getInt("rejected"));
        List<Map<String, Object>> errors = r.getList("errors");
        assertEquals(List.of(4, 5, 5, 7, 8), errors.stream().map(e -> e.get("line")).toList(), r.prettify());
        assertEquals(List.of("wniNotified", "wniCases", "country", "source", "row"), errors.stream().map(e -> e.get("field")).toList());

        as("joint-analyst").get("/api/v1/outbound-reports?country=ARE").then().statusCode(200).body("$", hasSize(2))
                .body("[0].wniDeported", equalTo(40)).body("[0].updatedVia", equalTo("CSV"))
                .body("[1].source", equalTo("KJRI Dubai, UAE")).body("[1].wniDetained", nullValue());
        assertEquals(new CountryFacts.Outbound(null, 33L, 12L, 10L, 8L, 5L, 5L, 40L), facts.of("ARE", Period.parse("2026-Q2")));

        // The same rows again are unchanged; other counts are refused unless replace=true.
        String again = HEADER + "\nARE,2026-04,KBRI Abu Dhabi,,30,12,10,8,5,5,40\nARE,2026-05,\"KJRI Dubai, UAE\",,3,,,,,,\n";
        as("kemlu-consular").contentType("text/csv").body(again).post("/api/v1/outbound-reports/imports").then().statusCode(200)
                .body("unchanged", equalTo(2)).body("accepted", equalTo(0)).body("rejected", equalTo(0)).body("errors", hasSize(0));
        String changed = "country,month,source,wniCases\nARE,2026-04,KBRI Abu Dhabi,31\n";
        as("kemlu-consular").contentType("text/csv").body(changed).post("/api/v1/outbound-reports/imports").then().statusCode(200)
                .body("accepted", equalTo(0)).body("rejected", equalTo(1)).body("errors[0].field", equalTo("source"))
                .body("errors[0].message", containsString("replace=true"));
        as("kemlu-consular").contentType("text/csv").body(changed).post("/api/v1/outbound-reports/imports?replace=true").then()
                .statusCode(200).body("replaced", equalTo(1)).body("accepted", equalTo(1));
        assertEquals(new CountryFacts.Outbound(null, 31L, null, null, null, null, null, null), facts.of("ARE", Period.parse("2026-04")),
                "a replacing row replaces the whole report: what it leaves out is no longer reported");

        // A header the service cannot read, another media type, too many rows: nothing imported.
        as("kemlu-consular").contentType("text/csv").body("country,month,wniCases\nARE,2026-06,1\n").post("/api/v1/outbound-reports/imports")
                .then().statusCode(400).body("errors[0].field", equalTo("source"));
        as("kemlu-consular").contentType("text/csv").body("country,month,source,wniDeportd\nARE,2026-06,X,1\n")
                .post("/api/v1/outbound-reports/imports").then().statusCode(400).body("errors[0].field", equalTo("wniDeportd"));
        as("kemlu-consular").contentType("application/json").body("{}").post("/api/v1/outbound-reports/imports").then().statusCode(415);
        StringBuilder big = new StringBuilder("country,month,source,wniCases\n");
        for (int i = 0; i <= 10_000; i++) {
            big.append("OMN,2026-06,KBRI Muscat ").append(i).append(",1\n");
        }
        as("kemlu-consular").contentType("text/csv").body(big.toString()).post("/api/v1/outbound-reports/imports").then().statusCode(413)
                .contentType("application/problem+json");
        as("joint-analyst").get("/api/v1/outbound-reports?country=OMN").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void aSecondReportForTheSameCountryMonthAndSourceReplacesTheFirstOnlyWithIfMatch() {
        String first = report("KWT", "2026-09", "KBRI Kuwait City", "\"wniCases\":4,\"wniDetained\":2");
        var created = as("kemlu-consular", "officer-a").contentType("application/json").body(first).post("/api/v1/outbound-reports")
                .then().statusCode(201).header("ETag", "\"0\"").header("Location", containsString("/api/v1/outbound-reports/")).extract();
        String id = created.jsonPath().getString("id");

        String second = report("KWT", "2026-09", "kbri kuwait city", "\"wniCases\":5,\"wniDetained\":3");
        as("kemlu-consular").contentType("application/json").body(second).post("/api/v1/outbound-reports").then().statusCode(409)
                .body("detail", containsString(id)).body("detail", containsString("If-Match"));
        as("kemlu-supervisor", "supervisor-b").contentType("application/json").header("If-Match", "\"0\"").body(second)
                .post("/api/v1/outbound-reports").then().statusCode(200).header("ETag", "\"1\"").body("id", equalTo(id))
                .body("wniCases", equalTo(5)).body("version", equalTo(1));
        as("kemlu-consular").contentType("application/json").header("If-Match", "\"0\"").body(first).post("/api/v1/outbound-reports")
                .then().statusCode(412).body("errors[0].field", equalTo("If-Match"));
        as("kemlu-consular").contentType("application/json").header("If-Match", "\"0\"")
                .body(report("KWT", "2026-08", "KBRI Kuwait City", "\"wniCases\":1")).post("/api/v1/outbound-reports").then().statusCode(412);

        as("imigrasi-officer").get("/api/v1/outbound-reports/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("source", equalTo("kbri kuwait city")).body("createdBy", equalTo("officer-a")).body("updatedBy", equalTo("supervisor-b"))
                .body("history", hasSize(2))
                .body("history[0].action", equalTo("CREATED")).body("history[0].by", equalTo("officer-a")).body("history[0].wniCases", equalTo(4))
                .body("history[1].action", equalTo("REPLACED")).body("history[1].by", equalTo("supervisor-b"))
                .body("history[1].version", equalTo(1)).body("history[1].via", equalTo("API"));
        as("imigrasi-officer").get("/api/v1/outbound-reports/" + java.util.UUID.randomUUID()).then().statusCode(404);
        assertEquals(5L, facts.of("KWT", Period.parse("2026-09")).wniCases(), "the replaced report counts, not both");
    }

    @Test
    void aVisaRegimeIsReadWithItsETagAndAStaleIfMatchIs412() {
        as("partner-agency").get("/api/v1/countries/NZL/visa-regime").then().statusCode(200).header("ETag", nullValue())
                .body("configured", equalTo(false)).body("indonesiaToCountry", nullValue());
        String body = """
                {"indonesiaToCountry":"VISA_ON_ARRIVAL_OR_EVISA","countryToIndonesia":"VISA_REQUIRED","stayDaysIndonesiaGrants":30,
                 "legalBasis":"Permenkumham on visas and stay permits [test]"}""";
        as("joint-analyst").contentType("application/json").header("If-Match", "\"0\"").body(body)
                .put("/api/v1/countries/NZL/visa-regime").then().statusCode(412);
        as("joint-analyst").contentType("application/json").body(body).put("/api/v1/countries/nzl/visa-regime").then().statusCode(201)
                .header("ETag", "\"0\"").body("country", equalTo("NZL")).body("countryToIndonesiaOpenness", equalTo(0.3f));
        as("partner-agency").get("/api/v1/countries/NZL/visa-regime").then().statusCode(200).header("ETag", "\"0\"")
                .body("configured", equalTo(true)).body("stayDaysIndonesiaGrants", equalTo(30));

        String visaFree = body.replace("\"VISA_REQUIRED\"", "\"VISA_FREE\"").replace("30,", "30, \"stayDaysCountryGrants\":90,");
        as("joint-analyst").contentType("application/json").header("If-Match", "\"0\"").body(visaFree)
                .put("/api/v1/countries/NZL/visa-regime").then().statusCode(200).header("ETag", "\"1\"").body("stayDaysCountryGrants", equalTo(90));
        as("joint-analyst").contentType("application/json").header("If-Match", "\"0\"").body(body)
                .put("/api/v1/countries/NZL/visa-regime").then().statusCode(412).body("errors[0].field", equalTo("If-Match"));
        as("joint-analyst").get("/api/v1/countries/NZL/visa-regime").then().header("ETag", "\"1\"")
                .body("countryToIndonesia", equalTo("VISA_FREE"));

        as("joint-analyst").get("/api/v1/countries/XYZ/visa-regime").then().statusCode(422).body("errors[0].field", equalTo("iso3"));
        as("joint-analyst").contentType("application/json").body(body).put("/api/v1/countries/IDN/visa-regime").then().statusCode(422);
        as("joint-analyst").contentType("application/json").body(body.replace("30,", "30, \"stayDaysCountryGrants\":30,"))
                .put("/api/v1/countries/FJI/visa-regime").then().statusCode(422).body("errors[0].field", equalTo("stayDaysCountryGrants"));
        as("joint-analyst").contentType("application/json").body("{\"indonesiaToCountry\":\"VISA_FREE\"}")
                .put("/api/v1/countries/FJI/visa-regime").then().statusCode(400).body("errors[0].field", equalTo("countryToIndonesia"));
    }

    @Test
    void theFactsBeanReturnsWhatWasReportedAndTheRegimesBothWays() {
        post("kemlu-consular", report("BHR", "2026-02", "KBRI Manama", "\"wniPresent\":5000,\"wniAccessRequested\":3,\"wniAccessGranted\":2"), 201);
        as("joint-analyst").contentType("application/json")
                .body("{\"indonesiaToCountry\":\"VISA_ON_ARRIVAL_OR_EVISA\",\"countryToIndonesia\":\"VISA_ON_ARRIVAL_OR_EVISA\"}")
                .put("/api/v1/countries/BHR/visa-regime").then().statusCode(201);

        assertEquals(new CountryFacts.Outbound(5000L, null, null, null, null, 3L, 2L, null), facts.of("bhr", Period.parse("2026")));
        assertEquals(new CountryFacts.VisaRegimes(VisaRegime.VISA_ON_ARRIVAL_OR_EVISA, VisaRegime.VISA_ON_ARRIVAL_OR_EVISA, null, null),
                facts.visaOf("BHR"));
        assertEquals(new CountryFacts.VisaRegimes(null, null, null, null), facts.visaOf("ISL"), "no regime recorded: nulls");
        assertEquals(new CountryFacts.VisaRegimes(VisaRegime.VISA_FREE, VisaRegime.VISA_FREE, 30, 30), facts.visaOf("MYS"), "seeded");
        assertEquals(VisaRegime.VISA_REQUIRED, facts.visaOf("AUS").countryToIndonesia(), "seeded: Indonesians need a visa for Australia");
        assertTrue(facts.countries(Period.parse("2026-Q1")).containsAll(List.of("BHR", "MYS", "AUS")),
                "a report in the period, or a visa regime");
        assertTrue(facts.countries(Period.parse("2019")).contains("BHR"), "its visa regime, whatever the period");
    }
}
