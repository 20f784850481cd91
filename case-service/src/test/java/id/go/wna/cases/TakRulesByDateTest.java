package id.go.wna.cases;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static id.go.wna.infra.test.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Exit bans (Pasal 97) and entry bans (Pasal 102) follow the rule in force on the decision date: UU 6/2011 as enacted
 * until 2024-10-16, UU 63/2024 from 2024-10-17 [check]. One row per situation.
 */
@QuarkusTest
class TakRulesByDateTest {

    private static final String IMIGRASI = "imigrasi-officer";
    private static final String ORIGINAL_97 = "UU 6/2011 Pasal 75(2)(a), Pasal 97";
    private static final String AMENDED_97 = "UU 6/2011 Pasal 75(2)(a), Pasal 97 as amended by UU 63/2024";
    private static final String AMENDED_102 = "UU 6/2011 Pasal 75(2)(a), Pasal 102 as amended by UU 63/2024";

    /** A first decision: what is asked, and what the law in force that day answers (201 with the basis, or 422 on a field). */
    record FirstTerm(String rule, String type, String decidedOn, Integer months, String until, boolean lifetime,
                     int status, String basisOrField) {
        @Override
        public String toString() {
            return rule;
        }
    }

    static Stream<FirstTerm> firstTerms() {
        return Stream.of(
                new FirstTerm("exitBanDecidedTheDayBeforeUu63Of2024FollowsTheOriginalPasal97", "EXIT_BAN", "2024-10-16", 6, null, false, 201, ORIGINAL_97),
                new FirstTerm("exitBanDecidedOnTheDayUu63Of2024TookEffectFollowsTheAmendedPasal97", "EXIT_BAN", "2024-10-17", 6, null, false, 201, AMENDED_97),
                new FirstTerm("exitBanUnderUu63Of2024LastsAtMostSixMonthsAtFirst", "EXIT_BAN", "2024-10-17", 7, null, false, 422, "durationMonths"),
                new FirstTerm("entryBanUnderUu63Of2024MayLastTenYears", "ENTRY_BAN", "2024-10-17", 120, null, false, 201, AMENDED_102),
                new FirstTerm("entryBanOfElevenYearsIsRefused", "ENTRY_BAN", "2026-11-20", null, "2037-11-19", false, 422, "effectiveUntil"),
                new FirstTerm("entryBanBeforeUu63Of2024LastsAtMostSixMonthsAtFirst", "ENTRY_BAN", "2024-10-16", 12, null, false, 422, "durationMonths"),
                new FirstTerm("entryBanMayBeForLife", "ENTRY_BAN", "2025-03-01", null, null, true, 201, AMENDED_102),
                new FirstTerm("exitBanIsNeverForLife", "EXIT_BAN", "2025-03-01", null, null, true, 422, "lifetime"),
                new FirstTerm("banDecidedBeforeUu6Of2011HasNoRuleInTheCatalogue", "EXIT_BAN", "2010-01-04", 6, null, false, 422, "decidedOn"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("firstTerms")
    void aBanFollowsTheRuleInForceOnItsDecisionDate(FirstTerm t) {
        LocalDate decided = LocalDate.parse(t.decidedOn());
        Map<String, Object> body = AdministrativeActionTest.action(t.type(), number(), decided);
        if (t.months() != null) {
            body.put("durationMonths", t.months());
        }
        if (t.until() != null) {
            body.put("effectiveUntil", t.until());
        }
        body.put("lifetime", t.lifetime());
        ValidatableResponse r = as(IMIGRASI).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/cases/" + caseOf() + "/administrative-actions").then().statusCode(t.status());
        if (t.status() == 201) {
            r.body("legalBasis", equalTo(t.basisOrField())).body("rule.check", containsString("[check]"))
                    .body("rule.effectiveFrom", equalTo(decided.isBefore(LocalDate.parse("2024-10-17")) ? "2011-05-05" : "2024-10-17"));
        } else {
            r.contentType("application/problem+json").body("errors.field", hasItem(t.basisOrField()));
        }
    }

    /** A ban and its extensions, each decided on a date; the last one's answer is the rule under test. */
    record Extensions(String rule, String type, String decidedOn, int months, List<Map<String, Object>> extensions,
                      int lastStatus, String lastFieldOrFrom, String detail) {
        @Override
        public String toString() {
            return rule;
        }
    }

    private static Map<String, Object> ext(String decidedOn, int months) {
        return Map.of("decidedOn", decidedOn, "durationMonths", months);
    }

    static Stream<Extensions> extensions() {
        return Stream.of(
                new Extensions("exitBanUnderUu63Of2024MayBeExtendedOnceBySixMonths", "EXIT_BAN", "2025-01-10", 6,
                        List.of(ext("2025-06-01", 6)), 201, "2025-07-10", null),
                new Extensions("aSecondExitBanExtensionIsRefusedUnderUu63Of2024", "EXIT_BAN", "2025-01-10", 6,
                        List.of(ext("2025-06-01", 6), ext("2025-12-01", 6)), 422, "actionId", "UU 63/2024"),
                new Extensions("anExitBanExtensionUnderUu63Of2024LastsAtMostSixMonths", "EXIT_BAN", "2025-01-10", 6,
                        List.of(ext("2025-06-01", 7)), 422, "durationMonths", "Pasal 97 as amended by UU 63/2024"),
                new Extensions("underTheOriginalPasal97AnExitBanWasExtendedEachTime", "EXIT_BAN", "2023-01-10", 6,
                        List.of(ext("2023-06-01", 6), ext("2023-12-01", 6)), 201, "2024-01-10", null),
                new Extensions("anExtensionFollowsTheRuleOfItsOwnDecisionDateNotTheBans", "EXIT_BAN", "2024-09-01", 6,
                        List.of(ext("2024-12-01", 6), ext("2025-05-01", 6)), 422, "actionId", "one extension"),
                new Extensions("anEntryBanExtensionOfTenYearsIsAccepted", "ENTRY_BAN", "2025-01-10", 120,
                        List.of(ext("2034-06-01", 120)), 201, "2035-01-10", null),
                new Extensions("aLapsedBanIsNotExtended", "EXIT_BAN", "2025-01-10", 6,
                        List.of(ext("2025-07-11", 6)), 422, "decidedOn", "lapsed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("extensions")
    void anExtensionIsHeldToTheRuleInForceOnItsDecisionDate(Extensions t) {
        String caseId = caseOf();
        Map<String, Object> ban = AdministrativeActionTest.action(t.type(), number(), LocalDate.parse(t.decidedOn()));
        ban.put("durationMonths", t.months());
        String banId = as(IMIGRASI).contentType(ContentType.JSON).body(ban).when().post("/api/v1/cases/" + caseId + "/administrative-actions")
                .then().statusCode(201).extract().path("id");
        ValidatableResponse last = null;
        for (int i = 0; i < t.extensions().size(); i++) {
            Map<String, Object> body = new HashMap<>(t.extensions().get(i));
            body.put("decisionNumber", number());
            last = as(IMIGRASI).contentType(ContentType.JSON).body(body)
                    .when().post("/api/v1/cases/" + caseId + "/administrative-actions/" + banId + "/extensions").then()
                    .statusCode(i == t.extensions().size() - 1 ? t.lastStatus() : 201);
        }
        if (t.lastStatus() == 201) {
            last.body("extendsActionId", equalTo(banId)).body("effectiveFrom", equalTo(t.lastFieldOrFrom()))
                    .body("actionType", equalTo(t.type()));
        } else {
            last.contentType("application/problem+json").body("errors.field", hasItem(t.lastFieldOrFrom()))
                    .body("detail", containsString(t.detail()));
            // Nothing changed: the refused extension is not on the case.
            as(IMIGRASI).when().get("/api/v1/cases/" + caseId + "/administrative-actions").then().statusCode(200)
                    .body("size()", equalTo(t.extensions().size()));
        }
    }

    /** A deportation's entry ban is a first term: capped by the entry-ban rule of the decision date. */
    record DeportationBan(String rule, String decidedOn, String entryBanUntil, int status) {
        @Override
        public String toString() {
            return rule;
        }
    }

    static Stream<DeportationBan> deportationBans() {
        return Stream.of(
                new DeportationBan("aDeportationsEntryBanUnderUu63Of2024MayLastTenYears", "2026-11-20", "2036-11-19", 201),
                new DeportationBan("aDeportationsEntryBanLongerThanTenYearsIsRefused", "2026-11-20", "2036-11-20", 422),
                new DeportationBan("aDeportationsEntryBanBeforeUu63Of2024LastedAtMostSixMonths", "2024-10-16", "2025-04-15", 201),
                new DeportationBan("aDeportationsEntryBanOfAYearBeforeUu63Of2024IsRefused", "2024-10-16", "2025-10-15", 422));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deportationBans")
    void aDeportationsEntryBanIsCappedByTheEntryBanRuleOfItsDecisionDate(DeportationBan t) {
        Map<String, Object> body = AdministrativeActionTest.action("DEPORTATION", number(), LocalDate.parse(t.decidedOn()));
        body.put("deportation", Map.of("destinationCountry", "NGA", "costBorneBy", "PERSON", "entryBanUntil", t.entryBanUntil()));
        ValidatableResponse r = as(IMIGRASI).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/cases/" + caseOf() + "/administrative-actions").then().statusCode(t.status());
        if (t.status() == 422) {
            r.body("errors.field", hasItem("deportation.entryBanUntil")).body("detail", containsString("Pasal 102"));
        }
    }

    private static String caseOf() {
        return AdministrativeActionTest.caseOfOverstayer(LocalDate.parse("2010-01-01"));
    }

    private static String number() {
        return "W10.IMI-" + System.nanoTime();
    }

}
