package id.go.wna.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * The deadline watch's settings ({@code wna.deadlines.*}). The scheduler reads them by name ({@code @Scheduled}
 * expressions); this mapping gives them their defaults and their types, so a value that is not a duration stops the
 * service at start instead of at the first scan.
 */
@ConfigMapping(prefix = "wna.deadlines")
public interface DeadlineSettings {

    /** How often the deadline clocks are scanned for warnings and breaches. */
    @WithDefault("15s")
    Duration scanEvery();

    /** How long after start the first scan runs (the service is up and its consumers have joined). */
    @WithDefault("5s")
    Duration firstScanAfter();
}
