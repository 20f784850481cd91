package id.go.wna.infra;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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

    @Override
    void close();
}
