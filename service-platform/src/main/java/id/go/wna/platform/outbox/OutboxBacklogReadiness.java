package id.go.wna.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;

/** Readiness DOWN, state DEGRADED, while the oldest unpublished event is older than {@code wna.outbox.readiness-max-age}. */
@Readiness
@ApplicationScoped
public class OutboxBacklogReadiness implements HealthCheck {

    private final OutboxBacklog backlog;
    private final Duration maxAge;

    public OutboxBacklogReadiness(OutboxBacklog backlog,
                                  @ConfigProperty(name = "wna.outbox.readiness-max-age", defaultValue = "60s") Duration maxAge) {
        this.backlog = backlog;
        this.maxAge = maxAge;
    }

    @Override
    public HealthCheckResponse call() {
        OutboxBacklog.Snapshot s = backlog.snapshot();
        boolean degraded = s.oldestAge().compareTo(maxAge) > 0;
        return HealthCheckResponse.named("Outbox backlog").status(!degraded)
                .withData("state", degraded ? "DEGRADED" : "OK")
                .withData("pendingEvents", s.pending())
                .withData("oldestPendingSeconds", s.oldestAge().toSeconds())
                .withData("maxAgeSeconds", maxAge.toSeconds())
                .build();
    }
}
