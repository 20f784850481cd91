package id.go.wna.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

/** PostgreSQL 14 binaries shipped as a Maven artifact (zonky), run from the project's data folder. */
final class EmbeddedPostgresServer implements PostgresServer {

    private final Path dataDir;
    private final int port;
    private final Path logFile;
    private EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(Path dataDir, int port, Path logFile) {
        this.dataDir = dataDir;
        this.port = port;
        this.logFile = logFile;
    }

    /** @param logFile where the server's output is appended; null leaves it to zonky's logger */
    static PostgresServer start(Path dataDir, int port, Path logFile) throws IOException {
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(dataDir, port, logFile);
        server.postgres = server.launch();
        // zonky's initdb trusts every role; from now on only the administrator is let in without a password.
        if (PostgresServer.requirePasswords(dataDir)) {
            PostgresServer.reloadAuthentication(server);
        }
        return server;
    }

    private EmbeddedPostgres launch() throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("max_connections", "200")
                .setServerConfig("fsync", "on")
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setPGStartupWait(java.time.Duration.ofSeconds(30));
        if (logFile != null) {
            Files.createDirectories(logFile.getParent());
            // Appended: a restart keeps the lines that tell why the server went away.
            builder.setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        }
        return builder.start();
    }

    @Override
    public String description() {
        return "embedded PostgreSQL (zonky) on port " + port();
    }

    @Override public String host() { return "127.0.0.1"; }
    @Override public int port() { return port; }
    @Override public String user() { return "postgres"; }
    @Override public String password() { return null; }
    @Override public boolean startedHere() { return true; }
    @Override public OptionalLong pid() { return PostgresServer.postmasterOf(dataDir); }
    @Override public Optional<Path> log() { return Optional.ofNullable(logFile); }

    @Override
    public synchronized void restart() {
        // Closing releases zonky's lock on the data folder (and stops the server if it still runs).
        closeQuietly();
        try {
            postgres = launch();
        } catch (IOException | RuntimeException e) {
            throw new InfrastructureException("embedded PostgreSQL did not start again: " + e.getMessage(), e);
        }
    }

    private void closeQuietly() {
        try {
            postgres.close();
        } catch (IOException | RuntimeException e) {
            // it had ended already
        }
    }

    @Override
    public synchronized void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new InfrastructureException("embedded PostgreSQL did not stop cleanly: " + e.getMessage(), e);
        }
    }
}
