package id.go.wna.notification;

import id.go.wna.notification.domain.PostType;
import id.go.wna.notification.service.PostChoice;
import id.go.wna.notification.service.PostDirectory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static id.go.wna.infra.test.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The foreign-mission directory as Kemlu keeps it and as a notice finds its post. */
@QuarkusTest
class PostDirectoryTest {

    private static final String CONSULAR = "kemlu-consular";

    @Inject
    PostDirectory directory;

    static Map<String, Object> post(String code, String country, String type, String name, List<String> district) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("country", country);
        body.put("type", type);
        body.put("name", name);
        body.put("city", "Jakarta");
        body.put("district", district);
        return body;
    }

    @Test
    void aDetaineeInBaliOfAustralianNationalityIsNotifiedToTheConsulateGeneralInBali() {
        as("imigrasi-officer").queryParam("nationality", "AUS").queryParam("province", "51")
                .when().get("/api/v1/posts/choice").then().statusCode(200)
                .body("post.code", equalTo("AUS-CG-DPS"))
                .body("post.type", equalTo("CONSULATE_GENERAL"))
                .body("province.name", equalTo("Bali"))
                .body("reason", equalTo("consular district of the Australian Consulate-General Bali covers Bali (51)"));

        Optional<PostChoice> choice = directory.choose("AUS", "Bali");
        assertEquals("AUS-CG-DPS", choice.orElseThrow().post().code);
    }

    @Test
    void japaneseNationalsInBaliNtbAndNttGoToTheConsulateGeneralInDenpasarAndInSulawesiToTheConsularOfficeInMakassar() {
        for (String province : List.of("51", "52", "53")) {
            as(CONSULAR).queryParam("nationality", "JPN").queryParam("province", province)
                    .when().get("/api/v1/posts/choice").then().statusCode(200)
                    .body("post.code", equalTo("JPN-CG-DPS")).body("post.type", equalTo("CONSULATE_GENERAL"));
        }
        as(CONSULAR).queryParam("nationality", "JPN").queryParam("province", "73")
                .when().get("/api/v1/posts/choice").then().statusCode(200)
                .body("post.code", equalTo("JPN-CO-UPG")).body("post.type", equalTo("CONSULATE"))
                .body("post.name", containsString("under the Consulate-General in Surabaya"));
        // The swapped posts of the first directory are retired: kept for the notices sent to them, never chosen.
        as(CONSULAR).queryParam("country", "JPN").queryParam("active", false).when().get("/api/v1/posts").then().statusCode(200)
                .body("code", equalTo(List.of("JPN-CG-UPG", "JPN-CO-DPS")));
    }

    @Test
    void aProvinceOutsideEveryConsularDistrictGoesToTheEmbassy() {
        as(CONSULAR).queryParam("nationality", "AUS").queryParam("province", "DKI Jakarta")
                .when().get("/api/v1/posts/choice").then().statusCode(200)
                .body("post.code", equalTo("AUS-EMB-JKT"))
                .body("reason", containsString("no consular district of a post of Australia covers DKI Jakarta (31)"));
        as(CONSULAR).queryParam("nationality", "KOR").queryParam("province", "51")
                .when().get("/api/v1/posts/choice").then().statusCode(200)
                .body("post.code", equalTo("KOR-EMB-JKT"));
        assertEquals("USA-EMB-JKT", directory.choose("USA", null).orElseThrow().post().code);
    }

    @Test
    void aTaiwaneseNationalIsNotifiedToTetoNotAnEmbassy() {
        as(CONSULAR).queryParam("nationality", "TWN").queryParam("province", "35")
                .when().get("/api/v1/posts/choice").then().statusCode(200)
                .body("post.code", equalTo("TWN-TETO-JKT"))
                .body("post.type", equalTo("REPRESENTATIVE_OFFICE"))
                .body("reason", equalTo("Taiwan: Taipei Economic and Trade Office, not an embassy"));
    }

    @Test
    void aStatelessPersonARefugeeAnUnspecifiedNationalityAndAnIndonesianHaveNoPost() {
        as(CONSULAR).queryParam("nationality", "XXA").queryParam("province", "51")
                .when().get("/api/v1/posts/choice").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("stateless"));
        as(CONSULAR).queryParam("nationality", "XXB").when().get("/api/v1/posts/choice").then().statusCode(404)
                .body("detail", containsString("never notified without a supervised override"));
        for (String code : List.of("XXA", "XXB", "XXC", "XXX", "IDN")) {
            assertTrue(directory.choose(code, "51").isEmpty(), code);
        }
    }

    @Test
    void anIcaoCodeFindsItsCountrysPostAndANonCodeIsRefusedNamingTheField() {
        assertEquals("DEU-EMB-JKT", directory.choose("D", "31").orElseThrow().post().code);
        as(CONSULAR).queryParam("nationality", "QQQ").when().get("/api/v1/posts/choice").then().statusCode(422)
                .body("errors[0].field", equalTo("nationality"));
        as(CONSULAR).queryParam("nationality", "AUS").queryParam("province", "Atlantis")
                .when().get("/api/v1/posts/choice").then().statusCode(422)
                .body("errors[0].field", equalTo("province"));
    }

    @Test
    void aCountryWithoutAPostInIndonesiaFallsBackToOneAccreditedFromAbroadOnlyIfTheDirectoryHasOne() {
        as(CONSULAR).queryParam("nationality", "TUV").queryParam("province", "51")
                .when().get("/api/v1/posts/choice").then().statusCode(404)
                .body("detail", equalTo("no active post of Tuvalu (TUV) is in the directory"));

        Map<String, Object> abroad = post("TUV-EMB-TEST", "TUV", "EMBASSY", "Embassy of Tuvalu (test)", List.of());
        abroad.put("city", "Tokyo");
        abroad.put("accreditedFrom", "JPN");
        as(CONSULAR).contentType(ContentType.JSON).body(abroad).when().post("/api/v1/posts").then().statusCode(201);

        as(CONSULAR).queryParam("nationality", "TUV").queryParam("province", "51")
                .when().get("/api/v1/posts/choice").then().statusCode(200)
                .body("post.code", equalTo("TUV-EMB-TEST"))
                .body("reason", equalTo("Tuvalu has no post in Indonesia: the Embassy of Tuvalu (test) in Tokyo, Japan, is accredited to Indonesia"));
    }

    @Test
    void theDirectoryListsPostsByCountryAndFindsThoseCoveringAProvince() {
        as("partner-agency").queryParam("country", "JPN").queryParam("active", true).when().get("/api/v1/posts").then().statusCode(200)
                .body("code", equalTo(List.of("JPN-CG-DPS", "JPN-CG-MES", "JPN-CG-SUB", "JPN-CO-UPG", "JPN-EMB-JKT")))
                .body("find { it.code == 'JPN-CG-DPS' }.district.code", equalTo(List.of("51", "52", "53")));
        as("mission-officer").queryParam("province", "Bali").queryParam("type", "consulate_general")
                .when().get("/api/v1/posts").then().statusCode(200)
                .body("code", hasItems("AUS-CG-DPS", "CHN-CG-DPS", "IND-CG-DPS", "USA-CG-SUB"))
                .body("type", everyItem(equalTo("CONSULATE_GENERAL")));
        // An embassy without a district covers what its country's other posts leave: Australia's covers Jakarta, not Bali.
        as(CONSULAR).queryParam("province", "51").when().get("/api/v1/posts").then().statusCode(200)
                .body("code", hasItems("AUS-CG-DPS", "KOR-EMB-JKT")).body("code", not(hasItem("AUS-EMB-JKT")));
        as(CONSULAR).queryParam("province", "31").queryParam("country", "AUS").when().get("/api/v1/posts").then().statusCode(200)
                .body("code", equalTo(List.of("AUS-EMB-JKT")));
        as(CONSULAR).queryParam("type", "legation").when().get("/api/v1/posts").then().statusCode(400)
                .body("errors[0].field", equalTo("type"));
    }

    @Test
    void anUnknownPostIs404AndAnExistingCodeCannotBeAddedTwice() {
        as(CONSULAR).when().get("/api/v1/posts/NOPE-EMB-JKT").then().statusCode(404).contentType("application/problem+json");
        as(CONSULAR).contentType(ContentType.JSON).body(post("AUS-EMB-JKT", "AUS", "EMBASSY", "Another", List.of()))
                .when().post("/api/v1/posts").then().statusCode(409);
        as(CONSULAR).contentType(ContentType.JSON).body(post("XYZ-EMB-JKT", "QQQ", "EMBASSY", "Nowhere", List.of()))
                .when().post("/api/v1/posts").then().statusCode(422).body("errors[0].field", equalTo("country"));
        as(CONSULAR).contentType(ContentType.JSON).body(post("NZL-CG-TEST", "NZL", "CONSULATE_GENERAL", "Test", List.of("Mordor")))
                .when().post("/api/v1/posts").then().statusCode(422).body("errors[0].field", equalTo("district"));
    }

    @Test
    void kemluAddsAPostAndMovesAProvinceFromOneDistrictToAnother() {
        // Malaysia opens a (test) consulate in Banjarmasin and takes Kalimantan Tengah from Pontianak.
        Map<String, Object> banjarmasin = post("MYS-C-BDJ-TEST", "MYS", "CONSULATE", "Consulate of Malaysia, Banjarmasin (test)",
                List.of("63", "Kalimantan Tengah"));
        as(CONSULAR).contentType(ContentType.JSON).body(banjarmasin).when().post("/api/v1/posts").then().statusCode(422)
                .body("errors[0].field", equalTo("district"))
                .body("errors[0].message", containsString("MYS-CG-PNK"));

        String etag = as(CONSULAR).when().get("/api/v1/posts/MYS-CG-PNK").then().statusCode(200)
                .body("district.code", equalTo(List.of("61", "62"))).extract().header("ETag");
        Map<String, Object> pontianak = post(null, "MYS", "CONSULATE_GENERAL", "Consulate General of Malaysia, Pontianak", List.of("61"));
        pontianak.put("city", "Pontianak");
        String newEtag = as("kemlu-supervisor").contentType(ContentType.JSON).header("If-Match", etag).body(pontianak)
                .when().put("/api/v1/posts/MYS-CG-PNK").then().statusCode(200)
                .body("district.code", equalTo(List.of("61")))
                .body("updatedBy", notNullValue())
                .extract().header("ETag");
        assertTrue(!etag.equals(newEtag), "the version moves when the district changes");

        as(CONSULAR).contentType(ContentType.JSON).body(banjarmasin).when().post("/api/v1/posts").then().statusCode(201)
                .header("Location", containsString("/api/v1/posts/MYS-C-BDJ-TEST"))
                .header("ETag", notNullValue())
                .body("district.code", equalTo(List.of("62", "63")));
        assertEquals("MYS-C-BDJ-TEST", directory.choose("MYS", "62").orElseThrow().post().code);
        assertEquals(PostType.CONSULATE, directory.choose("MYS", "Kalimantan Selatan").orElseThrow().post().type);
    }

    @Test
    void aStaleIfMatchOnAPostIs412AndChangesNothing() {
        String etag = as(CONSULAR).when().get("/api/v1/posts/TLS-C-KOE").then().statusCode(200).extract().header("ETag");
        Map<String, Object> kupang = post(null, "TLS", "CONSULATE", "Consulate of the Democratic Republic of Timor-Leste in Kupang",
                List.of("53"));
        kupang.put("city", "Kupang");
        kupang.put("phone", "+62 380 000000");
        as(CONSULAR).contentType(ContentType.JSON).header("If-Match", etag).body(kupang)
                .when().put("/api/v1/posts/TLS-C-KOE").then().statusCode(200).body("phone", equalTo("+62 380 000000"));

        kupang.put("phone", "+62 380 111111");
        as(CONSULAR).contentType(ContentType.JSON).header("If-Match", etag).body(kupang)
                .when().put("/api/v1/posts/TLS-C-KOE").then().statusCode(412)
                .body("errors[0].field", equalTo("If-Match"));
        as(CONSULAR).when().get("/api/v1/posts/TLS-C-KOE").then().body("phone", equalTo("+62 380 000000"));
        as(CONSULAR).contentType(ContentType.JSON).body(kupang).when().put("/api/v1/posts/NOPE-C-XXX").then().statusCode(404);
    }

    @Test
    void anInactivePostIsNeverChosen() {
        Map<String, Object> pk = post("PAK-CG-TEST", "PAK", "CONSULATE_GENERAL", "Consulate General of Pakistan (test)", List.of("12"));
        pk.put("active", false);
        as(CONSULAR).contentType(ContentType.JSON).body(pk).when().post("/api/v1/posts").then().statusCode(201)
                .body("active", equalTo(false));
        assertEquals("PAK-EMB-JKT", directory.choose("PAK", "12").orElseThrow().post().code);
    }
}
