package id.go.wna.platform.outbox;

import id.go.wna.platform.config.OutboxSettings;
import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

import java.time.Duration;

/**
 * Wellness DOWN, state DEGRADED, while the oldest unpublished event is older than {@code wna.outbox.readiness-max-age}:
 * events are late (the broker is away or the relay is behind), yet the API serves and nothing is lost, so this is an
 * alert, not a reason to stop routing requests here.
 */
@Wellness
@ApplicationScoped
public class OutboxBacklogHealth implements HealthCheck {

    private final OutboxBacklog backlog;
    private final Duration maxAge;

    public OutboxBacklogHealth(OutboxBacklog backlog,
                                  OutboxSettings settings) {
        this.backlog = backlog;
        this.maxAge = settings.readinessMaxAge();
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
