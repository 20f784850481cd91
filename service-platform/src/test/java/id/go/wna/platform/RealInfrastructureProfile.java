package id.go.wna.platform;

import id.go.wna.infra.test.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** The platform's tests run against a real Kafka broker and a real PostgreSQL (reciprocity_db_test, its role). */
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "reciprocity_db"))
public class RealInfrastructureProfile {
}
