package id.go.wna.notification;

import id.go.wna.infra.test.OperationsContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OperationsEndpointsTest extends OperationsContract {

    @Override
    protected String expectedTitle() {
        return "WNA notification-service (Kemlu)";
    }
}
