package id.go.wna.infra;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The services' PostgreSQL roles as the launcher and the tests provision them, against a real PostgreSQL (the same
 * chain as {@code ./wna up}: {@code WNA_PG_URL}, else the embedded server, else the machine's). Names end in
 * {@code _roles_test}, so that a shared server's real roles and databases are never touched.
 */
class DatabaseRolesTest {

    private static final Path ROOT = Path.of("target", "database-roles-test").toAbsolutePath();
    private static PostgresServer server;
    private static LocalKeys keys;

    @BeforeAll
    static void startPostgres() {
        Folders.deleteRecursively(ROOT);
        keys = LocalKeys.in(ROOT.resolve("keys"));
        server = PostgresChain.start(System.getenv("WNA_PG_URL"), ROOT.resolve("postgres"), Ports.freePort(),
                line -> System.out.println("[database-roles-test] postgres: " + line));
    }

    @AfterAll
    static void stopPostgres() {
        if (server != null) {
            server.close();
        }
    }

    private static DatabaseRoles.Login provision(String database, boolean fresh) {
        String role = DatabaseRoles.roleFor(database);
        return server.provision(database, role, keys.databasePassword(role), fresh);
    }

    private static Connection as(DatabaseRoles.Login login, String database) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(database), login.role(), login.password());
    }

    private static Connection asAdmin(String database) throws SQLException {
        return DatabaseRoles.admin(server, database);
    }

    private static String one(Connection c, String query) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void run(Connection c, String statements) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(statements);
        }
    }

    @Test
    void eachServiceLogsInAsItsOwnRoleThatOwnsItsDatabaseAndCannotConnectToAnothers() throws SQLException {
        DatabaseRoles.Login cases = provision("case_db_roles_test", true);
        DatabaseRoles.Login notifications = provision("notification_db_roles_test", true);
        assertEquals("case_service_roles_test", cases.role());
        assertEquals("notification_service_roles_test", notifications.role());
        assertNotEquals(cases.password(), notifications.password());

        try (Connection c = as(cases, cases.database())) {
            assertEquals(cases.role(), one(c, "SELECT current_user"));
            assertEquals(cases.role(), one(c, "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()"));
        }
        SQLException refused = assertThrows(SQLException.class, () -> as(cases, notifications.database()).close());
        assertEquals("42501", refused.getSQLState(), refused.getMessage());
        refused = assertThrows(SQLException.class, () -> as(notifications, cases.database()).close());
        assertEquals("42501", refused.getSQLState(), refused.getMessage());
        if (server.startedHere()) {
            refused = assertThrows(SQLException.class, () -> as(cases, server.adminDatabase()).close());
            assertEquals("42501", refused.getSQLState(), refused.getMessage());
        }
        // The administrator still reaches both (tests close a database to simulate an outage).
        try (Connection c = asAdmin(notifications.database())) {
            assertEquals(notifications.role(), one(c, "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()"));
        }
    }

    @Test
    void aServiceRoleIsNoSuperuserAndCreatesNeitherRolesNorDatabases() throws SQLException {
        DatabaseRoles.Login login = provision("reciprocity_db_roles_test", true);
        try (Connection c = as(login, login.database())) {
            assertEquals("f f f", one(c, "SELECT concat_ws(' ', rolsuper, rolcreaterole, rolcreatedb) FROM pg_roles WHERE rolname = current_user"));
            SQLException role = assertThrows(SQLException.class, () -> run(c, "CREATE ROLE intruder_roles_test LOGIN"));
            assertEquals("42501", role.getSQLState(), role.getMessage());
            SQLException database = assertThrows(SQLException.class, () -> run(c, "CREATE DATABASE intruder_roles_test"));
            assertEquals("42501", database.getSQLState(), database.getMessage());
            SQLException superuser = assertThrows(SQLException.class, () -> run(c, "ALTER ROLE " + login.role() + " SUPERUSER"));
            assertEquals("42501", superuser.getSQLState(), superuser.getMessage());
            // What a migration does is allowed: tables, and the audit log's plpgsql function with its trigger.
            run(c, """
                    CREATE TABLE audit_log (id int PRIMARY KEY);
                    CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP; END; $$;
                    CREATE TRIGGER audit_log_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_log
                        FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
                    INSERT INTO audit_log VALUES (1);
                    """);
            SQLException appendOnly = assertThrows(SQLException.class, () -> run(c, "DELETE FROM audit_log"));
            assertEquals("P0001", appendOnly.getSQLState(), appendOnly.getMessage());
        }
    }

    @Test
    void aServiceRoleNeedsItsOwnPassword() throws SQLException {
        assumeTrue(server.startedHere(), "the authentication of a WNA_PG_URL server is its operator's");
        DatabaseRoles.Login login = provision("dashboard_db_roles_test", true);
        SQLException wrong = assertThrows(SQLException.class,
                () -> DriverManager.getConnection(login.jdbcUrl(), login.role(), login.password() + "x").close());
        assertEquals("28P01", wrong.getSQLState(), wrong.getMessage());
        SQLException none = assertThrows(SQLException.class,
                () -> DriverManager.getConnection(login.jdbcUrl(), login.role(), "").close());
        assertNotEquals(null, none.getSQLState(), none.getMessage());
        DriverManager.getConnection(login.jdbcUrl(), login.role(), login.password()).close();
    }

    @Test
    void aDatabaseMadeByAnEarlierVersionAsTheAdministratorIsHandedToTheServiceRole() throws SQLException {
        String database = "case_db_upgrade_roles_test";
        String role = DatabaseRoles.roleFor(database);
        try (Connection c = asAdmin(server.adminDatabase())) {
            run(c, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            run(c, "DROP ROLE IF EXISTS " + role);
            // As an earlier version left things: the database and everything in it the administrator's; and a role
            // someone made by hand, with another password and the right to create databases.
            run(c, "CREATE DATABASE " + database);
            run(c, "CREATE ROLE " + role + " LOGIN CREATEDB PASSWORD 'not-the-stored-one'");
        }
        try (Connection c = asAdmin(database)) {
            run(c, """
                    CREATE TABLE flyway_schema_history (installed_rank int PRIMARY KEY, version varchar(50), installed_by varchar(100));
                    INSERT INTO flyway_schema_history VALUES (1, '1', current_user);
                    CREATE TABLE case_file (id bigserial PRIMARY KEY, summary text, seq int GENERATED ALWAYS AS IDENTITY);
                    INSERT INTO case_file (summary) VALUES ('kept through the upgrade');
                    CREATE SEQUENCE letter_number;
                    CREATE VIEW open_cases AS SELECT id FROM case_file;
                    CREATE TYPE case_kind AS ENUM ('CIVIL', 'CRIMINAL');
                    CREATE DOMAIN iso3 AS char(3);
                    CREATE TABLE audit_log (id int PRIMARY KEY);
                    CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP; END; $$;
                    CREATE TRIGGER audit_log_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_log
                        FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
                    CREATE SCHEMA reports;
                    CREATE TABLE reports.monthly (id int);
                    """);
        }

        DatabaseRoles.Login login = provision(database, false);

        try (Connection c = as(login, database)) {
            assertEquals("kept through the upgrade", one(c, "SELECT summary FROM case_file"));
            assertEquals("f", one(c, "SELECT rolcreatedb FROM pg_roles WHERE rolname = current_user"));
            assertEquals("", one(c, """
                    SELECT coalesce(string_agg(what, ', '), '') FROM (
                        SELECT c.oid::regclass::text AS what FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                         WHERE n.nspname IN ('public', 'reports') AND c.relowner <> current_user::regrole
                        UNION ALL SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                         WHERE n.nspname = 'public' AND p.proowner <> current_user::regrole
                        UNION ALL SELECT t.oid::regtype::text FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                         WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd') AND t.typowner <> current_user::regrole
                        UNION ALL SELECT nspname::text FROM pg_namespace
                         WHERE nspname IN ('public', 'reports') AND nspowner NOT IN (current_user::regrole, 'pg_database_owner'::regrole)
                    ) not_the_roles
                    """));
            // The next migrations run as the role: they change old tables, add new ones, and record themselves.
            run(c, """
                    ALTER TABLE case_file ADD COLUMN province text;
                    INSERT INTO case_file (summary) VALUES ('after the upgrade');
                    SELECT nextval('letter_number');
                    CREATE TABLE custody (id int);
                    CREATE TABLE reports.yearly (id int);
                    INSERT INTO flyway_schema_history VALUES (2, '2', current_user);
                    ALTER TABLE audit_log ADD COLUMN purpose text;
                    CREATE OR REPLACE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP; END; $$;
                    """);
            assertEquals("2", one(c, "SELECT count(*) FROM case_file"));
        }
        SQLException oldPassword = assertThrows(SQLException.class,
                () -> DriverManager.getConnection(login.jdbcUrl(), role, "not-the-stored-one").close());
        assertNotEquals(null, oldPassword.getSQLState());
    }

    @Test
    void provisioningAgainKeepsTheDataUnlessFreshIsAsked() throws SQLException {
        DatabaseRoles.Login first = provision("notification_db_again_roles_test", true);
        try (Connection c = as(first, first.database())) {
            run(c, "CREATE TABLE obligation (note text); INSERT INTO obligation VALUES ('still here')");
        }
        DatabaseRoles.Login again = provision(first.database(), false);
        assertEquals(first, again);
        try (Connection c = as(again, again.database())) {
            assertEquals("still here", one(c, "SELECT note FROM obligation"));
        }
        DatabaseRoles.Login fresh = provision(first.database(), true);
        try (Connection c = as(fresh, fresh.database())) {
            assertEquals("0", one(c, "SELECT count(*) FROM pg_class WHERE relname = 'obligation'"));
        }
    }

    @Test
    void theLauncherGivesEachServiceItsOwnRoleAndAPasswordOfThisInstallation() {
        List<String> roles = new ArrayList<>();
        for (ServiceSpec s : ServiceSpec.ALL) {
            roles.add(DatabaseRoles.roleFor(s.database()));
        }
        assertEquals(List.of("case_service", "notification_service", "reciprocity_service", "dashboard_service"), roles);
        LocalKeys other = LocalKeys.in(ROOT.resolve("other-installation"));
        assertEquals(keys.databasePassword("case_service"), keys.databasePassword("case_service"));
        assertNotEquals(keys.databasePassword("case_service"), other.databasePassword("case_service"));
        assertFalse(keys.databasePassword("case_service").isBlank());
    }
}
