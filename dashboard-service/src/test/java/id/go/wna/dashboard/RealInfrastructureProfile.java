package id.go.wna.dashboard;

import id.go.wna.infra.test.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every test of this module runs against a real Kafka broker and a real PostgreSQL database (dashboard_db_test). */
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "dashboard_db"))
public class RealInfrastructureProfile {
}
