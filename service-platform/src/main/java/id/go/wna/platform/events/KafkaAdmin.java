package id.go.wna.platform.events;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Map;

/** The service's one Kafka admin client (health, consumer positions), with short timeouts: its callers must not hang. */
@ApplicationScoped
public class KafkaAdmin {

    private final String bootstrapServers;
    private final String clientId;
    private volatile Admin admin;

    public KafkaAdmin(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                      @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.bootstrapServers = bootstrapServers;
        this.clientId = applicationName + "-admin";
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public Admin client() {
        if (admin == null) {
            synchronized (this) {
                if (admin == null) {
                    admin = Admin.create(Map.of(
                            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2500,
                            AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000,
                            AdminClientConfig.CLIENT_ID_CONFIG, clientId));
                }
            }
        }
        return admin;
    }

    void stop(@Observes ShutdownEvent event) {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }
}
