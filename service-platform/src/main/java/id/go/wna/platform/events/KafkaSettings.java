package id.go.wna.platform.events;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /**
     * Who the service logs in as: the {@code username} of {@code sasl.jaas.config}, or "(none)" on a cluster without
     * SASL. Named in health and logs so that a refused login says whose it was.
     */
    public String principal() {
        Object jaas = common.get("sasl.jaas.config");
        if (jaas == null) {
            return "(none)";
        }
        Matcher m = USERNAME.matcher(String.valueOf(jaas));
        return m.find() ? m.group(1) : "(unnamed)";
    }

    /** The SASL mechanism, or "(none)". */
    public String mechanism() {
        return common.get("security.protocol") == null || !String.valueOf(common.get("security.protocol")).startsWith("SASL")
                ? "(none)" : String.valueOf(common.getOrDefault("sasl.mechanism", "GSSAPI"));
    }

    private static final Pattern USERNAME = Pattern.compile("username\\s*=\\s*\"([^\"]*)\"");
}
