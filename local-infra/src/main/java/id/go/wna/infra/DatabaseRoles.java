package id.go.wna.infra;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Least privilege in PostgreSQL: each service logs in with a role of its own (e.g. {@code case_service}) that owns its
 * database and nothing else. The role is neither superuser nor allowed to create roles or databases, and no other role
 * but the administrator may connect to that database ({@code CONNECT} is revoked from {@code PUBLIC}).
 *
 * <p>The administrator's connection ({@link PostgresServer#user()}: the local superuser, or the user of
 * {@code WNA_PG_URL}) only creates and converges roles and databases; the services run their Flyway migrations as
 * their own role. Running {@link #provision} again converges: the role gets the stored password back and loses any
 * attribute it should not have, and what an earlier version created as the administrator (the database, its schemas,
 * tables, sequences, views, functions and types, {@code flyway_schema_history} among them) passes to the role.
 */
public final class DatabaseRoles {

    private static final String NAME = "[a-z][a-z0-9_]{0,62}";

    /** What a service logs in with. */
    public record Login(String jdbcUrl, String database, String role, String password) {
    }

    private DatabaseRoles() {
    }

    /**
     * The login role of the service owning {@code database}: {@code case_db} is {@code case_service}'s; a database of
     * no known service gets {@code <database>_owner}. A suffix (tests' {@code _test}) is kept: {@code case_db_test} is
     * {@code case_service_test}'s, so tests never take over a real installation's role on a shared server.
     */
    public static String roleFor(String database) {
        for (ServiceSpec s : ServiceSpec.ALL) {
            if (database.startsWith(s.database())) {
                return s.role() + database.substring(s.database().length());
            }
        }
        return database + "_owner";
    }

    /**
     * Makes sure {@code role} exists with {@code password} and least privilege, and owns {@code database} and all that
     * is in it. With {@code fresh}, an existing database is dropped first so nothing from an earlier run is seen.
     */
    public static Login provision(PostgresServer server, String database, String role, String password, boolean fresh) {
        if (!database.matches(NAME) || !role.matches(NAME)) {
            throw new IllegalArgumentException("not a plain database or role name: " + database + ", " + role);
        }
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("role " + role + " needs a password");
        }
        try {
            try (Connection c = admin(server, server.adminDatabase()); Statement s = c.createStatement()) {
                boolean superuser = bool(s, "SELECT rolsuper FROM pg_roles WHERE rolname = current_user");
                if (fresh) {
                    s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
                }
                convergeRole(s, role, password);
                if (!superuser && !bool(s, "SELECT pg_has_role(current_user, '" + role + "', 'MEMBER')")) {
                    // A non-superuser administrator (WNA_PG_URL) may give a database, or objects, only to a role it
                    // belongs to.
                    s.execute("GRANT " + role + " TO CURRENT_USER");
                }
                if (bool(s, "SELECT count(*) > 0 FROM pg_database WHERE datname = '" + database + "'")) {
                    s.execute("ALTER DATABASE " + database + " OWNER TO " + role);
                } else {
                    s.execute("CREATE DATABASE " + database + " OWNER " + role + " ENCODING 'UTF8'");
                }
                // Only its owner (and the administrator) may connect or make temporary tables there.
                s.execute("REVOKE ALL ON DATABASE " + database + " FROM PUBLIC");
                if (server.startedHere()) {
                    // Nothing of WNA's is in the maintenance databases either; a server of WNA_PG_URL is its operator's.
                    s.execute("REVOKE CONNECT, TEMPORARY ON DATABASE " + server.adminDatabase() + ", template1 FROM PUBLIC");
                }
            }
            try (Connection c = admin(server, database); Statement s = c.createStatement()) {
                convergeObjects(s, role);
            }
        } catch (SQLException e) {
            throw new InfrastructureException("PostgreSQL (" + server.description() + ") could not prepare database "
                    + database + " for role " + role + " as " + server.user() + ": " + e.getMessage()
                    + (server.startedHere() ? "" : " (the WNA_PG_URL user needs CREATEROLE and CREATEDB, or to be superuser)"), e);
        }
        return new Login(server.jdbcUrl(database), database, role, password);
    }

    private static void convergeRole(Statement s, String role, String password) throws SQLException {
        String literal = "'" + password.replace("'", "''") + "'";
        try (ResultSet rs = s.executeQuery("SELECT rolsuper, rolcreatedb, rolcreaterole, rolreplication, rolbypassrls, rolcanlogin"
                + " FROM pg_roles WHERE rolname = '" + role + "'")) {
            if (!rs.next()) {
                s.execute("CREATE ROLE " + role + " WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD " + literal);
                return;
            }
            // Only what differs is named: a non-superuser administrator may not even mention some attributes.
            List<String> changes = new ArrayList<>();
            if (rs.getBoolean("rolsuper")) changes.add("NOSUPERUSER");
            if (rs.getBoolean("rolcreatedb")) changes.add("NOCREATEDB");
            if (rs.getBoolean("rolcreaterole")) changes.add("NOCREATEROLE");
            if (rs.getBoolean("rolreplication")) changes.add("NOREPLICATION");
            if (rs.getBoolean("rolbypassrls")) changes.add("NOBYPASSRLS");
            if (!rs.getBoolean("rolcanlogin")) changes.add("LOGIN");
            rs.close();
            s.execute("ALTER ROLE " + role + " WITH " + String.join(" ", changes) + " PASSWORD " + literal);
        }
    }

    /**
     * Gives {@code role} every schema and object of the current database that someone else owns (a database created
     * by an earlier version, as the administrator), as far as the administrator may: a superuser all, another only
     * what belongs to roles it is a member of. Objects of extensions stay with the extension's owner.
     */
    private static void convergeObjects(Statement s, String role) throws SQLException {
        String notSystem = "n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema'";
        String notExtension = " AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = %s AND d.deptype = 'e')";
        // Owned by someone else whose objects the administrator may give away (a superuser: anyone's).
        String notRole = "%1$s <> '" + role + "'::regrole AND pg_has_role(current_user, %1$s, 'MEMBER')";
        List<String> statements = new ArrayList<>();
        // PostgreSQL 15+ gives public to pg_database_owner, which is the role already; 14 gives it to the bootstrap
        // superuser, with CREATE for everyone.
        collect(s, statements, "SELECT format('ALTER SCHEMA %I OWNER TO " + role + "', n.nspname) FROM pg_namespace n WHERE "
                + notSystem + " AND " + notRole.formatted("n.nspowner") + " AND n.nspowner <> 'pg_database_owner'::regrole"
                + notExtension.formatted("n.oid"));
        collect(s, statements, "SELECT format('ALTER TABLE %s OWNER TO " + role + "', c.oid::regclass) FROM pg_class c"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE " + notSystem + " AND c.relkind IN ('r', 'p', 'v', 'm', 'f')"
                + " AND " + notRole.formatted("c.relowner") + notExtension.formatted("c.oid"));
        // A sequence of a serial or identity column follows its table; only free-standing ones are given here.
        collect(s, statements, "SELECT format('ALTER SEQUENCE %s OWNER TO " + role + "', c.oid::regclass) FROM pg_class c"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE " + notSystem + " AND c.relkind = 'S'"
                + " AND " + notRole.formatted("c.relowner") + notExtension.formatted("c.oid")
                + " AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.classid = 'pg_class'::regclass"
                + " AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i'))");
        collect(s, statements, "SELECT format('ALTER ROUTINE %s OWNER TO " + role + "', p.oid::regprocedure) FROM pg_proc p"
                + " JOIN pg_namespace n ON n.oid = p.pronamespace WHERE " + notSystem + " AND p.prokind IN ('f', 'p')"
                + " AND " + notRole.formatted("p.proowner") + notExtension.formatted("p.oid"));
        collect(s, statements, "SELECT format(CASE t.typtype WHEN 'd' THEN 'ALTER DOMAIN %s OWNER TO " + role + "'"
                + " ELSE 'ALTER TYPE %s OWNER TO " + role + "' END, t.oid::regtype) FROM pg_type t"
                + " JOIN pg_namespace n ON n.oid = t.typnamespace WHERE " + notSystem + " AND t.typtype IN ('e', 'd', 'r', 'm')"
                + " AND " + notRole.formatted("t.typowner") + notExtension.formatted("t.oid"));
        for (String statement : statements) {
            s.execute(statement);
        }
        if (bool(s, "SELECT count(*) > 0 FROM pg_namespace WHERE nspname = 'public'"
                + " AND nspowner IN ('" + role + "'::regrole, 'pg_database_owner'::regrole)")) {
            // As PostgreSQL 15+ does: only the owner creates objects in public (14 let every role do so). Where a
            // non-superuser administrator could not hand public over (14), the role keeps creating there as PUBLIC.
            s.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
        }
    }

    private static void collect(Statement s, List<String> into, String query) throws SQLException {
        try (ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                into.add(rs.getString(1));
            }
        }
    }

    private static boolean bool(Statement s, String query) throws SQLException {
        try (ResultSet rs = s.executeQuery(query)) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    /** The administrator's connection to {@code database}. */
    public static Connection admin(PostgresServer server, String database) throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", server.user());
        if (server.password() != null) {
            credentials.setProperty("password", server.password());
        }
        return DriverManager.getConnection(server.jdbcUrl(database), credentials);
    }
}
