package id.go.wna.cases;

import id.go.wna.infra.test.OperationsContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OperationsEndpointsTest extends OperationsContract {

    @Override
    protected String expectedTitle() {
        return "WNA case-service (Imigrasi)";
    }
}
