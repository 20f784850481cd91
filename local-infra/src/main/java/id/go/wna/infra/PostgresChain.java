package id.go.wna.infra;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Chooses the PostgreSQL server: a URL the user gives ({@code WNA_PG_URL}) first; else the embedded PostgreSQL
 * distribution (zonky); else the machine's PostgreSQL binaries. Every step that is passed over says why.
 */
public final class PostgresChain {

    private PostgresChain() {
    }

    /**
     * @param url      the user's server, or null
     * @param dataDir  where a server started here keeps its cluster (one sub-folder per kind)
     * @param port     the port a server started here listens on
     * @param progress receives one line per step taken or passed over
     */
    public static PostgresServer start(String url, Path dataDir, int port, Consumer<String> progress) {
        return start(url, dataDir, port, null, progress);
    }

    /**
     * As {@link #start(String, Path, int, Consumer)}, the embedded server's output appended to {@code logFile} (null:
     * to zonky's logger); the machine's binaries log to {@code server.log} in their data folder either way.
     */
    public static PostgresServer start(String url, Path dataDir, int port, Path logFile, Consumer<String> progress) {
        Optional<PostgresServer> external = ExternalPostgres.fromUrl(url);
        if (external.isPresent()) {
            progress.accept("using " + external.get().description());
            return external.get();
        }
        List<String> failures = new ArrayList<>();
        if (!"false".equalsIgnoreCase(System.getenv("WNA_PG_EMBEDDED"))) {
            try {
                PostgresServer embedded = EmbeddedPostgresServer.start(dataDir.resolve("embedded"), port, logFile);
                progress.accept("started " + embedded.description());
                return embedded;
            } catch (Exception e) {
                String why = rootMessage(e);
                failures.add("embedded PostgreSQL: " + why);
                progress.accept("embedded PostgreSQL unavailable (" + why + "); trying the machine's PostgreSQL");
            }
        } else {
            failures.add("embedded PostgreSQL: disabled by WNA_PG_EMBEDDED=false");
        }
        try {
            PostgresServer system = SystemPostgresServer.start(dataDir.resolve("system"), port);
            progress.accept("started " + system.description());
            return system;
        } catch (Exception e) {
            failures.add("machine PostgreSQL: " + rootMessage(e));
        }
        throw new InfrastructureException("no PostgreSQL could be started. Give one with WNA_PG_URL=postgresql://user:password@host:5432/postgres. Tried: "
                + String.join("; ", failures));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
