package id.go.wna.platform.health;

import id.go.wna.platform.events.KafkaAdmin;
import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

import java.util.concurrent.TimeUnit;

/**
 * Wellness (not readiness): DOWN while the Kafka broker cannot be reached. The HTTP API keeps serving meanwhile
 * (writes wait in the outbox, consumers resume where they were), so an orchestrator must not take the instance out of
 * service or restart it for this; it is a degraded state to alert on.
 */
@Wellness
@ApplicationScoped
public class KafkaBrokerHealth implements HealthCheck {

    private final KafkaAdmin kafka;

    public KafkaBrokerHealth(KafkaAdmin kafka) {
        this.kafka = kafka;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            int nodes = kafka.client().describeCluster().nodes().get(2, TimeUnit.SECONDS).size();
            return HealthCheckResponse.named("Kafka broker").up()
                    .withData("bootstrap.servers", kafka.bootstrapServers()).withData("nodes", nodes).build();
        } catch (Exception e) {
            return HealthCheckResponse.named("Kafka broker").down()
                    .withData("state", "DEGRADED")
                    .withData("bootstrap.servers", kafka.bootstrapServers())
                    .withData("reason", e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()))
                    .build();
        }
    }
}
