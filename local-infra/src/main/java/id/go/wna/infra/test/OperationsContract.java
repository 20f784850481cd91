package id.go.wna.infra.test;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What an operator and an integrator expect of every WNA service, whatever it does: health with its database and
 * broker checks, Prometheus metrics, an OpenAPI document that says which service it is, and Swagger UI.
 * Each service's test module runs it with {@code class OperationsEndpointsTest extends OperationsContract}.
 */
public abstract class OperationsContract {

    /** The service's OpenAPI title, e.g. "WNA case-service (Imigrasi)". */
    protected abstract String expectedTitle();

    @Test
    void readinessIsTheDatabaseOnlyAndTheBrokerOutboxAndConsumersAreWellnessChecks() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check"))
                .body("checks.name", not(hasItems("Kafka broker")))
                .body("checks.name", not(hasItems("Outbox backlog")));
        given().when().get("/q/health/well").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("UP"))
                .body("checks.name", hasItems("Kafka broker", "Outbox backlog", "Consumers"));
    }

    @Test
    void theConsumersEndpointGivesEveryPartitionOfEveryConsumedTopicWithItsLag() {
        List<Map<String, Object>> partitions = Api.as("admin").when().get("/api/v1/admin/consumers")
                .then().statusCode(200)
                .body("brokerReachable", org.hamcrest.Matchers.equalTo(true))
                .extract().jsonPath().getList("partitions");
        assertFalse(partitions.isEmpty(), "every WNA service consumes at least one topic");
        for (Map<String, Object> p : partitions) {
            assertTrue(p.get("consumer") instanceof String c && !c.isBlank(), "named consumer: " + p);
            assertTrue(p.get("endOffset") instanceof Number, "the broker's end offset: " + p);
            assertTrue(p.get("lag") instanceof Number n && n.longValue() >= 0, "a lag: " + p);
        }
        Api.as("joint-analyst").when().get("/api/v1/admin/consumers").then().statusCode(403);
    }

    @Test
    void livenessIsUp() {
        given().when().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void metricsAreExposedForPrometheus() {
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"))
                .body(containsString("process_cpu_usage"));
    }

    @Test
    void openApiDocumentNamesTheServiceAndItsContact() {
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("info.title", org.hamcrest.Matchers.equalTo(expectedTitle()))
                .body("info.description", not(emptyOrNullString()))
                .body("info.version", not(emptyOrNullString()))
                .body("info.contact.name", not(emptyOrNullString()))
                // Swagger UI's Authorize button: integrators paste a bearer token there.
                .body("components.securitySchemes.bearer.type", org.hamcrest.Matchers.equalTo("http"))
                .body("components.securitySchemes.bearer.scheme", org.hamcrest.Matchers.equalTo("bearer"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyPostUnderApiOffersTheIdempotencyKeyHeader() {
        Map<String, Map<String, Object>> paths = given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        List<String> posts = paths.entrySet().stream()
                .filter(p -> p.getKey().startsWith("/api/") && p.getValue().containsKey("post"))
                .map(Map.Entry::getKey).toList();
        assertFalse(posts.isEmpty(), "every service has the platform's administration POSTs");
        for (String path : posts) {
            List<Map<String, Object>> parameters = (List<Map<String, Object>>)
                    ((Map<String, Object>) paths.get(path).get("post")).getOrDefault("parameters", List.of());
            assertTrue(parameters.stream().anyMatch(p -> "Idempotency-Key".equals(p.get("name")) && "header".equals(p.get("in"))),
                    "POST " + path + " documents Idempotency-Key");
        }
    }

    @Test
    void anEmptyIdempotencyKeyIsRefusedNamingTheHeaderBeforeAnythingRuns() {
        Api.as("admin").header("Idempotency-Key", "").when().post("/api/v1/admin/dead-letters/redrive")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("Idempotency-Key"));
    }

    @Test
    void swaggerUiIsServed() {
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }
}
