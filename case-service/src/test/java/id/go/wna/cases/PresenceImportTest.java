package id.go.wna.cases;

import id.go.wna.contracts.CloudEventHeaders;
import id.go.wna.contracts.EventSchemas;
import id.go.wna.contracts.EventTypes;
import id.go.wna.infra.test.TestEvents;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.wna.cases.domain.ImportJob;
import id.go.wna.cases.service.MovementRules;
import id.go.wna.cases.service.PresenceImport;
import id.go.wna.platform.outbox.Outbox;
import id.go.wna.platform.security.PersonRefs;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static id.go.wna.infra.test.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Bulk presence imports: bad rows named by line and field, good rows kept, nothing counted twice. */
@QuarkusTest
class PresenceImportTest {

    @Inject
    PersonRefs personRefs;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    MovementRules rules;
    @Inject
    ObjectMapper json;
    @Inject
    Outbox outbox;

    private static final String HEADER = "movementId,type,occurredAt,documentIssuingState,documentNumber,nationality,sex,"
            + "birthDate,portCode,province,entryBasis,permitType,permitId,validFrom,validUntil,endReason,overstayDays";

    /** Five people, one good movement each, three bad rows and a repeat of the first row. */
    private record File(List<String> numbers, String csv, String ndjson) {
    }

