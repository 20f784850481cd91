package id.go.wna.notification.config;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;

/**
 * The deadline watch's settings ({@code wna.deadlines.*}), with their values in application.properties. The scheduler
 * reads them by name ({@code @Scheduled} expressions, which do not see a mapping's defaults: hence no default here);
 * this mapping gives them their type, so a value that is not a duration stops the service at start instead of at the
 * first scan.
 */
@ConfigMapping(prefix = "wna.deadlines")
public interface DeadlineSettings {

    /** How often the deadline clocks are scanned for warnings and breaches. */
    Duration scanEvery();

    /** How long after start the first scan runs (the service is up and its consumers have joined). */
    Duration firstScanAfter();
}
