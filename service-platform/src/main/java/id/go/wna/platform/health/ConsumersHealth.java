package id.go.wna.platform.health;

import id.go.wna.platform.config.ConsumerSettings;
import id.go.wna.platform.consumer.ConsumerProgress;
import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

import java.time.Duration;

/**
 * Wellness: DOWN, state DEGRADED, while a consumer has worked on one record for longer than
 * {@code wna.consumer.stall-after} (it waits for the database, or retries). Events then arrive late but are not lost;
 * {@code GET /api/v1/admin/consumers} says which partition and why, and an operator may skip the record.
 */
@Wellness
@ApplicationScoped
public class ConsumersHealth implements HealthCheck {

    private final ConsumerProgress progress;
    private final Duration stallAfter;

    public ConsumersHealth(ConsumerProgress progress,
                           ConsumerSettings settings) {
        this.progress = progress;
        this.stallAfter = settings.stallAfter();
    }

    @Override
    public HealthCheckResponse call() {
        Duration longest = progress.longestInFlight();
        boolean stalled = longest.compareTo(stallAfter) > 0;
        var response = HealthCheckResponse.named("Consumers").status(!stalled)
                .withData("state", stalled ? "DEGRADED" : "OK")
                .withData("longestInFlightSeconds", longest.toSeconds())
                .withData("stallAfterSeconds", stallAfter.toSeconds());
        progress.partitions().stream().filter(p -> p.inFlightSince() != null && p.waitingFor() != null).findFirst()
                .ifPresent(p -> response.withData("waitingFor", p.waitingFor() + " (" + p.consumer + " " + p.topic + "/" + p.partition + ")"));
        return response.build();
    }
}
