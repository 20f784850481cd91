package id.go.wna.cases;

import id.go.wna.cases.domain.Mrz;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static id.go.wna.infra.test.Api.as;
import static id.go.wna.infra.test.Api.asMissionOfficerOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class PersonRegistrationTest {

    /** A valid TD3 MRZ for a made-up holder, with its check digits computed. */
    static String mrz(String state, String surname, String given, String number, String birth, char sex, String expiry) {
        String line1 = ("P<" + state + surname + "<<" + given.replace(' ', '<') + "<".repeat(44)).substring(0, 44);
        String num = (number + "<<<<<<<<<").substring(0, 9);
        String optional = "<".repeat(14);
        String body = num + Mrz.checkDigit(num) + state + birth + Mrz.checkDigit(birth) + sex + expiry + Mrz.checkDigit(expiry)
                + optional + "<";
        String composite = body.substring(0, 10) + body.substring(13, 20) + body.substring(21, 43);
        return line1 + "\n" + body + Mrz.checkDigit(composite);
    }

    static String newNumber() {
        return "PA" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    }

    @Test
    void aPassportMrzRegistersThePersonWithNamesBirthDateAndNationalityFromIt() {
        String number = newNumber();
        as("imigrasi-officer").contentType(ContentType.JSON)
                .body(Map.of("mrz", mrz("AUS", "CITIZEN", "JANE MARY", number, "880215", 'F', "310101"), "birthPlace", "Perth",
                        "languages", List.of("en")))
                .when().post("/api/v1/persons").then().statusCode(201)
                .header("Location", containsString("/api/v1/persons/"))
                .body("surname", equalTo("CITIZEN"))
                .body("givenNames", equalTo("JANE MARY"))
                .body("mrzSurname", equalTo("CITIZEN"))
                .body("birthDate", equalTo("1988-02-15"))
                .body("sex", equalTo("F"))
                .body("nationalities", equalTo(List.of("AUS")))
                .body("documents[0].number", equalTo(number))
                .body("documents[0].issuingState", equalTo("AUS"))
                .body("minor", equalTo(false))
                .body("personRef", matchesPattern("[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
    }

    @Test
    void theSameDocumentTwiceIsA409PointingAtTheExistingPerson() {
        String number = newNumber();
        String body = mrz("NZL", "TAMATEA", "ARI", number, "900101", 'M', "300101");
        String id = as("imigrasi-officer").contentType(ContentType.JSON).body(Map.of("mrz", body))
                .when().post("/api/v1/persons").then().statusCode(201).extract().path("id");

        as("imigrasi-officer").contentType(ContentType.JSON).body(Map.of("mrz", body))
                .when().post("/api/v1/persons").then().statusCode(409)
                .contentType("application/problem+json")
                .header("Location", containsString("/api/v1/persons/" + id))
                .body("detail", containsString(id));
    }

    @Test
    void aMistypedBirthDateInTheMrzIsA422NamingItsCheckDigit() {
        String good = mrz("PHL", "SANTOS", "MARIA", newNumber(), "850704", 'F', "290101");
        String typo = good.substring(0, 45 + 18) + (good.charAt(45 + 18) == '1' ? '2' : '1') + good.substring(45 + 19);
        as("imigrasi-officer").contentType(ContentType.JSON).body(Map.of("mrz", typo))
                .when().post("/api/v1/persons").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("mrz.birthDateCheckDigit"));
    }

    @Test
    void anUnknownNationalityCodeIsA422AndIcaoOnlyCodesAreAccepted() {
        Map<String, Object> person = new HashMap<>(Map.of("surname", "Okoro", "givenNames", "Chidi", "sex", "M", "birthDate", "1979-03-03",
                "document", Map.of("type", "P", "number", newNumber(), "issuingState", "NGA"),
                "nationalities", List.of("NGA", "ZZZ")));
        as("imigrasi-officer").contentType(ContentType.JSON).body(person)
                .when().post("/api/v1/persons").then().statusCode(422)
                .body("errors[0].field", equalTo("nationalities[1]"));

        person.put("nationalities", List.of("XXA"));
        person.put("vulnerability", Map.of("asylumSeekerOrRefugee", true, "unhcrNumber", "UNHCR-123-45678", "traffickingVictim", false));
        as("imigrasi-officer").contentType(ContentType.JSON).body(person)
                .when().post("/api/v1/persons").then().statusCode(201)
                .body("nationalities", equalTo(List.of("XXA")))
                .body("asylumSeekerOrRefugee", equalTo(true));
    }

    @Test
    void searchByNameIgnoresCaseAndAccentsAndAMissionOfficerSeesOnlyItsNationals() {
        String french = as("imigrasi-officer").contentType(ContentType.JSON)
                .body(Map.of("surname", "Müller-Lefèvre", "givenNames", "José", "sex", "M", "birthDate", "1970-05-05",
                        "nationalities", List.of("FRA"), "document", Map.of("type", "P", "number", newNumber(), "issuingState", "FRA")))
                .when().post("/api/v1/persons").then().statusCode(201).extract().path("id");

        as("kemlu-consular").header("X-Purpose", "find the detainee's record").queryParam("name", "jose muller")
                .when().get("/api/v1/persons").then().statusCode(200).body("id", hasItem(french));
        as("kemlu-consular").queryParam("name", "LEFEVRE").when().get("/api/v1/persons").then().statusCode(200)
                .body("id", hasItem(french));

        asMissionOfficerOf("FRA").when().get("/api/v1/persons/" + french).then().statusCode(200);
        asMissionOfficerOf("AUS").when().get("/api/v1/persons/" + french).then().statusCode(404);
        asMissionOfficerOf("AUS").queryParam("name", "jose").when().get("/api/v1/persons").then().statusCode(200)
                .body("id", not(hasItem(french)));
        as("partner-agency").when().get("/api/v1/persons/" + french).then().statusCode(403);
    }

    @Test
    void aGermanWhosePassportSaysDIsSeenByTheGermanMission() {
        String german = as("imigrasi-officer").contentType(ContentType.JSON)
                .body(Map.of("mrz", mrz("D<<", "SCHMIDT", "KLAUS", "C01X00T47", "650101", 'M', "300101")))
                .when().post("/api/v1/persons").then().statusCode(201)
                .body("nationalities", equalTo(List.of("D")))
                .extract().path("id");
        asMissionOfficerOf("DEU").when().get("/api/v1/persons/" + german).then().statusCode(200);
        asMissionOfficerOf("DEU").queryParam("name", "schmidt").when().get("/api/v1/persons").then().statusCode(200)
                .body("id", hasItem(german));
    }
}
