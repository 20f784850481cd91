package id.go.wna.notification;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static id.go.wna.infra.test.Api.as;
import static id.go.wna.infra.test.Api.asMissionOfficerOf;
import static id.go.wna.notification.ConsularObligationTest.KEMLU;
import static id.go.wna.notification.ConsularObligationTest.detained;
import static id.go.wna.notification.ConsularObligationTest.notice;
import static id.go.wna.notification.ConsularObligationTest.obligationOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The letter to the post, served from what the obligation holds, to those who may read it. */
@QuarkusTest
class NotificationLetterEndpointTest {

    @Test
    void theLetterToTheConsulateGeneralCarriesThePersonTheReferenceAndTheBaliTimeInBothLanguages() throws Exception {
        String id = obligationOf(detained("AUS", "51", Instant.parse("2026-11-28T02:30:00Z")));
        String reference = notice(id, Map.of("channel", "EMAIL")).then().statusCode(201).extract().path("referenceNumber");

        as(KEMLU, "letter-reader").accept("text/html").queryParam("lang", "en").get("/api/v1/obligations/" + id + "/letter").then()
                .statusCode(200).contentType(containsString("text/html"))
                .body(containsString("SMITH"), containsString("SMITH&lt;&lt;JOHN&lt;PAUL"), containsString(reference),
                        containsString("PA1234567"), containsString("Rumah Detensi Imigrasi Denpasar"), containsString("10:30 WITA"),
                        containsString("78(3)"), containsString("presents its compliments"));
        as(KEMLU).accept("text/html").queryParam("lang", "id").get("/api/v1/obligations/" + id + "/letter").then()
                .statusCode(200).body(containsString("28 November 2026"), containsString("10.30 WITA"), containsString("menyampaikan salam hormat"),
                        containsString(reference));

        byte[] pdf = as(KEMLU).queryParam("lang", "en").queryParam("format", "pdf").get("/api/v1/obligations/" + id + "/letter")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("SMITH") && text.contains(reference), text);
        }
        as("auditor").queryParam("subject", "letter-reader").get("/api/v1/audit").then().statusCode(200)
                .body("what", hasItem("consular notification letter"));
    }

    @Test
    void aPostReadsOnlyTheLettersItReceivedAndKemluMayPreviewADraft() {
        String id = obligationOf(detained("AUS", "51", Instant.now().minus(1, ChronoUnit.HOURS)));
        as(KEMLU).accept("text/html").get("/api/v1/obligations/" + id + "/letter").then().statusCode(200)
                .body(containsString("DRAFT"));
        asMissionOfficerOf("AUS").accept("text/html").get("/api/v1/obligations/" + id + "/letter").then().statusCode(404);

        notice(id, Map.of("channel", "PORTAL")).then().statusCode(201);
        asMissionOfficerOf("AUS").accept("text/html").get("/api/v1/obligations/" + id + "/letter").then().statusCode(200)
                .body(containsString("SMITH"));
        asMissionOfficerOf("GBR").accept("text/html").get("/api/v1/obligations/" + id + "/letter").then().statusCode(404);
        as(KEMLU).queryParam("lang", "fr").get("/api/v1/obligations/" + id + "/letter").then().statusCode(422)
                .contentType(containsString("problem+json")).body(containsString("lang"));
    }
}
