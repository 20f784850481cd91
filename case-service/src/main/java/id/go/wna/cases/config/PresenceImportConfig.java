package id.go.wna.cases.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code wna.presence.import.*}: how a bulk presence import writes to the database. */
@ConfigMapping(prefix = "wna.presence.import")
public interface PresenceImportConfig {

    /**
     * Rows per batch: each batch is copied, checked and committed on its own, so memory stays flat and a failure keeps
     * the batches before it.
     */
    @WithDefault("10000")
    int batchSize();
}
