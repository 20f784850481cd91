package id.go.wna.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;

/** A running PostgreSQL server that holds one database per service. */
public interface PostgresServer extends AutoCloseable {

    /** Which kind of server this is, for progress lines and the status command. */
    String description();

    String host();

    int port();

    String user();

    String password();

    /** Database an administrator connects to in order to create the services' databases. */
    default String adminDatabase() {
        return "postgres";
    }

    default String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host() + ":" + port() + "/" + database;
    }

    /**
     * Makes sure {@code role} exists with {@code password} and owns {@code database}, and that no other role but the
     * administrator may connect to it (see {@link DatabaseRoles}). With {@code fresh}, an existing database is dropped
     * first so nothing from an earlier run is seen.
     */
    default DatabaseRoles.Login provision(String database, String role, String password, boolean fresh) {
        return DatabaseRoles.provision(this, database, role, password, fresh);
    }

    /** Whether the launcher started this server (and so may restart it); false for {@code WNA_PG_URL}. */
    default boolean startedHere() {
        return false;
    }

    /** The postmaster's process id while a server started here runs; empty once it has ended, or not started here. */
    default OptionalLong pid() {
        return OptionalLong.empty();
    }

    /** Where a server started here writes its log. */
    default Optional<Path> log() {
        return Optional.empty();
    }

    /**
     * Stops the server if it still runs and starts it again on the same port and data folder; returns once it accepts
     * connections. Only for a server started here.
     */
    default void restart() {
        throw new UnsupportedOperationException(description() + " was not started by the launcher: it cannot restart it");
    }

    /** Where a server started here authenticates: the administrator without a password, every other role with its own. */
    String HBA = """
            # Written by the WNA launcher (local-infra PostgresServer) at every start. The administrator `postgres`
            # connects from this machine without a password, as it always did: it only creates the services' roles and
            # databases. Every other role, each service's own among them, needs its password.
            local   all   postgres                 trust
            host    all   postgres   127.0.0.1/32  trust
            host    all   postgres   ::1/128       trust
            local   all   all                      scram-sha-256
            host    all   all        127.0.0.1/32  scram-sha-256
            host    all   all        ::1/128       scram-sha-256
            """;

    /**
     * Writes {@link #HBA} as the cluster's {@code pg_hba.conf} (a cluster of an earlier version trusted every role);
     * returns whether it changed, so that a running server is told to reload it.
     */
    static boolean requirePasswords(Path dataDir) throws IOException {
        Path file = dataDir.resolve("pg_hba.conf");
        if (Files.exists(file) && Files.readString(file).equals(HBA)) {
            return false;
        }
        Files.writeString(file, HBA);
        return true;
    }

    /**
     * Has a running server started here read {@link #HBA} again, and returns once it asks a role other than the
     * administrator for a password (the reload reaches new connections a moment after the call).
     */
    static void reloadAuthentication(PostgresServer server) {
        try (Connection c = DatabaseRoles.admin(server, server.adminDatabase()); Statement s = c.createStatement()) {
            s.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new InfrastructureException("PostgreSQL (" + server.description() + ") did not reload pg_hba.conf: " + e.getMessage(), e);
        }
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            Properties probe = new Properties();
            probe.setProperty("user", "wna_password_probe");
            try (Connection ignored = DriverManager.getConnection(server.jdbcUrl(server.adminDatabase()), probe)) {
                throw new InfrastructureException("PostgreSQL (" + server.description() + ") lets a role in without a password");
            } catch (SQLException e) {
                // 08004: the driver was asked for a password it does not have; before the reload: 28000, no such role
                if ("08004".equals(e.getSQLState())) {
                    return;
                }
            }
            KafkaBroker.sleep(50);
        }
        throw new InfrastructureException("PostgreSQL (" + server.description() + ") still lets roles in without a password after reloading pg_hba.conf");
    }

    /**
     * The running postmaster of the cluster in {@code dataDir}, read from its {@code postmaster.pid}: empty when there
     * is none, or when the process named there has ended (a postmaster killed hard leaves the file behind).
     */
    static OptionalLong postmasterOf(Path dataDir) {
        try {
            Path file = dataDir.resolve("postmaster.pid");
            if (!Files.exists(file)) {
                return OptionalLong.empty();
            }
            String first = Files.readAllLines(file).stream().findFirst().orElse("").trim();
            long pid = Long.parseLong(first);
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isPresent() ? OptionalLong.of(pid) : OptionalLong.empty();
        } catch (IOException | NumberFormatException e) {
            // half-written by a starting server: not running yet
            return OptionalLong.empty();
        }
    }

    @Override
    void close();
}
