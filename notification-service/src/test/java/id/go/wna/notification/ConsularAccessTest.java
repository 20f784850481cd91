package id.go.wna.notification;

import id.go.wna.contracts.CloudEventHeaders;
import id.go.wna.contracts.EventTypes;
import id.go.wna.contracts.Topics;
import id.go.wna.infra.test.RealInfrastructure;
import id.go.wna.infra.test.TestEvents;
import id.go.wna.notification.service.DeadlineWatch;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static id.go.wna.infra.test.Api.as;
import static id.go.wna.infra.test.Api.asMissionOfficerOf;
import static id.go.wna.notification.ConsularObligationTest.KEMLU;
import static id.go.wna.notification.ConsularObligationTest.SUPERVISOR;
import static id.go.wna.notification.ConsularObligationTest.consularEvent;
import static id.go.wna.notification.ConsularObligationTest.data;
import static id.go.wna.notification.ConsularObligationTest.detained;
import static id.go.wna.notification.ConsularObligationTest.notice;
import static id.go.wna.notification.ConsularObligationTest.obligationOf;
import static id.go.wna.notification.ConsularObligationTest.read;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Consular access (VCCR Art. 36(1)(c)) on the real broker and database: requests, their state machine, who may take which
 * step, the ACCESS clock, the events, and the visit figures the obligation derives from them.
 */
@QuarkusTest
class ConsularAccessTest {

    private static final String IMIGRASI = "imigrasi-officer";

    @Inject
    DeadlineWatch watch;

    /** An Australian detained in Bali {@code ago}, whose post (AUS-CG-DPS, mandatory regime) was notified. */
    private String notifiedAustralian(Duration ago) {
        String id = obligationOf(detained("AUS", "51", Instant.now().minus(ago).truncatedTo(ChronoUnit.SECONDS)));
        notice(id, Map.of("channel", "DIPLOMATIC_NOTE")).then().statusCode(201);
        return id;
    }

    /** A request received 20 minutes ago (every obligation here began an hour ago or more). */
    private static Response request(String role, String obligationId, String requestedBy) {
        return as(role).contentType(ContentType.JSON)
                .body(Map.of("obligationId", obligationId, "mode", "IN_PERSON", "requestedBy", requestedBy,
                        "requestedAt", Instant.now().minus(20, ChronoUnit.MINUTES).toString()))
                .post("/api/v1/access-requests");
    }

    private static String requested(String obligationId) {
        return request(KEMLU, obligationId, "POST").then().statusCode(201).extract().path("id");
    }

    private static Response step(String role, String id, Map<String, Object> body) {
        return as(role).contentType(ContentType.JSON).body(body).post("/api/v1/access-requests/" + id + "/transitions");
    }

    private static Response step(String id, Map<String, Object> body) {
        return step(KEMLU, id, body);
    }

    private static JsonPath readRequest(String id) {
        return as(KEMLU).get("/api/v1/access-requests/" + id).then().statusCode(200).extract().jsonPath();
    }

    /** Takes a new request (received 20 minutes ago) to SCHEDULED, 15 minutes ago. */
    private static void scheduled(String id) {
        step(id, Map.of("to", "UNDER_REVIEW")).then().statusCode(200);
        step(id, Map.of("to", "APPROVED")).then().statusCode(200);
        step(id, Map.of("to", "SCHEDULED", "scheduledAt", Instant.now().minus(15, ChronoUnit.MINUTES).toString(),
                "place", "Rudenim Denpasar, visiting room 2")).then().statusCode(200);
    }

