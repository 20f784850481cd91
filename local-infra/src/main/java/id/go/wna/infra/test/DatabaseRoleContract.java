package id.go.wna.infra.test;

import id.go.wna.infra.DatabaseRoles;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Least privilege in PostgreSQL as the service itself sees it, through its own datasource: it logs in as its own role
 * (never the administrator), which owns its database, ran its migrations, and may do nothing beyond.
 * Each service's test module runs it with {@code class DatabaseRoleTest extends DatabaseRoleContract}.
 */
public abstract class DatabaseRoleContract {

    /** The service's own datasource (inject {@code AgroalDataSource}). */
    protected abstract DataSource dataSource();

    @Test
    void theServiceLogsInAsItsOwnRoleWhichOwnsItsDatabaseAndIsNoSuperuser() throws SQLException {
        try (Connection c = dataSource().getConnection()) {
            String database = rows(c, "SELECT current_database()").get(0);
            assertEquals(List.of(DatabaseRoles.roleFor(database)), rows(c, "SELECT current_user"));
            assertEquals(rows(c, "SELECT current_user"), rows(c, "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()"));
            assertEquals(List.of("f f f"), rows(c, "SELECT concat_ws(' ', rolsuper, rolcreaterole, rolcreatedb) FROM pg_roles WHERE rolname = current_user"));
        }
    }

    @Test
    void everyMigrationRanAsThatRole() throws SQLException {
        try (Connection c = dataSource().getConnection()) {
            assertFalse(rows(c, "SELECT version FROM flyway_schema_history WHERE success").isEmpty());
            assertEquals(rows(c, "SELECT current_user"), rows(c, "SELECT DISTINCT installed_by FROM flyway_schema_history"));
        }
    }

    @Test
    void theServiceCanCreateNeitherRolesNorDatabases() throws SQLException {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(true);
            try {
                SQLException role = assertThrows(SQLException.class, () -> s.execute("CREATE ROLE wna_intruder LOGIN"));
                assertEquals("42501", role.getSQLState(), role.getMessage());
                SQLException database = assertThrows(SQLException.class, () -> s.execute("CREATE DATABASE wna_intruder"));
                assertEquals("42501", database.getSQLState(), database.getMessage());
            } finally {
                c.setAutoCommit(autoCommit);
            }
        }
    }

    private static List<String> rows(Connection c, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
