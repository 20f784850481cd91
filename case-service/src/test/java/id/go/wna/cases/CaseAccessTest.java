package id.go.wna.cases;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.wna.infra.test.Api.as;
import static id.go.wna.infra.test.Api.asMissionOfficerOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who sees which case, and the trace every read of identifiable data leaves. */
@QuarkusTest
class CaseAccessTest {

    @Inject
    EntityManager em;

    private static String open(String nationality) {
        return as("imigrasi-officer").contentType(ContentType.JSON)
                .body(Map.of("kind", "CRIMINAL", "nationality", nationality, "province", "Bali",
                        "summary", "Arrested at Ngurah Rai with a forged visa stamp"))
                .when().post("/api/v1/cases").then().statusCode(201).extract().path("id");
    }

    private static List<Map<String, Object>> auditOf(String caseId) {
        List<Map<String, Object>> rows = as("auditor").queryParam("size", 1000).when().get("/api/v1/audit")
                .then().statusCode(200).extract().jsonPath().getList("$");
        return rows.stream().filter(r -> caseId.equals(r.get("resource"))).toList();
    }

    @Test
    void aMissionOfficerSeesItsOwnNationalsCasesAndAnotherCountrysCaseIsNotFound() {
        String australian = open("AUS");
        String filipino = open("PHL");

        asMissionOfficerOf("AUS").when().get("/api/v1/cases/" + australian).then().statusCode(200)
                .body("nationality", equalTo("AUS"));
        asMissionOfficerOf("AUS").when().get("/api/v1/cases/" + filipino).then().statusCode(404)
                .contentType("application/problem+json");
        asMissionOfficerOf("AUS").when().get("/api/v1/cases").then().statusCode(200)
                .body("id", hasItem(australian))
                .body("id", not(hasItem(filipino)));
        // Not every listed case says AUS: a British-Australian's case may say GBR and is the Australian post's too
        // (MissionScopeTest), so the list is checked by id.
        asMissionOfficerOf("AUS").queryParam("nationality", "PHL").when().get("/api/v1/cases").then().statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void readingACaseWithItsSummaryIsAuditedWithThePurposeAndPseudonymousReadsAreNot() {
        String caseId = open("NLD");

        as("kemlu-consular").header("X-Purpose", "Check consular notification for the Dutch embassy")
                .header("X-Request-Id", "req-" + caseId)
                .when().get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body("summary", equalTo("Arrested at Ngurah Rai with a forged visa stamp"));
        as("partner-agency").when().get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body("summary", nullValue());
        as("kemlu-consular").queryParam("nationality", "NLD").when().get("/api/v1/cases").then().statusCode(200)
                .body("summary", everyItem(nullValue()));

        List<Map<String, Object>> rows = auditOf(caseId);
        assertEquals(1, rows.size(), "one identifiable read, one row: " + rows);
        Map<String, Object> row = rows.get(0);
        assertEquals("local-kemlu-consular", row.get("subject"));
        assertEquals("case detail", row.get("what"));
        assertEquals("Check consular notification for the Dutch embassy", row.get("purpose"));
        assertEquals("req-" + caseId, row.get("requestId"));
        assertTrue(((String) row.get("roles")).contains("kemlu-consular"));
    }

    @Test
    void auditRowsCannotBeChangedOrRemovedEvenByTheDatabaseUser() {
        String caseId = open("DEU");
        as("imigrasi-officer").when().get("/api/v1/cases/" + caseId).then().statusCode(200);
        assertEquals(1, auditOf(caseId).size());

        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("UPDATE audit_log SET purpose = 'nothing to see' WHERE resource = ?1")
                        .setParameter(1, caseId).executeUpdate()));
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("DELETE FROM audit_log WHERE resource = ?1").setParameter(1, caseId).executeUpdate()));
        assertEquals(1, auditOf(caseId).size());
    }

    @Test
    void casesAreFoundByProvinceAndOpeningTimeAndAPersonsCasesAreListedWithAnAuditTrail() {
        java.time.Instant before = java.time.Instant.now();
        String person = as("imigrasi-officer").contentType(ContentType.JSON)
                .body(Map.of("mrz", PersonRegistrationTest.mrz("THA", "SRISAI", "SOMCHAI", PersonRegistrationTest.newNumber(), "870101", 'M', "300101")))
                .when().post("/api/v1/persons").then().statusCode(201).extract().path("id");
        String inPapua = as("imigrasi-officer").contentType(ContentType.JSON)
                .body(Map.of("kind", "CIVIL", "nationality", "THA", "province", "Papua Barat", "personId", person))
                .when().post("/api/v1/cases").then().statusCode(201).extract().path("id");

        as("kemlu-consular").queryParam("province", "papua barat").queryParam("from", before.toString())
                .when().get("/api/v1/cases").then().statusCode(200)
                .body("id", hasItem(inPapua));
        as("kemlu-consular").queryParam("province", "Papua Barat").queryParam("to", before.toString())
                .when().get("/api/v1/cases").then().statusCode(200)
                .body("id", not(hasItem(inPapua)));
        as("kemlu-consular").queryParam("from", "last week").when().get("/api/v1/cases").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));

        as("kemlu-consular").header("X-Purpose", "prepare the notice to the Thai embassy")
                .when().get("/api/v1/persons/" + person + "/cases").then().statusCode(200)
                .body("id", equalTo(List.of(inPapua)));
        asMissionOfficerOf("AUS").when().get("/api/v1/persons/" + person + "/cases").then().statusCode(404);
        List<Map<String, Object>> rows = as("auditor").queryParam("size", 1000).when().get("/api/v1/audit")
                .then().extract().jsonPath().getList("$");
        assertTrue(rows.stream().anyMatch(r -> person.equals(r.get("resource")) && "person's cases".equals(r.get("what"))
                && "prepare the notice to the Thai embassy".equals(r.get("purpose"))));
    }

    @Test
    void theAuditLogIsForAuditorsOnly() {
        as("imigrasi-officer").when().get("/api/v1/audit").then().statusCode(403);
        as("auditor").queryParam("from", "yesterday").when().get("/api/v1/audit").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
    }

    @Test
    void anUnknownCaseIsNotFoundForAMissionOfficerToo() {
        asMissionOfficerOf("AUS").when().get("/api/v1/cases/" + UUID.randomUUID()).then().statusCode(404);
    }
}
