package id.go.wna.platform;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The document at /q/openapi states the problem responses of every operation, without each resource repeating them. */
@QuarkusTest
class ProblemResponsesOpenApiTest {

    private static JsonPath document() {
        return given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> responses(JsonPath doc, String path, String method) {
        Map<String, Object> responses = doc.getMap("paths.'" + path + "'." + method + ".responses");
        assertNotNull(responses, method + " " + path + " is in the document");
        return responses;
    }

    private static void assertProblem(JsonPath doc, String path, String method, String status) {
        String ref = doc.getString("paths.'" + path + "'." + method + ".responses.'" + status + "'.content.'application/problem+json'.schema.$ref");
        assertEquals("#/components/schemas/Problem", ref, method + " " + path + " " + status + " is a problem+json response");
    }

    @Test
    void aSecuredOperationThatTakesABodyDocumentsItsBadRequestAuthenticationRoleAndInternalErrorProblems() {
        JsonPath doc = document();
        String path = "/api/v1/platform-test/counters";
        Map<String, Object> responses = responses(doc, path, "post");

        assertTrue(responses.containsKey("201"), "its own response is kept: " + responses.keySet());
        for (String status : new String[]{"400", "401", "403", "500"}) {
            assertProblem(doc, path, "post", status);
        }
    }

    @Test
    void aResponseTheOperationStatesItselfKeepsItsOwnDescription() {
        JsonPath doc = document();
        assertEquals("This service keeps no read model that can be rebuilt from its topics; nothing was changed",
                doc.getString("paths.'/api/v1/admin/replay'.post.responses.'409'.description"));
        assertProblem(doc, "/api/v1/admin/replay", "post", "409");
        assertProblem(doc, "/api/v1/admin/replay", "post", "401");
    }

    @Test
    void anOperationWithoutInputDocumentsNoBadRequest() {
        JsonPath doc = document();
        Map<String, Object> responses = responses(doc, "/api/v1/admin/replay", "post");
        assertTrue(!responses.containsKey("400"), "POST /api/v1/admin/replay takes no input: " + responses.keySet());
    }

    @Test
    void theProblemSchemaIsInTheDocument() {
        assertNotNull(document().getMap("components.schemas.Problem"));
    }
}