    @Test
    void aRequestedVisitIsReviewedApprovedScheduledAndConductedAndEachStepIsOnRecordAndOnTheTopic() {
        String obligationId = notifiedAustralian(Duration.ofDays(3));
        Response created = as(KEMLU).contentType(ContentType.JSON)
                .body(Map.of("obligationId", obligationId, "mode", "IN_PERSON", "requestedBy", "DETAINEE",
                        "requestedAt", Instant.now().minus(20, ChronoUnit.MINUTES).toString(),
                        "preferredAt", Instant.now().plus(1, ChronoUnit.DAYS).toString(), "notes", "asked at the morning count"))
                .post("/api/v1/access-requests");
        created.then().statusCode(201)
                .header("Location", containsString("/api/v1/access-requests/"))
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("REQUESTED"))
                .body("postCode", equalTo("AUS-CG-DPS"))
                .body("allowedTransitions", hasItem("UNDER_REVIEW"))
                .body("allowedTransitions", not(hasItem("CONDUCTED")))
                .body("clock.clock", equalTo("ACCESS"))
                .body("clock.state", equalTo("RUNNING"))
                .body("clock.dueAtLocal", endsWith(" WITA"));
        String id = created.path("id");
        Instant requestedAt = Instant.parse(created.path("requestedAt"));
        assertEquals(requestedAt.plus(Duration.ofHours(96)), Instant.parse(created.path("clock.dueAt")));
        assertTrue(created.header("Location").endsWith(id));

        JsonPath requestedEvent = data(consularEvent(obligationId, EventTypes.ACCESS_REQUESTED));
        assertEquals(id, requestedEvent.getString("accessRequestId"));
        assertEquals("IN_PERSON", requestedEvent.getString("mode"));
        assertEquals("DETAINEE", requestedEvent.getString("requestedBy"));
        assertEquals("AUS-CG-DPS", requestedEvent.getString("postCode"));
        assertEquals(requestedAt, Instant.parse(requestedEvent.getString("requestedAt")));

        scheduled(id);
        Instant visited = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        // Imigrasi, at the facility, sees the visit happen and records it
        step(IMIGRASI, id, Map.of("to", "CONDUCTED", "at", visited.toString(), "durationMinutes", 45,
                "visitors", "Consul J. Brown; Vice-Consul A. Lee")).then().statusCode(200)
                .body("status", equalTo("CONDUCTED"))
                .body("conductedAt", equalTo(visited.toString()))
                .body("clock.state", equalTo("MET"))
                .body("allowedTransitions", hasSize(0));

        JsonPath r = readRequest(id);
        assertEquals(List.of("REQUESTED", "UNDER_REVIEW", "APPROVED", "SCHEDULED", "CONDUCTED"), r.getList("history.to"));
        assertNull(r.get("history[0].from"));
        assertEquals("SCHEDULED", r.getString("history[4].from"));
        assertEquals("asked at the morning count", r.getString("history[0].reason"));
        assertEquals("Rudenim Denpasar, visiting room 2", r.getString("place"));

