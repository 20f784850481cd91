package id.go.wna.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** {@code wna.outbox.*}: how the outbox relay publishes, keeps and reports what services record. */
@ConfigMapping(prefix = "wna.outbox")
public interface OutboxSettings {

    /** Most events one claim takes from an outbox table and sends together. */
    @WithDefault("1000")
    int batchSize();

    /** How long the relay sleeps when no commit wakes it, before it looks at the outbox again. */
    @WithDefault("1s")
    Duration sweepInterval();

    /** Longest wait between attempts while the broker or the database fails (the backoff doubles up to this). */
    @WithDefault("10s")
    Duration maxBackoff();

    /** How long published rows are kept before they are deleted. */
    @WithDefault("P7D")
    Duration retention();

    /** Under load, how long the relay waits for commits still arriving before it claims (idle: none). */
    @WithDefault("10ms")
    Duration linger();

    /** Age of the oldest unpublished event past which the outbox reports DEGRADED (wellness). */
    @WithDefault("60s")
    Duration readinessMaxAge();
}
