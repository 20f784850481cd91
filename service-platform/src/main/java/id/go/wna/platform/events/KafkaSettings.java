package id.go.wna.platform.events;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.Map;

/**
 * The complete Kafka client configuration of the service ({@code kafka.*}: bootstrap servers, and on a secured
 * cluster {@code kafka.security.protocol}, {@code kafka.sasl.*}, {@code kafka.ssl.*}), as the SmallRye channels get
 * it. The platform's own clients (outbox relay and dead-letter producers, the admin client of health and consumer
 * positions) start from it, so they reach a TLS/SASL cluster exactly as the channels do.
 */
@ApplicationScoped
public class KafkaSettings {

    private final Map<String, Object> common;

    public KafkaSettings(@Identifier("default-kafka-broker") Map<String, Object> common) {
        this.common = Map.copyOf(common);
    }

    /** A fresh, modifiable copy of the common settings, with {@code own} on top (they win). */
    public Map<String, Object> with(Map<String, Object> own) {
        Map<String, Object> settings = new HashMap<>(common);
        settings.putAll(own);
        return settings;
    }

    public String bootstrapServers() {
        return String.valueOf(common.get("bootstrap.servers"));
    }
}
