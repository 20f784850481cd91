package id.go.wna.notification;

import id.go.wna.infra.test.OperationsContract;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static id.go.wna.infra.test.Api.as;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
class OperationsEndpointsTest extends OperationsContract {

    @Override
    protected String expectedTitle() {
        return "WNA notification-service (Kemlu)";
    }

    @Test
    void notificationServiceKeepsNoRebuildableReadModelSoAReplayIsA409ThatChangesNothing() {
        // Its tables are Kemlu's own records (obligations, notices), not projections: nothing may be emptied.
        as("admin").when().post("/api/v1/admin/replay").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("nothing was changed"));
    }
}
