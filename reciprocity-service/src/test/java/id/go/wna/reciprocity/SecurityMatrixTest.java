package id.go.wna.reciprocity;

import id.go.wna.infra.test.SecurityMatrixContract;
import io.quarkus.test.junit.QuarkusTest;

import java.util.Map;
import java.util.Set;

/** Who may call what in reciprocity-service: the roles of DESIGN.md §5, per endpoint. */
@QuarkusTest
class SecurityMatrixTest extends SecurityMatrixContract {

    @Override
    protected Map<String, Set<String>> matrix() {
        return platformEndpoints(false);
    }
}
