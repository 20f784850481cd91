package id.go.wna.platform.consumer;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Tells a failure of the database from a failure of a record: a consumer whose handler failed asks whether the
 * database answers; if not, the failure is not the record's, so it waits here (its partitions fill up and the Kafka
 * connector pauses them) and tries the same record again once the database is back, without counting an attempt.
 */
@ApplicationScoped
public class Database {

    private static final Logger LOG = Logger.getLogger(Database.class);
    private static final Duration MAX_WAIT = Duration.ofSeconds(10);

    private final AgroalDataSource dataSource;

    public Database(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** True when a connection can be had and answers within 2 s. */
    public boolean reachable() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * Waits until the database answers (500 ms, doubling, at most 10 s between probes), or until {@code giveUp} says
     * so (an operator's skip). Returns true if the database answers.
     */
    public boolean awaitReachable(String who, BooleanSupplier giveUp) {
        long wait = 500;
        long since = System.nanoTime();
        LOG.warnf("%s: the database is unreachable; waiting for it (the record stays unacknowledged, nothing is lost)", who);
        while (!reachable()) {
            if (giveUp.getAsBoolean()) {
                return false;
            }
            pause(wait);
            wait = Math.min(MAX_WAIT.toMillis(), wait * 2);
        }
        LOG.infof("%s: the database answers again after %d s; going on", who, (System.nanoTime() - since) / 1_000_000_000L);
        return true;
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the database", e);
        }
    }
}
