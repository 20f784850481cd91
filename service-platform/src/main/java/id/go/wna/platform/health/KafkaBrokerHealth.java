package id.go.wna.platform.health;

import id.go.wna.platform.events.KafkaAdmin;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.common.errors.AuthenticationException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.jboss.logging.Logger;

import java.util.concurrent.TimeUnit;

/**
 * Wellness (not readiness): DOWN while the Kafka broker cannot be reached. The HTTP API keeps serving meanwhile
 * (writes wait in the outbox, consumers resume where they were), so an orchestrator must not take the instance out of
 * service or restart it for this; it is a degraded state to alert on.
 *
 * <p>A refused login is told apart from an unreachable broker: it will not pass by waiting, so the check says that
 * authentication failed and for which principal, and the log says so once when it starts failing (and at start-up,
 * checked in the background, so a wrong password is in the log without anyone polling health).
 */
@Wellness
@ApplicationScoped
public class KafkaBrokerHealth implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(KafkaBrokerHealth.class);

    private final KafkaAdmin kafka;
    private volatile boolean authenticationFailing;

    public KafkaBrokerHealth(KafkaAdmin kafka) {
        this.kafka = kafka;
    }

    void checkAtStart(@Observes StartupEvent event) {
        Thread check = new Thread(this::call, "kafka-login-check");
        check.setDaemon(true);
        check.start();
    }

    @Override
    public HealthCheckResponse call() {
        try {
            int nodes = kafka.client().describeCluster().nodes().get(2, TimeUnit.SECONDS).size();
            authenticationFailing = false;
            return HealthCheckResponse.named("Kafka broker").up()
                    .withData("bootstrap.servers", kafka.bootstrapServers()).withData("principal", kafka.principal())
                    .withData("nodes", nodes).build();
        } catch (Exception e) {
            AuthenticationException refused = authenticationFailure(e);
            if (refused != null) {
                String reason = "authentication failed for principal '" + kafka.principal() + "' (" + kafka.mechanism()
                        + "): " + refused.getMessage();
                if (!authenticationFailing) {
                    authenticationFailing = true;
                    LOG.errorf("Kafka broker at %s refused this service's login: %s. Check the service's Kafka credentials "
                            + "(kafka.sasl.jaas.config / KAFKA_SASL_JAAS_CONFIG)", kafka.bootstrapServers(), reason);
                }
                return HealthCheckResponse.named("Kafka broker").down()
                        .withData("state", "AUTHENTICATION_FAILED")
                        .withData("bootstrap.servers", kafka.bootstrapServers())
                        .withData("principal", kafka.principal())
                        .withData("reason", reason)
                        .build();
            }
            return HealthCheckResponse.named("Kafka broker").down()
                    .withData("state", "DEGRADED")
                    .withData("bootstrap.servers", kafka.bootstrapServers())
                    .withData("reason", e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()))
                    .build();
        }
    }

    private static AuthenticationException authenticationFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AuthenticationException a) {
                return a;
            }
        }
        return null;
    }
}
