package id.go.wna.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** {@code wna.consumer.*}: how the consumer pipeline retries a failing handler and when a consumer counts as stalled. */
@ConfigMapping(prefix = "wna.consumer")
public interface ConsumerSettings {

    /** Attempts of a failing handler (the first included) before the record becomes a dead letter. */
    @WithDefault("4")
    int maxAttempts();

    /** Wait after the first failed attempt; each further wait is four times the one before. */
    @WithDefault("200ms")
    Duration firstBackoff();

    /** How long one record may be in flight before the consumers report DEGRADED (wellness). */
    @WithDefault("60s")
    Duration stallAfter();
}
