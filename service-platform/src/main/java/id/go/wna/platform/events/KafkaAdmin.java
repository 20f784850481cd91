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

    private final KafkaSettings kafka;
    private final String clientId;
    private volatile Admin admin;

    public KafkaAdmin(KafkaSettings kafka,
                      @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.kafka = kafka;
        this.clientId = applicationName + "-admin";
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** Who the service logs in as (see {@link KafkaSettings#principal()}). */
    public String principal() {
        return kafka.principal();
    }

    public String mechanism() {
        return kafka.mechanism();
    }

    public Admin client() {
        if (admin == null) {
            synchronized (this) {
                if (admin == null) {
                    admin = Admin.create(settings());
                }
            }
        }
        return admin;
    }

    /** What the admin client is built from: the service's Kafka settings (security included), short timeouts on top. */
    public Map<String, Object> settings() {
        return kafka.with(Map.of(
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2500,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000,
                AdminClientConfig.CLIENT_ID_CONFIG, clientId));
    }

    void stop(@Observes ShutdownEvent event) {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }
}
