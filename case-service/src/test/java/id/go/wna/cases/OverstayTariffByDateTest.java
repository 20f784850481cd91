package id.go.wna.cases;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static id.go.wna.infra.test.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** An overstay charge cites the regulation in force on the day it is assessed (UU 6/2011 Pasal 78). One row per day. */
@QuarkusTest
class OverstayTariffByDateTest {

    private static final String IMIGRASI = "imigrasi-officer";

    record Day(String rule, String on, int overstayDays, String instrument, int dailyRate, String consequence, String checkHas,
               String checkHasNot) {
        @Override
        public String toString() {
            return rule;
        }
    }

    static Stream<Day> days() {
        return Stream.of(
                new Day("aChargeOnTheDayBeforePp28Of2019CitesPp45Of2014", "2019-05-01", 10, "PP 45/2014", 300_000, "CHARGE", "PP 45/2014", "exactly"),
                new Day("aChargeOnTheFirstDayOfPp28Of2019CitesIt", "2019-05-02", 10, "PP 28/2019", 1_000_000, "CHARGE", "PP 28/2019", "exactly"),
                new Day("aChargeOnTheDayBeforePp45Of2024CitesPp28Of2019", "2024-12-17", 10, "PP 28/2019", 1_000_000, "CHARGE", "PP 28/2019", "PP 45/2024"),
                new Day("aChargeFromPp45Of2024CitesItWithItsUnverifiedRate", "2024-12-18", 10, "PP 45/2024", 1_000_000, "CHARGE", "PP 45/2024", "exactly"),
                new Day("anOverstayOfExactlySixtyDaysIsDeportationMarkedForChecking", "2026-11-20", 60, "PP 45/2024", 1_000_000,
                        "DEPORTATION_AND_ENTRY_BAN", "exactly", "PP 45/2024"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("days")
    void theTariffInForceOnTheDayAssessedApplies(Day d) {
        LocalDate on = LocalDate.parse(d.on());
        ValidatableResponse r = as(IMIGRASI).queryParam("permitValidUntil", on.minusDays(d.overstayDays()).toString()).queryParam("on", d.on())
                .when().get("/api/v1/reference/overstay-charge").then().statusCode(200)
                .body("overstayDays", equalTo(d.overstayDays()))
                .body("consequence", equalTo(d.consequence()))
                .body("tariff.instrument", equalTo(d.instrument()))
                .body("tariff.dailyRateIdr", equalTo(d.dailyRate()))
                .body("check", containsString("[check]"))
                .body("check", containsString(d.checkHas()))
                .body("check", not(containsString(d.checkHasNot())));
        if (d.consequence().equals("CHARGE")) {
            r.body("chargeIdr", equalTo(d.overstayDays() * d.dailyRate()))
                    .body("legalBasis", equalTo("UU 6/2011 Pasal 78(2); " + d.instrument()));
        }
    }

    @Test
    void tariffsEndTheDayBeforeTheNextStarts() {
        as(IMIGRASI).when().get("/api/v1/reference/overstay-tariffs").then().statusCode(200)
                .body("instrument", equalTo(List.of("PP 45/2014", "PP 28/2019", "PP 45/2024")))
                .body("effectiveTo", equalTo(java.util.Arrays.asList("2019-05-01", "2024-12-17", null)))
                .body("find { it.instrument == 'PP 45/2024' }.effectiveFrom", equalTo("2024-12-18"))
                .body("find { it.instrument == 'PP 45/2024' }.check", containsString("[check]"));
    }

    @Test
    void aChargeDecidedUnderPp45Of2024CarriesItsCheckMarkInTheLegalBasis() {
        LocalDate decided = LocalDate.parse("2024-12-18");
        String caseId = AdministrativeActionTest.caseOfOverstayer(decided.minusDays(5));
        as(IMIGRASI).contentType(ContentType.JSON).body(AdministrativeActionTest.action("CHARGE", "W10.IMI-" + System.nanoTime(), decided))
                .when().post("/api/v1/cases/" + caseId + "/administrative-actions").then().statusCode(201)
                .body("chargeAmountIdr", equalTo(5_000_000))
                .body("legalBasis", containsString("UU 6/2011 Pasal 78(2); PP 45/2024 [check]"))
                .body("rule", nullValue());
    }
}