        JsonPath conducted = data(consularEvent(obligationId, EventTypes.ACCESS_CONDUCTED));
        assertEquals(id, conducted.getString("accessRequestId"));
        assertTrue(conducted.getBoolean("firstVisit"));
        assertEquals(2, conducted.getInt("daysSinceCustodyStart"));
        assertEquals(45, conducted.getInt("durationMinutes"));
        assertEquals(visited, Instant.parse(conducted.getString("conductedAt")));
        assertFalse(consularEvent(obligationId, EventTypes.ACCESS_CONDUCTED).value().contains("Brown"),
                "the shared topic carries no names");
    }

    @Test
    void theObligationDerivesItsLastVisitAndDaysToFirstVisitFromTheConductedVisits() {
        String obligationId = notifiedAustralian(Duration.ofDays(5));
        JsonPath before = read(obligationId);
        assertEquals(0, before.getInt("derived.visitsConducted"));
        assertNull(before.get("derived.lastVisitAt"));
        assertNull(before.get("derived.daysToFirstVisit"));

        String first = requested(obligationId);
        scheduled(first);
        Instant firstVisit = Instant.now().minus(2, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        step(first, Map.of("to", "CONDUCTED", "at", firstVisit.toString())).then().statusCode(200);

        String second = as(KEMLU).contentType(ContentType.JSON)
                .body(Map.of("obligationId", obligationId, "mode", "VIDEO", "requestedBy", "POST",
                        "requestedAt", Instant.now().minus(20, ChronoUnit.MINUTES).toString()))
                .post("/api/v1/access-requests").then().statusCode(201).extract().path("id");
        scheduled(second);
        Instant secondVisit = Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        step(second, Map.of("to", "CONDUCTED", "at", secondVisit.toString(), "durationMinutes", 20)).then().statusCode(200);

        JsonPath o = read(obligationId);
        assertEquals(2, o.getInt("derived.visitsConducted"));
        assertEquals(secondVisit, Instant.parse(o.getString("derived.lastVisitAt")));
        assertEquals(4, o.getInt("derived.daysToFirstVisit"));
        assertEquals(List.of(first, second), o.getList("visits.accessRequestId"));
        assertEquals("VIDEO", o.getString("visits[1].mode"));
        assertEquals("MET", o.getString("clocks.find { it.subjectId == '" + second + "' }.state"));
        assertTrue(event(obligationId, EventTypes.ACCESS_CONDUCTED, e -> first.equals(e.getString("accessRequestId")))
                .getBoolean("firstVisit"));
        assertFalse(event(obligationId, EventTypes.ACCESS_CONDUCTED, e -> second.equals(e.getString("accessRequestId")))
                .getBoolean("firstVisit"));
    }

    @Test
    void aForbiddenStepIs409ListingTheAllowedOnes() {
        String obligationId = notifiedAustralian(Duration.ofHours(2));
        String id = requested(obligationId);
        step(id, Map.of("to", "CONDUCTED", "at", Instant.now().toString())).then().statusCode(409)
                .contentType("application/problem+json")
                .body("allowed", equalTo(List.of("UNDER_REVIEW", "DECLINED_BY_DETAINEE", "DENIED", "CANCELLED_BY_POST", "EXPIRED")))
                .body("detail", containsString("REQUESTED"));
        step(id, Map.of("to", "SCHEDULED", "scheduledAt", Instant.now().toString())).then().statusCode(409);
        // a request never scheduled lapses only once past its deadline
        step(id, Map.of("to", "EXPIRED")).then().statusCode(409).body("detail", containsString("deadline"));
        step(id, Map.of("to", "CANCELLED_BY_POST", "reason", "the consul is travelling")).then().statusCode(200);
        step(id, Map.of("to", "UNDER_REVIEW")).then().statusCode(409).body("detail", containsString("final"));
        // RESCHEDULED needs a new time and goes on as SCHEDULED does
        String other = requested(obligationId);
        scheduled(other);
        step(other, Map.of("to", "RESCHEDULED")).then().statusCode(422).body("errors[0].field", equalTo("scheduledAt"));
        step(other, Map.of("to", "RESCHEDULED", "scheduledAt", Instant.now().plus(2, ChronoUnit.DAYS).toString(),
                "reason", "lockdown at the facility")).then().statusCode(200)
                .body("allowedTransitions", hasItem("CONDUCTED")).body("allowedTransitions", hasItem("RESCHEDULED"));
        step(other, Map.of("to", "NO_SHOW", "reason", "nobody came")).then().statusCode(200).body("status", equalTo("NO_SHOW"));
        assertEquals(2, readRequest(other).getList("history.scheduledAt").stream().filter(s -> s != null).count());
    }

    @Test
    void aDenialWithoutItsLegalBasisIs422NamingTheFieldAndChangesNothing() {
        String id = requested(notifiedAustralian(Duration.ofHours(2)));
        step(id, Map.of("to", "UNDER_REVIEW")).then().statusCode(200);
        step(id, Map.of("to", "DENIED", "approvingOfficial", "Direktur Perlindungan WNI")).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("legalBasis"));
        step(id, Map.of("to", "DENIED", "legalBasis", "UU 6/2011 Pasal 83")).then().statusCode(422)
                .body("errors[0].field", equalTo("approvingOfficial"));
        step(id, Map.of("to", "UNDER_REVIEW", "durationMinutes", 0)).then().statusCode(400)
                .body(containsString("durationMinutes"));
        JsonPath unchanged = readRequest(id);
        assertEquals("UNDER_REVIEW", unchanged.getString("status"));
        assertEquals(2, unchanged.getList("history").size());
        assertEquals(1, unchanged.getInt("version"));

        step(SUPERVISOR, id, Map.of("to", "DENIED", "legalBasis", "UU 6/2011 Pasal 83; riot at the facility",
                "approvingOfficial", "Direktur Perlindungan WNI", "reason", "security")).then().statusCode(200)
                .body("status", equalTo("DENIED")).body("legalBasis", containsString("Pasal 83"));
    }

    @Test
    void aMissionOfficerRequestsAndCancelsForItsOwnNationalButSeesNothingOfAnotherCountry() {
        String obligationId = notifiedAustralian(Duration.ofHours(3));

        asMissionOfficerOf("CHN").contentType(ContentType.JSON)
                .body(Map.of("obligationId", obligationId, "mode", "PHONE", "requestedBy", "POST"))
                .post("/api/v1/access-requests").then().statusCode(404);
        asMissionOfficerOf("AUS").contentType(ContentType.JSON)
                .body(Map.of("obligationId", obligationId, "mode", "PHONE", "requestedBy", "DETAINEE"))
                .post("/api/v1/access-requests").then().statusCode(422).body("errors[0].field", equalTo("requestedBy"));
        String id = asMissionOfficerOf("AUS").contentType(ContentType.JSON)
                .body(Map.of("obligationId", obligationId, "mode", "PHONE", "requestedBy", "POST"))
                .post("/api/v1/access-requests").then().statusCode(201).body("requestedBy", equalTo("POST"))
                .extract().path("id");

        asMissionOfficerOf("CHN").get("/api/v1/access-requests/" + id).then().statusCode(404);
        asMissionOfficerOf("CHN").get("/api/v1/access-requests").then().statusCode(200)
                .body("nationality", everyItem(equalTo("CHN")));
        asMissionOfficerOf("CHN").contentType(ContentType.JSON).body(Map.of("to", "CANCELLED_BY_POST"))
                .post("/api/v1/access-requests/" + id + "/transitions").then().statusCode(404);
        asMissionOfficerOf("AUS").queryParam("nationality", "CHN").get("/api/v1/access-requests").then().statusCode(200)
                .body("size()", equalTo(0));

        asMissionOfficerOf("AUS").queryParam("obligationId", obligationId).get("/api/v1/access-requests").then()
                .statusCode(200).body("id", equalTo(List.of(id)));
        asMissionOfficerOf("AUS").contentType(ContentType.JSON).body(Map.of("to", "UNDER_REVIEW"))
                .post("/api/v1/access-requests/" + id + "/transitions").then().statusCode(403);
        asMissionOfficerOf("AUS").contentType(ContentType.JSON).body(Map.of("to", "CANCELLED_BY_POST", "reason", "consul ill"))
                .post("/api/v1/access-requests/" + id + "/transitions").then().statusCode(200)
                .body("status", equalTo("CANCELLED_BY_POST"));
        // Imigrasi records what it sees at the facility, nothing else
        step(IMIGRASI, requested(obligationId), Map.of("to", "APPROVED")).then().statusCode(403);
    }

    @Test
    void noAccessFollowsAnObligationWhosePostWasNeverNotifiedOrThatIsOutsideTheOrdinaryFlow() {
        String unnotified = obligationOf(detained("AUS", "51", Instant.now().minus(1, ChronoUnit.HOURS)));
        request(KEMLU, unnotified, "DETAINEE").then().statusCode(409).body("detail", containsString("not been notified"));

        String diplomat = obligationOf(detained(List.of("RUS"), "31", Instant.now(), false, "DIPLOMATIC_AGENT"));
        request(KEMLU, diplomat, "POST").then().statusCode(409).body("detail", containsString("Protocol"));
        String refugee = obligationOf(detained(List.of("RUS"), "31", Instant.now(), true, "NONE"));
        request(KEMLU, refugee, "POST").then().statusCode(409).body("detail", containsString("asylum"));
        String indonesian = (String) ConsularObligationTest.obligationsOf(
                detained(List.of("NLD", "IDN"), "31", Instant.now(), false, "NONE"), 1).get(0).get("id");
        request(KEMLU, indonesian, "POST").then().statusCode(409).body("detail", containsString("No consular duty"));
        as(KEMLU).get("/api/v1/access-requests?obligationId=" + unnotified).then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void aDetaineeWhoOpposedConsularActionIsStillAskedTheViewWarnsAndTheirRefusalClosesTheRequest() {
        String obligationId = obligationOf(detained("PHL", "71", Instant.now().minus(3, ChronoUnit.HOURS)));
        as(KEMLU).contentType(ContentType.JSON).body(Map.of("advisedAt", Instant.now().minusSeconds(60).toString(),
                        "answer", "DECLINED", "language", "tl", "interpreterUsed", true, "interpreterName", "R. Santos",
                        "opposesConsularAccess", true, "advisedBy", "Officer on duty, Rudenim Manado"))
                .post("/api/v1/obligations/" + obligationId + "/advisement").then().statusCode(201);
        notice(obligationId, Map.of("channel", "EMAIL")).then().statusCode(201); // mandatory: notified anyway
        Response created = request(KEMLU, obligationId, "POST");
        created.then().statusCode(201).body("warnings[0]", containsString("opposed"));
        String id = created.path("id");
        step(IMIGRASI, id, Map.of("to", "DECLINED_BY_DETAINEE", "reason", "repeated the objection to the consul by phone"))
                .then().statusCode(200).body("status", equalTo("DECLINED_BY_DETAINEE")).body("warnings", hasSize(0));
    }

    /** The VCCR sets no deadline for a visit: the 96 h access term is a service target, missed, not breached. */
    @Test
    void anUnheldVisitWarnsHalfWayAndMissesTheAccessTargetOnceEachWhichIsNoBreach() {
        String obligationId = notifiedAustralian(Duration.ofHours(1));
        ConsularObligationTest.advise(obligationId, "REQUESTED").then().statusCode(201); // only the access clock runs on
        Response created = request(KEMLU, obligationId, "POST");
        String id = created.path("id");
        Instant requestedAt = Instant.parse(created.path("requestedAt"));
        String closed = requested(obligationId);
        step(closed, Map.of("to", "CANCELLED_BY_POST")).then().statusCode(200);
        step(id, Map.of("to", "UNDER_REVIEW")).then().statusCode(200);

        watch.scan(requestedAt.plus(Duration.ofHours(47)));
        assertTrue(accessAlerts(obligationId).isEmpty());
        watch.scan(requestedAt.plus(Duration.ofHours(49)));
        JsonPath warning = event(obligationId, EventTypes.DEADLINE_WARNING_RAISED, e -> "ACCESS".equals(e.getString("clock")));
        assertEquals("ACCESS", warning.getString("clock"));
        assertEquals(requestedAt.plus(Duration.ofHours(96)), Instant.parse(warning.getString("dueAt")));

        watch.scan(requestedAt.plus(Duration.ofHours(97)));
        watch.scan(requestedAt.plus(Duration.ofHours(98)));
        List<Map<String, Object>> alerts = accessAlerts(obligationId);
        assertEquals(List.of("WARNING", "TARGET_MISSED"), alerts.stream().map(a -> a.get("level")).toList(),
                "one warning and one missed target, for the open request only");
        JsonPath missed = event(obligationId, EventTypes.DEADLINE_BREACHED, e -> "ACCESS_TARGET_MISSED".equals(e.getString("clock")));
        assertEquals(requestedAt.plus(Duration.ofHours(96)), Instant.parse(missed.getString("dueAt")));
        assertEquals(1, read(obligationId).getInt("derived.escalationLevel"), "the officer's attention, not a breach's");
    }

    @Test
    void theAccessTargetWaitsWhileTheVisitIsScheduledAtThePostsChosenTimeAndResumesOnARescheduleByTheAuthorities() {
        String obligationId = notifiedAustralian(Duration.ofHours(1));
        Instant postsTime = Instant.now().plus(6, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Response created = as(KEMLU).contentType(ContentType.JSON)
                .body(Map.of("obligationId", obligationId, "mode", "IN_PERSON", "requestedBy", "POST",
                        "requestedAt", Instant.now().minus(20, ChronoUnit.MINUTES).toString(), "preferredAt", postsTime.toString()))
                .post("/api/v1/access-requests");
        String id = created.then().statusCode(201).extract().path("id");
        Instant requestedAt = Instant.parse(created.path("requestedAt"));
        step(id, Map.of("to", "UNDER_REVIEW")).then().statusCode(200);
        step(id, Map.of("to", "APPROVED")).then().statusCode(200);
        Instant scheduledStep = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        step(id, Map.of("to", "SCHEDULED", "scheduledAt", postsTime.toString(), "at", scheduledStep.toString()))
                .then().statusCode(200).body("clock.state", equalTo("PAUSED"));

        watch.scan(requestedAt.plus(Duration.ofHours(120)));
        assertTrue(accessAlerts(obligationId).isEmpty(), "the wait is the post's choice: no warning, no missed target");

        // The authorities move the visit: the clock resumes, later by the time it waited.
        Instant moved = Instant.now().minus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        step(id, Map.of("to", "RESCHEDULED", "scheduledAt", postsTime.plus(1, ChronoUnit.DAYS).toString(), "at", moved.toString(),
                "reason", "the facility is closed that day")).then().statusCode(200);
        JsonPath resumed = readRequest(id);
        assertEquals(requestedAt.plus(Duration.ofHours(96)).plus(Duration.between(scheduledStep, moved)),
                Instant.parse(resumed.getString("clock.dueAt")));
        assertEquals("RUNNING", resumed.getString("clock.state"));
        step(id, Map.of("to", "CONDUCTED", "at", Instant.now().minus(1, ChronoUnit.MINUTES).toString(), "atPostsChoice", true))
                .then().statusCode(422).body("errors[0].field", equalTo("atPostsChoice"));
        assertEquals("RESCHEDULED", readRequest(id).getString("status"), "nothing changed");
    }

    @Test
    void aStepOnAStaleVersionIs412AndChangesNothing() {
        String id = requested(notifiedAustralian(Duration.ofHours(1)));
        String etag = as(KEMLU).get("/api/v1/access-requests/" + id).then().statusCode(200).extract().header("ETag");
        as(KEMLU).contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("to", "UNDER_REVIEW"))
                .post("/api/v1/access-requests/" + id + "/transitions").then().statusCode(200).header("ETag", equalTo("\"1\""));
        as(KEMLU).contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("to", "APPROVED"))
                .post("/api/v1/access-requests/" + id + "/transitions").then().statusCode(412)
                .contentType("application/problem+json");
        assertEquals("UNDER_REVIEW", readRequest(id).getString("status"));
    }

    private static List<Map<String, Object>> accessAlerts(String obligationId) {
        List<Map<String, Object>> alerts = read(obligationId).getList("alerts");
        return alerts.stream().filter(a -> "ACCESS".equals(a.get("clock"))).toList();
    }

    /** The consular event of the obligation of that type whose data matches (values parsed, never matched as text). */
    private static JsonPath event(String obligationId, String type, Predicate<JsonPath> matching) {
        return TestEvents.find(RealInfrastructure.kafkaClient(), Topics.CONSULAR_EVENTS,
                        r -> obligationId.equals(r.key()) && type.equals(TestEvents.header(r, CloudEventHeaders.TYPE))
                                && matching.test(JsonPath.from(r.value())), Duration.ofSeconds(20))
                .map(r -> JsonPath.from(r.value()))
                .orElseThrow(() -> new AssertionError("no matching " + type + " for obligation " + obligationId));
    }
}
