package id.go.wna.dashboard;

import id.go.wna.infra.test.BadInputContract;
import io.quarkus.test.junit.QuarkusTest;

import java.util.Map;
import java.util.Set;

/** Malformed input against every operation of dashboard-service: no 5xx, every error problem+json, nothing invalid stored. */
@QuarkusTest
class BadInputTest extends BadInputContract {

    @Override
    protected Map<String, Set<String>> matrix() {
        return new SecurityMatrixTest().matrix();
    }
}
