package id.go.wna.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** {@code wna.idempotency.*}: how long Idempotency-Key answers are kept and when an unfinished claim may be taken over. */
@ConfigMapping(prefix = "wna.idempotency")
public interface IdempotencySettings {

    /** How long a key (and the response it replays) is kept. */
    @WithDefault("PT24H")
    Duration retention();

    /** How long a claim whose request never answered (its instance died) holds the key before a retry takes it over. */
    @WithDefault("PT5M")
    Duration takeOverAfter();
}