    private static File file() {
        String at = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        List<String> n = List.of(PersonRegistrationTest.newNumber(), PersonRegistrationTest.newNumber(),
                PersonRegistrationTest.newNumber(), PersonRegistrationTest.newNumber(), PersonRegistrationTest.newNumber());
        String arrival = UUID.randomUUID() + ",ARRIVAL," + at + ",AUS," + n.get(0) + ",AUS,F,1990-04-21,DPS,Bali,VISA_FREE,,,,,,";
        List<String> rows = List.of(
                arrival,                                                                                                         // line 2
                UUID.randomUUID() + ",DEPARTURE," + at + ",JPN," + n.get(1) + ",JPN,M,,CGK,Banten,,,,,,,3",                     // line 3
                UUID.randomUUID() + ",PERMIT_ISSUED," + at + ",D," + n.get(2) + ",D,X,2012-01-01,,Bali,,ITAS," + UUID.randomUUID()
                        + ",2026-01-01,2026-12-31,,",                                                                            // line 4
                UUID.randomUUID() + ",PERMIT_ENDED," + at + ",NLD," + n.get(3) + ",NLD,,,,,,ITK," + UUID.randomUUID() + ",,,EXPIRED,", // line 5
                UUID.randomUUID() + ",PARKING," + at + ",AUS,PX1,AUS,F,,DPS,Bali,,,,,,,",                                        // line 6
                UUID.randomUUID() + ",ARRIVAL,yesterday,AUS,PX2,ZZZ,F,,DPS,Bali,,,,,,,",                                         // line 7
                UUID.randomUUID() + ",PERMIT_ISSUED," + at + ",AUS,PX3,AUS,F,,,,,," + UUID.randomUUID() + ",2026-01-01,,,",      // line 8
                arrival,                                                                                                         // line 9
                UUID.randomUUID() + ",ARRIVAL," + at + ",GBR," + n.get(4) + ",GBD,M,1960-05-05,LOP,\"Nusa Tenggara Barat, Lombok\",,,,,,,"); // line 10
        String csv = HEADER + "\n" + String.join("\n", rows) + "\n";
        String[] names = HEADER.split(",");
        String ndjson = rows.stream().map(row -> {
            List<String> values = splitCsv(row);
            Map<String, String> object = new java.util.LinkedHashMap<>();
            for (int i = 0; i < names.length; i++) {
                if (!values.get(i).isEmpty()) {
                    object.put(names[i], values.get(i));
                }
            }
            try {
                return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(object);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }).collect(Collectors.joining("\n", "", "\n"));
        return new File(n, csv, ndjson);
    }

    private static List<String> splitCsv(String row) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (char c : row.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(f.toString());
                f.setLength(0);
            } else {
                f.append(c);
            }
        }
        out.add(f.toString());
        return out;
    }

    private Set<String> refs(File f) {
        return Set.of(personRefs.of("AUS", f.numbers().get(0)).toString(), personRefs.of("JPN", f.numbers().get(1)).toString(),
                personRefs.of("D", f.numbers().get(2)).toString(), personRefs.of("NLD", f.numbers().get(3)).toString(),
                personRefs.of("GBR", f.numbers().get(4)).toString());
    }

    private static JsonPath post(String contentType, String body) {
        return as("imigrasi-officer").contentType(contentType + "; charset=UTF-8").body(body.getBytes(StandardCharsets.UTF_8)).when().post("/api/v1/presence/imports")
                .then().statusCode(202)
                .header("Location", containsString("/api/v1/presence/imports/"))
                .body("status", equalTo("COMPLETED"))
                .extract().jsonPath();
    }

    private void importsGoodRowsNamesBadOnesAndCountsNothingTwice(String contentType, java.util.function.Function<File, String> body,
                                                                  long firstLine) throws Exception {
        File f = file();
        JsonPath job = post(contentType, body.apply(f));
        assertEquals(9, job.getLong("rowsRead"));
        assertEquals(5, job.getLong("accepted"));
        assertEquals(1, job.getLong("duplicates"), "line 9 repeats line 2");
        assertEquals(3, job.getLong("rejected"));
        long offset = firstLine - 2; // CSV: the header is line 1, the first row line 2; NDJSON: the first row is line 1
        assertEquals(List.of((int) (6 + offset) + " type", (int) (7 + offset) + " nationality", (int) (7 + offset) + " occurredAt",
                        (int) (8 + offset) + " permitType"),
                job.getList("errors", Map.class).stream().map(e -> e.get("line") + " " + e.get("field")).sorted().toList());

        Set<String> refs = refs(f);
        List<ConsumerRecord<String, String>> events = PresenceEventsOnTheTopic.withKeys(refs, 5, Duration.ofSeconds(2), Duration.ofSeconds(30));
        assertEquals(5, events.size());
        assertEquals(Set.of(EventTypes.PERSON_ARRIVED, EventTypes.PERSON_DEPARTED, EventTypes.STAY_PERMIT_ISSUED, EventTypes.STAY_PERMIT_ENDED),
                events.stream().map(r -> TestEvents.header(r, CloudEventHeaders.TYPE)).collect(Collectors.toSet()));
        for (ConsumerRecord<String, String> r : events) {
            assertEquals(List.of(), EventSchemas.validate(TestEvents.header(r, CloudEventHeaders.TYPE), r.value()), r.value());
            assertEquals(r.key(), TestEvents.header(r, CloudEventHeaders.SUBJECT));
            f.numbers().forEach(number -> assertFalse(r.value().contains(number), "no document number on the shared topic"));
        }

        JsonPath again = post(contentType, body.apply(f));
        assertEquals(9, again.getLong("rowsRead"));
        assertEquals(0, again.getLong("accepted"));
        assertEquals(6, again.getLong("duplicates"));
        assertEquals(3, again.getLong("rejected"));
        assertEquals(5, PresenceEventsOnTheTopic.withKeys(refs, 5, Duration.ofSeconds(3), Duration.ofSeconds(30)).size(),
                "a re-imported file publishes nothing");

        as("admin").when().get("/api/v1/presence/imports/" + again.getString("id")).then().statusCode(200)
                .body("accepted", equalTo(0)).body("duplicates", equalTo(6));
        as("imigrasi-officer").queryParam("size", 2).when().get("/api/v1/presence/imports/" + again.getString("id") + "/errors")
                .then().statusCode(200).body("size()", equalTo(2)).body("[0].line", equalTo((int) (6 + offset)));
    }

    @Test
    void aCsvImportKeepsTheGoodRowsNamesEachBadRowByLineAndFieldAndAReimportCountsOnlyDuplicates() throws Exception {
        importsGoodRowsNamesBadOnesAndCountsNothingTwice("text/csv", File::csv, 2);
    }

    @Test
    void anNdjsonImportDoesTheSame() throws Exception {
        importsGoodRowsNamesBadOnesAndCountsNothingTwice("application/x-ndjson", File::ndjson, 1);
    }

    @Test
    void aKnownMovementIdWithDifferentContentIsRejectedNotCountedAsADuplicate() {
        String id = UUID.randomUUID().toString();
        String at = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        String number = PersonRegistrationTest.newNumber();
        post("text/csv", "movementId,type,occurredAt,documentIssuingState,documentNumber,nationality,sex,portCode,province\n"
                + id + ",ARRIVAL," + at + ",AUS," + number + ",AUS,F,DPS,Bali\n");
        JsonPath job = post("text/csv", "movementId,type,occurredAt,documentIssuingState,documentNumber,nationality,sex,portCode,province\n"
                + id + ",ARRIVAL," + at + ",AUS," + number + ",AUS,F,CGK,Banten\n");
        assertEquals(1, job.getLong("rejected"));
        assertEquals(0, job.getLong("duplicates"));
        assertEquals("movementId", job.getString("errors[0].field"));
        assertEquals(2, job.getInt("errors[0].line"));
    }

    @Test
    void onePersonsMovementsInAFileArePublishedOnceEachInTheFilesOrderWithTheMovementIdAsEventId() {
        String number = PersonRegistrationTest.newNumber();
        Instant arrived = Instant.now().minus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        List<String> ids = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(), UUID.randomUUID().toString());
        JsonPath job = post("text/csv", HEADER + "\n"
                + ids.get(0) + ",ARRIVAL," + arrived + ",AUS," + number + ",AUS,F,1990-04-21,DPS,Bali,VISA_ON_ARRIVAL,,,,,,\n"
                + ids.get(1) + ",PERMIT_ISSUED," + arrived.plus(2, ChronoUnit.DAYS) + ",AUS," + number + ",AUS,F,1990-04-21,,Bali,,ITAS,"
                + UUID.randomUUID() + ",2026-01-01,2026-12-31,,\n"
                + ids.get(2) + ",DEPARTURE," + arrived.plus(10, ChronoUnit.DAYS) + ",AUS," + number + ",AUS,F,1990-04-21,DPS,Bali,,,,,,,\n");
        assertEquals(3, job.getLong("accepted"));

        String ref = personRefs.of("AUS", number).toString();
        List<ConsumerRecord<String, String>> events = PresenceEventsOnTheTopic.withKeys(Set.of(ref), 3, Duration.ofSeconds(2), Duration.ofSeconds(30));
        assertEquals(List.of(EventTypes.PERSON_ARRIVED, EventTypes.STAY_PERMIT_ISSUED, EventTypes.PERSON_DEPARTED),
                events.stream().map(r -> TestEvents.header(r, CloudEventHeaders.TYPE)).toList());
        assertEquals(ids, events.stream().map(r -> TestEvents.header(r, CloudEventHeaders.ID)).toList(),
                "a consumer can tell a movement's event by its movementId, and a re-sent event is the same event");
    }

    @Test
    void aMovementIdRepeatedInALaterBatchTurnsTheRestOfTheJobToTheStagingPathAndEachMovementIsPublishedOnce() throws Exception {
        // Batches of two: rows 1-2 are COPYed straight into presence_movement; row 4 repeats row 1, so the second
        // batch's COPY fails, is rolled back to its savepoint (row 3 with it) and the batch is staged; so is the third.
        PresenceImport smallBatches = new PresenceImport(dataSource, rules, json, outbox, 2);
        String at = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        List<String> numbers = List.of(PersonRegistrationTest.newNumber(), PersonRegistrationTest.newNumber(),
                PersonRegistrationTest.newNumber(), PersonRegistrationTest.newNumber());
        List<String> rows = new java.util.ArrayList<>();
        for (String number : numbers) {
            rows.add(UUID.randomUUID() + ",ARRIVAL," + at + ",AUS," + number + ",AUS,F,1990-04-21,DPS,Bali,VISA_FREE,,,,,,");
        }
        rows.add(3, rows.get(0));
        String csv = HEADER + "\n" + String.join("\n", rows) + "\n";

        UUID jobId = smallBatches.run(ImportJob.Format.CSV, StandardCharsets.UTF_8,
                new java.io.ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "test");

        as("imigrasi-officer").when().get("/api/v1/presence/imports/" + jobId).then().statusCode(200)
                .body("status", equalTo("COMPLETED")).body("rowsRead", equalTo(5)).body("accepted", equalTo(4))
                .body("duplicates", equalTo(1)).body("rejected", equalTo(0));
        Set<String> refs = numbers.stream().map(n -> personRefs.of("AUS", n).toString()).collect(Collectors.toSet());
        List<ConsumerRecord<String, String>> events = PresenceEventsOnTheTopic.withKeys(refs, 4, Duration.ofSeconds(3), Duration.ofSeconds(30));
        assertEquals(refs, events.stream().map(ConsumerRecord::key).collect(Collectors.toSet()));
        assertEquals(4, events.size(), "each movement once: the rolled-back COPY published nothing");
    }

    @Test
    void aCsvHeaderWithoutARequiredColumnIsRefusedNamingIt() {
        as("imigrasi-officer").contentType("text/csv").body("movementId,type,occurredAt,nationality\n".getBytes(StandardCharsets.UTF_8)).when()
                .post("/api/v1/presence/imports").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItems("documentIssuingState", "documentNumber"));
    }

    @Test
    void anUnknownJobIsNotFound() {
        as("imigrasi-officer").when().get("/api/v1/presence/imports/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        as("imigrasi-officer").when().get("/api/v1/presence/imports/" + UUID.randomUUID() + "/errors").then().statusCode(404);
    }

    @Test
    void anotherContentTypeIsA415Problem() {
        as("imigrasi-officer").contentType("application/json").body("[]").when().post("/api/v1/presence/imports")
                .then().statusCode(415).contentType("application/problem+json");
    }
}
