package id.go.wna.platform.config;

import io.smallrye.config.ConfigMapping;

import java.util.List;
import java.util.Optional;

/** {@code wna.replay.*}: what a replay from the start of the topics empties and rewinds (none: the service has none). */
@ConfigMapping(prefix = "wna.replay")
public interface ReplaySettings {

    /** The read-model tables a replay empties. */
    Optional<List<String>> projectionTables();

    /** The consumers (inbox names) whose processed events a replay forgets. */
    Optional<List<String>> consumers();

    /** The channels a replay rewinds to the earliest offset. */
    Optional<List<String>> channels();
}
