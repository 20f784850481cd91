package id.go.wna.infra;

import java.time.Duration;

/**
 * When the {@link Supervisor} starts again something that died: after {@code firstDelay}, doubling with each
 * further consecutive failure up to {@code maxDelay}; a component that stays up for {@code stableAfter} is
 * forgiven its earlier failures (the next crash waits {@code firstDelay} again). The same idea as an orchestrator's
 * restart policy (Kubernetes' crash-loop back-off, compose's {@code restart: unless-stopped}).
 *
 * @param tick how often the supervisor looks at its components (a crash is noticed within one tick)
 */
public record RestartPolicy(Duration firstDelay, Duration maxDelay, Duration stableAfter, Duration tick) {

    /** What {@code ./wna up} uses: 1 s, 2 s, 4 s … capped at 30 s; forgiven after 60 s up; a look every 500 ms. */
    public static final RestartPolicy DEFAULT = new RestartPolicy(Duration.ofSeconds(1), Duration.ofSeconds(30),
            Duration.ofSeconds(60), Duration.ofMillis(500));

    public RestartPolicy {
        if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0
                || stableAfter.isNegative() || tick.isNegative() || tick.isZero()) {
            throw new IllegalArgumentException("a restart policy needs 0 < firstDelay <= maxDelay, stableAfter >= 0, tick > 0");
        }
    }

    /** How long to wait before the restart that follows the {@code failures}-th consecutive failure (1, 2, …). */
    public Duration delayAfter(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures counts from 1");
        }
        Duration delay = firstDelay;
        for (int i = 1; i < failures && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
