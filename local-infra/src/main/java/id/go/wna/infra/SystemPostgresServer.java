package id.go.wna.infra;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * The machine's own PostgreSQL binaries ({@code WNA_PG_BIN}, {@code pg_config --bindir} or
 * {@code /usr/lib/postgresql/<version>/bin}), running a throwaway cluster in the project's data folder.
 * PostgreSQL refuses to run as root, so under root the cluster belongs to the {@code postgres} account.
 */
final class SystemPostgresServer implements PostgresServer {

    private final Path bin;
    private final Path dataDir;
    private final int port;
    private final boolean asPostgresUser;

    private SystemPostgresServer(Path bin, Path dataDir, int port, boolean asPostgresUser) {
        this.bin = bin;
        this.dataDir = dataDir;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    static PostgresServer start(Path dataDir, int port) throws IOException {
        Path bin = findBinaries().orElseThrow(() -> new InfrastructureException(
                "no PostgreSQL binaries found (set WNA_PG_BIN to the folder holding initdb and pg_ctl)"));
        boolean root = "root".equals(System.getProperty("user.name"));
        SystemPostgresServer server = new SystemPostgresServer(bin, dataDir.toAbsolutePath(), port, root);
        server.startCluster();
        return server;
    }

    static Optional<Path> findBinaries() {
        String env = System.getenv("WNA_PG_BIN");
        if (env != null && Files.isExecutable(Path.of(env, "initdb"))) {
            return Optional.of(Path.of(env));
        }
        try {
            Process p = new ProcessBuilder("pg_config", "--bindir").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            if (p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0 && Files.isExecutable(Path.of(out, "initdb"))) {
                return Optional.of(Path.of(out));
            }
        } catch (IOException | InterruptedException e) {
            // no pg_config on the PATH: look in Debian's layout
        }
        File[] versions = new File("/usr/lib/postgresql").listFiles();
        if (versions == null) {
            return Optional.empty();
        }
        return Arrays.stream(versions)
                .map(v -> v.toPath().resolve("bin"))
                .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                .max(Comparator.comparing(b -> versionOf(b.getParent().getFileName().toString())));
    }

    private static int versionOf(String name) {
        try {
            return Integer.parseInt(name);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void startCluster() throws IOException {
        Files.createDirectories(dataDir);
        if (asPostgresUser) {
            run(List.of("chown", "-R", "postgres", dataDir.toString()), false);
            run(List.of("chmod", "700", dataDir.toString()), false);
        }
        if (!Files.exists(dataDir.resolve("PG_VERSION"))) {
            run(List.of(bin.resolve("initdb").toString(), "-D", dataDir.toString(), "-A", "trust", "-U", "postgres",
                    "-E", "UTF8", "--locale=C", "--no-sync"), asPostgresUser);
        }
        PostgresServer.requirePasswords(dataDir);
        if (Files.exists(dataDir.resolve("postmaster.pid"))) {
            // A cluster left running by a launcher that was killed: stop it, then start it with our settings.
            runQuietly(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-m", "fast", "-w", "stop"));
        }
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-l", dataDir.resolve("server.log").toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -k " + dataDir + " -c listen_addresses=127.0.0.1 -c max_connections=200",
                "start"), asPostgresUser);
    }

    private void run(List<String> command, boolean asPostgres) {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        try {
            Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(90, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new InfrastructureException("`" + String.join(" ", full) + "` failed: " + out.trim());
            }
        } catch (IOException e) {
            throw new InfrastructureException("`" + String.join(" ", full) + "` could not run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InfrastructureException("interrupted", e);
        }
    }

    private void runQuietly(List<String> command) {
        try {
            run(command, asPostgresUser);
        } catch (InfrastructureException e) {
            // nothing was running after all
        }
    }

    @Override
    public String description() {
        return "PostgreSQL from " + bin + " on port " + port;
    }

    @Override public String host() { return "127.0.0.1"; }
    @Override public int port() { return port; }
    @Override public String user() { return "postgres"; }
    @Override public String password() { return null; }

    @Override public boolean startedHere() { return true; }
    @Override public OptionalLong pid() { return PostgresServer.postmasterOf(dataDir); }
    @Override public Optional<Path> log() { return Optional.of(dataDir.resolve("server.log")); }

    @Override
    public synchronized void restart() {
        close();
        try {
            // Also clears what a postmaster killed hard left behind (startCluster stops a stale cluster first).
            startCluster();
        } catch (IOException e) {
            throw new InfrastructureException("PostgreSQL did not start again: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        runQuietly(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-m", "fast", "-w", "stop"));
    }
}
