package id.go.wna.cases;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.wna.infra.test.Api.as;
import static id.go.wna.infra.test.Api.asMissionOfficerOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What a foreign mission's officer sees follows the person's nationalities, never a case's own field: mismatched rows
 * (as written before the field was checked) and dual nationals, through every read and search a mission officer may
 * call in case-service (see {@link SecurityMatrixTest}).
 */
@QuarkusTest
class MissionScopeTest {

    private static final String IMIGRASI = "imigrasi-officer";

    @Inject
    EntityManager em;

    /** A person registered with these nationalities and a passport of the first. */
    private static String person(String surname, List<String> nationalities) {
        return as(IMIGRASI).contentType(ContentType.JSON)
                .body(Map.of("surname", surname, "givenNames", "ALEX", "sex", "M", "birthDate", "1979-03-03",
                        "nationalities", nationalities, "document", Map.of("type", "P", "number", PersonRegistrationTest.newNumber(),
                                "issuingState", nationalities.get(0))))
                .when().post("/api/v1/persons").then().statusCode(201).extract().path("id");
    }

    private static String openCase(String personId, String nationality) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", "CRIMINAL", "province", "Bali", "personId", personId,
                "summary", "Arrested at Ngurah Rai with 2 kg of methamphetamine"));
        if (nationality != null) {
            body.put("nationality", nationality);
        }
        return as(IMIGRASI).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/cases").then().statusCode(201).extract().path("id");
    }

    /** A British detainee's case with custody, a follow-up and a TAK, whose row then says AUS (as before the rule). */
    private String[] britishCaseMarkedAustralian(String surname) {
        String personId = person(surname, List.of("GBR"));
        String caseId = openCase(personId, "GBR");
        String custodyId = as(IMIGRASI).contentType(ContentType.JSON)
                .body(Map.of("custodyType", "PRE_TRIAL_DETENTION", "facilityType", "RUTAN", "facilityName", "Rutan Denpasar",
                        "province", "Bali", "arrestingAuthority", "POLRI", "startedAt", Instant.now().minus(3, ChronoUnit.DAYS).toString()))
                .when().post("/api/v1/cases/" + caseId + "/custody").then().statusCode(201).extract().path("id");
        as(IMIGRASI).contentType(ContentType.JSON)
                .body(Map.of("stage", "SERIOUS_ILLNESS", "occurredAt", Instant.now().minus(1, ChronoUnit.DAYS).toString(),
                        "details", "Dengue fever, treated in the rutan clinic"))
                .when().post("/api/v1/cases/" + caseId + "/custody/" + custodyId + "/follow-ups").then().statusCode(201);
        as(IMIGRASI).contentType(ContentType.JSON)
                .body(Map.of("actionType", "EXIT_BAN", "decisionNumber", "W20.IMI-" + System.nanoTime(),
                        "decidedOn", LocalDate.now().minusDays(1).toString(), "durationMonths", 6))
                .when().post("/api/v1/cases/" + caseId + "/administrative-actions").then().statusCode(201);
        QuarkusTransaction.requiringNew().run(() -> assertEquals(1, em.createNativeQuery(
                "UPDATE case_file SET nationality = 'AUS' WHERE id = ?1").setParameter(1, UUID.fromString(caseId)).executeUpdate()));
        return new String[]{personId, caseId, custodyId};
    }

    @Test
    void theAustralianPostCannotReadABritishDetaineesCaseEvenWhenTheCaseRowSaysAustralian() {
        String[] c = britishCaseMarkedAustralian("THORNTON");
        String personId = c[0], caseId = c[1], custodyId = c[2];
        RequestSpecification australia = asMissionOfficerOf("AUS");

        australia.when().get("/api/v1/cases/" + caseId).then().statusCode(404).contentType("application/problem+json")
                .body("detail", not(containsString("methamphetamine")));
        asMissionOfficerOf("AUS").when().get("/api/v1/cases/" + caseId + "/custody/" + custodyId + "/follow-ups").then().statusCode(404);
        asMissionOfficerOf("AUS").when().get("/api/v1/cases/" + caseId + "/administrative-actions").then().statusCode(404);
        asMissionOfficerOf("AUS").when().get("/api/v1/persons/" + personId).then().statusCode(404);
        asMissionOfficerOf("AUS").when().get("/api/v1/persons/" + personId + "/cases").then().statusCode(404);
        asMissionOfficerOf("AUS").queryParam("nationality", "AUS").queryParam("size", 500).when().get("/api/v1/cases").then()
                .statusCode(200).body("id", not(hasItem(caseId)));
        asMissionOfficerOf("AUS").queryParam("size", 500).when().get("/api/v1/cases").then()
                .statusCode(200).body("id", not(hasItem(caseId)));
        asMissionOfficerOf("AUS").queryParam("name", "thornton").when().get("/api/v1/persons").then()
                .statusCode(200).body("id", not(hasItem(personId)));
        asMissionOfficerOf("AUS").queryParam("nationality", "GBR").when().get("/api/v1/persons").then()
                .statusCode(200).body("id", not(hasItem(personId)));
    }

    @Test
    void theBritishPostReadsItsNationalsCaseCustodyActionsAndTimelineWhateverTheCaseRowSays() {
        String[] c = britishCaseMarkedAustralian("FAIRWEATHER");
        String personId = c[0], caseId = c[1], custodyId = c[2];

        asMissionOfficerOf("GBR").when().get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body("personId", equalTo(personId))
                .body("timeline.type", org.hamcrest.Matchers.hasItems("CUSTODY_STARTED", "CUSTODY_FOLLOW_UP_ISSUED",
                        "ADMINISTRATIVE_ACTION_TAKEN"));
        asMissionOfficerOf("GBR").when().get("/api/v1/cases/" + caseId + "/custody/" + custodyId + "/follow-ups").then().statusCode(200)
                .body("details", hasItem("Dengue fever, treated in the rutan clinic"));
        asMissionOfficerOf("GBR").when().get("/api/v1/cases/" + caseId + "/administrative-actions").then().statusCode(200)
                .body("actionType", equalTo(List.of("EXIT_BAN")));
        asMissionOfficerOf("GBR").when().get("/api/v1/persons/" + personId).then().statusCode(200);
        asMissionOfficerOf("GBR").when().get("/api/v1/persons/" + personId + "/cases").then().statusCode(200)
                .body("id", equalTo(List.of(caseId)));
        asMissionOfficerOf("GBR").queryParam("nationality", "GBR").queryParam("size", 500).when().get("/api/v1/cases").then()
                .statusCode(200).body("id", hasItem(caseId));
        asMissionOfficerOf("GBR").queryParam("name", "fairweather").when().get("/api/v1/persons").then()
                .statusCode(200).body("id", equalTo(List.of(personId)));
        // Kemlu searching by nationality finds the case by its person too, not by the stale field.
        as("kemlu-consular").queryParam("nationality", "GBR").queryParam("size", 500)
                .when().get("/api/v1/cases").then().statusCode(200).body("id", hasItem(caseId));
        as("kemlu-consular").queryParam("nationality", "AUS").queryParam("size", 500)
                .when().get("/api/v1/cases").then().statusCode(200).body("id", not(hasItem(caseId)));
    }

    @Test
    void aBritishAustralianDualNationalIsSeenByBothPostsAndNotByFrance() {
        String personId = person("ASHWORTH", List.of("GBR", "AUS"));
        String caseId = openCase(personId, null);

        for (String post : List.of("GBR", "AUS")) {
            asMissionOfficerOf(post).when().get("/api/v1/cases/" + caseId).then().statusCode(200)
                    .body("nationality", equalTo("GBR"));
            asMissionOfficerOf(post).when().get("/api/v1/persons/" + personId).then().statusCode(200);
            asMissionOfficerOf(post).when().get("/api/v1/persons/" + personId + "/cases").then().statusCode(200)
                    .body("id", equalTo(List.of(caseId)));
            asMissionOfficerOf(post).queryParam("nationality", post).queryParam("size", 500).when().get("/api/v1/cases").then()
                    .statusCode(200).body("id", hasItem(caseId));
            asMissionOfficerOf(post).queryParam("name", "ashworth").when().get("/api/v1/persons").then()
                    .statusCode(200).body("id", hasItem(personId));
        }
        asMissionOfficerOf("FRA").when().get("/api/v1/cases/" + caseId).then().statusCode(404);
        asMissionOfficerOf("FRA").when().get("/api/v1/cases/" + caseId + "/administrative-actions").then().statusCode(404);
        asMissionOfficerOf("FRA").when().get("/api/v1/persons/" + personId).then().statusCode(404);
        asMissionOfficerOf("FRA").when().get("/api/v1/persons/" + personId + "/cases").then().statusCode(404);
        asMissionOfficerOf("FRA").queryParam("size", 500).when().get("/api/v1/cases").then()
                .statusCode(200).body("id", not(hasItem(caseId)));
        asMissionOfficerOf("FRA").queryParam("name", "ashworth").when().get("/api/v1/persons").then()
                .statusCode(200).body("id", not(hasItem(personId)));
    }

    @Test
    void openingACaseWithANationalityThePersonDoesNotHoldIsA422NamingNationalityAndCreatesNothing() {
        String personId = person("KENDRICK", List.of("GBR"));

        as(IMIGRASI).contentType(ContentType.JSON)
                .body(Map.of("kind", "CRIMINAL", "nationality", "AUS", "province", "Bali", "personId", personId))
                .when().post("/api/v1/cases").then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("nationality"))
                .body("errors[0].message", containsString("GBR"));
        as("kemlu-consular").when().get("/api/v1/persons/" + personId + "/cases").then().statusCode(200).body("$", hasSize(0));

        // Left out, the case takes the person's; a German's D passport is DEU on the case.
        as(IMIGRASI).contentType(ContentType.JSON).body(Map.of("kind", "CRIMINAL", "province", "Bali", "personId", personId))
                .when().post("/api/v1/cases").then().statusCode(201).body("nationality", equalTo("GBR"));
        String german = person("BRANDT", List.of("D"));
        as(IMIGRASI).contentType(ContentType.JSON)
                .body(Map.of("kind", "CIVIL", "nationality", "DEU", "province", "Bali", "personId", german))
                .when().post("/api/v1/cases").then().statusCode(201).body("nationality", equalTo("DEU"));
        asMissionOfficerOf("DEU").when().get("/api/v1/persons/" + german + "/cases").then().statusCode(200).body("$", hasSize(1));
        asMissionOfficerOf("DEU").queryParam("name", "brandt").when().get("/api/v1/persons").then()
                .statusCode(200).body("id", hasItem(german));
    }

    @Test
    void aCaseNamingNoPersonKeepsItsDeclaredNationalityAndNeedsOne() {
        as(IMIGRASI).contentType(ContentType.JSON).body(Map.of("kind", "CIVIL", "province", "Bali"))
                .when().post("/api/v1/cases").then().statusCode(422).body("errors[0].field", equalTo("nationality"));
        String caseId = as(IMIGRASI).contentType(ContentType.JSON)
                .body(Map.of("kind", "CIVIL", "nationality", "NZL", "province", "Bali"))
                .when().post("/api/v1/cases").then().statusCode(201).body("nationality", equalTo("NZL")).extract().path("id");
        asMissionOfficerOf("NZL").when().get("/api/v1/cases/" + caseId).then().statusCode(200);
        asMissionOfficerOf("AUS").when().get("/api/v1/cases/" + caseId).then().statusCode(404);
    }
}
