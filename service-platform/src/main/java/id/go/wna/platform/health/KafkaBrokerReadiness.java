package id.go.wna.platform.health;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Readiness is DOWN while the Kafka broker cannot be reached, and UP again as soon as it answers. */
@Readiness
@ApplicationScoped
public class KafkaBrokerReadiness implements HealthCheck {

    private final String bootstrapServers;
    private volatile Admin admin;

    public KafkaBrokerReadiness(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            int nodes = admin().describeCluster().nodes().get(2, TimeUnit.SECONDS).size();
            return HealthCheckResponse.named("Kafka broker").up()
                    .withData("bootstrap.servers", bootstrapServers).withData("nodes", nodes).build();
        } catch (Exception e) {
            return HealthCheckResponse.named("Kafka broker").down()
                    .withData("bootstrap.servers", bootstrapServers)
                    .withData("reason", e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()))
                    .build();
        }
    }

    private Admin admin() {
        if (admin == null) {
            synchronized (this) {
                if (admin == null) {
                    admin = Admin.create(Map.of(
                            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2500,
                            AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000,
                            AdminClientConfig.CLIENT_ID_CONFIG, "readiness-check"));
                }
            }
        }
        return admin;
    }

    void stop(@Observes ShutdownEvent event) {
        if (admin != null) {
            admin.close(java.time.Duration.ofSeconds(2));
        }
    }
}
