package id.go.wna.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
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
     * Makes sure {@code database} exists. With {@code fresh}, an existing one is dropped first so nothing from an
     * earlier run is seen.
     */
    default void ensureDatabase(String database, boolean fresh) {
        if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        Properties credentials = new Properties();
        credentials.setProperty("user", user());
        if (password() != null) {
            credentials.setProperty("password", password());
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl(adminDatabase()), credentials);
             Statement s = c.createStatement()) {
            if (fresh) {
                s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("CREATE DATABASE " + database + " ENCODING 'UTF8'");
        } catch (SQLException e) {
            throw new InfrastructureException("PostgreSQL (" + description() + ") could not prepare database "
                    + database + ": " + e.getMessage(), e);
        }
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
