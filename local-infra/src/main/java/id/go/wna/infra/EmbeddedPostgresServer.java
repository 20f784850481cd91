package id.go.wna.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Path;

/** PostgreSQL 14 binaries shipped as a Maven artifact (zonky), run from the project's data folder. */
final class EmbeddedPostgresServer implements PostgresServer {

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static PostgresServer start(Path dataDir, int port) throws IOException {
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("max_connections", "200")
                .setServerConfig("fsync", "on")
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setPGStartupWait(java.time.Duration.ofSeconds(30))
                .start();
        return new EmbeddedPostgresServer(pg);
    }

    @Override
    public String description() {
        return "embedded PostgreSQL (zonky) on port " + port();
    }

    @Override public String host() { return "127.0.0.1"; }
    @Override public int port() { return postgres.getPort(); }
    @Override public String user() { return "postgres"; }
    @Override public String password() { return null; }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new InfrastructureException("embedded PostgreSQL did not stop cleanly: " + e.getMessage(), e);
        }
    }
}
