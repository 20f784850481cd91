package id.go.wna.platform;

import id.go.wna.infra.test.TestTokens;
import id.go.wna.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A POST with an Idempotency-Key runs once per caller and key; a retry gets the first answer, another body a 422. */
@QuarkusTest
class IdempotencyKeyTest {

    private static Response post(String token, String key, String body) {
        return given().auth().oauth2(token).header("Idempotency-Key", key).contentType("application/json").body(body)
                .when().post("/api/v1/platform-test/counters");
    }

    @Test
    void aRetryWithTheSameKeyAndBodyGetsTheFirstAnswerWithoutRunningAgain() {
        String token = TestTokens.forRole(Roles.ADMIN);
        String key = UUID.randomUUID().toString();
        Response first = post(token, key, "{\"name\":\"visits\"}");
        int runsAfterFirst = TestCounterResource.RUNS.get();
        Response retry = post(token, key, "{\"name\":\"visits\"}");

        assertEquals(201, first.statusCode(), first.asString());
        assertNull(first.header("Idempotent-Replayed"));
        assertEquals(201, retry.statusCode(), retry.asString());
        assertEquals("true", retry.header("Idempotent-Replayed"));
        assertEquals(first.asString(), retry.asString(), "the same body");
        assertEquals(first.header("Location"), retry.header("Location"), "the same Location");
        assertEquals(runsAfterFirst, TestCounterResource.RUNS.get(), "the retry did not run the request again");
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedAndDoesNotRun() {
        String token = TestTokens.forRole(Roles.ADMIN);
        String key = UUID.randomUUID().toString();
        assertEquals(201, post(token, key, "{\"name\":\"visits\"}").statusCode());
        int runs = TestCounterResource.RUNS.get();

        Response other = post(token, key, "{\"name\":\"notices\"}");

        assertEquals(422, other.statusCode(), other.asString());
        assertEquals("application/problem+json", other.contentType().split(";")[0]);
        assertEquals("Idempotency-Key", other.jsonPath().getString("errors[0].field"), other.asString());
        assertEquals(runs, TestCounterResource.RUNS.get(), "the refused request did not run");
    }

    @Test
    void anotherCallerMayUseTheSameKeyForItsOwnRequest() {
        String key = UUID.randomUUID().toString();
        Response mine = post(TestTokens.forSubject(Roles.ADMIN, "officer-a"), key, "{\"name\":\"visits\"}");
        Response theirs = post(TestTokens.forSubject(Roles.ADMIN, "officer-b"), key, "{\"name\":\"notices\"}");

        assertEquals(201, mine.statusCode());
        assertEquals(201, theirs.statusCode(), theirs.asString());
        assertNull(theirs.header("Idempotent-Replayed"));
        assertEquals("notices", theirs.jsonPath().getString("name"));
    }
}
