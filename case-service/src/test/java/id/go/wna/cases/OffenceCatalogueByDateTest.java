package id.go.wna.cases;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static id.go.wna.infra.test.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

/** An offence is judged by the catalogue version in force on the day it was committed. One row per situation. */
@QuarkusTest
class OffenceCatalogueByDateTest {

    private static final String IMIGRASI = "imigrasi-officer";

    /** What is typed and when it was committed; the code and version recorded, or the field refused. */
    record Recording(String rule, String typed, String committedOn, int status, String codeOrField, String versionId,
                     String custodial, String combined, Boolean detention) {
        @Override
        public String toString() {
            return rule;
        }
    }

    static Stream<Recording> recordings() {
        return Stream.of(
                new Recording("pasal124bIsConfinementAndAFine", "124(b)", "2025-03-01", 201, "124(b)", "UU63-2024/124(b)", "CONFINEMENT", "AND", false),
                new Recording("pasal124aIsPrisonAndOrAFine", "124 a", "2025-03-01", 201, "124(a)", "UU63-2024/124(a)", "PRISON", "AND_OR", false),
                new Recording("pasal114Paragraph1IsTheConveyanceAvoidingTheBorderPost", "114(1)", "2024-10-16", 201, "114(1)", "UU6-2011/114(1)", "PRISON", "AND_OR", false),
                new Recording("pasal114Paragraph2IsLandingPassengersUninspected", "114 (2)", "2024-10-17", 201, "114(2)", "UU63-2024/114(2)", "PRISON", "AND_OR", false),
                new Recording("anOffenceCommittedBeforeUu63Of2024IsJudgedByTheEarlierVersion", "122 a", "2024-10-16", 201, "122", "UU6-2011/122", "PRISON", "AND", true),
                new Recording("shamMarriagePermitsDetention", "135", "2026-01-05", 201, "135", "UU63-2024/135", "PRISON", "AND", true),
                new Recording("bare114IsKeptForHistoryOnly", "114", "2025-03-01", 422, "article", null, null, null, null),
                new Recording("bare124IsKeptForHistoryOnly", "124", "2025-03-01", 422, "article", null, null, null, null),
                new Recording("pasal136IsCorporateLiabilityNotAnOffence", "136", "2025-03-01", 422, "article", null, null, null, null),
                new Recording("anOffenceBeforeUu6Of2011HasNoVersionInTheCatalogue", "119", "2010-06-01", 422, "committedOn", null, null, null, null),
                new Recording("anArticleOutsideTheCatalogueIsRefused", "112", "2025-03-01", 422, "article", null, null, null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordings")
    void anOffenceIsJudgedByTheVersionInForceWhenCommitted(Recording t) {
        Map<String, Object> body = new HashMap<>();
        body.put("article", t.typed());
        body.put("committedOn", t.committedOn());
        String caseId = caseWithPerson();
        ValidatableResponse r = as(IMIGRASI).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/cases/" + caseId + "/offences").then().statusCode(t.status());
        if (t.status() == 201) {
            r.body("article", equalTo(t.codeOrField()))
                    .body("version.id", equalTo(t.versionId()))
                    .body("version.custodialPenalty", equalTo(t.custodial()))
                    .body("version.penaltiesCombined", equalTo(t.combined()))
                    .body("detentionPermitted", equalTo(t.detention()));
        } else {
            r.contentType("application/problem+json").body("errors.field", hasItem(t.codeOrField()));
            as(IMIGRASI).when().get("/api/v1/cases/" + caseId).then().statusCode(200)
                    .body("timeline.type", not(hasItem("OFFENCE_RECORDED")));
        }
    }

    @Test
    void theCatalogueListsEveryVersionWithItsInstrumentAndCheckMarks() {
        as("partner-agency").when().get("/api/v1/reference/offences").then().statusCode(200)
                .body("id", hasItems("UU6-2011/122", "UU63-2024/122", "UU6-2011/114", "UU63-2024/114(1)", "UU63-2024/136"))
                .body("find { it.id == 'UU63-2024/122' }.instrument", equalTo("UU 6/2011 as amended by UU 63/2024"))
                .body("find { it.id == 'UU63-2024/122' }.effectiveFrom", equalTo("2024-10-17"))
                .body("find { it.id == 'UU63-2024/122' }.check", containsString("[check]"))
                .body("find { it.id == 'UU6-2011/122' }.effectiveTo", equalTo("2024-10-16"))
                .body("find { it.id == 'UU6-2011/124' }.recordable", equalTo(false))
                .body("find { it.id == 'UU6-2011/124(b)' }.maxFineIdr", equalTo(25_000_000))
                .body("find { it.id == 'UU6-2011/125' }.check", containsString("[check]"));
        as("partner-agency").queryParam("on", "2024-10-16").when().get("/api/v1/reference/offences").then().statusCode(200)
                .body("id", hasItem("UU6-2011/124(b)")).body("id", not(hasItem("UU63-2024/124(b)")));
        // A day outside the years this service's dates lie in, or no date at all, is refused naming `on`.
        for (String day : List.of("9999999-12-31", "1899-12-31", "2024-13-01", "17 Oktober 2024")) {
            as("partner-agency").queryParam("on", day).when().get("/api/v1/reference/offences").then().statusCode(422)
                    .contentType("application/problem+json").body("errors.field", hasItem("on"));
        }
    }

    private static String caseWithPerson() {
        String person = as(IMIGRASI).contentType(ContentType.JSON)
                .body(Map.of("mrz", PersonRegistrationTest.mrz("CHN", "LI", "NA", PersonRegistrationTest.newNumber(), "900606", 'F', "300606")))
                .when().post("/api/v1/persons").then().statusCode(201).extract().path("id");
        return as(IMIGRASI).contentType(ContentType.JSON)
                .body(Map.of("kind", "IMMIGRATION_CRIME", "nationality", "CHN", "province", "Kepulauan Riau", "personId", person))
                .when().post("/api/v1/cases").then().statusCode(201).extract().path("id");
    }
}
