package id.go.wna.infra.test;

import id.go.wna.infra.DatabaseRoles;
import id.go.wna.infra.Folders;
import id.go.wna.infra.KafkaBroker;
import id.go.wna.infra.LocalKeys;
import id.go.wna.infra.Ports;
import id.go.wna.infra.PostgresChain;
import id.go.wna.infra.PostgresServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts a real Kafka broker and a real PostgreSQL for a service's {@code @QuarkusTest}s, once per test JVM, from a
 * clean state: fresh storage under {@code target/test-infrastructure} (or, with {@code WNA_PG_URL}, a
 * {@code <database>_test} database dropped and created anew).
 *
 * <p>Use with {@code @QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "case_db"))}.
 */
public class RealInfrastructure implements QuarkusTestResourceLifecycleManager {

    private static final Path ROOT = Path.of("target", "test-infrastructure").toAbsolutePath();
    private static KafkaBroker broker;
    private static int brokerPort;
    private static int controllerPort;
    private static PostgresServer postgres;
    private static LocalKeys keys;

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", "service_db") + "_test";
    }

    @Override
    public synchronized Map<String, String> start() {
        startShared();
        Map<String, String> config = new HashMap<>(datasource(database));
        config.put("kafka.bootstrap.servers", broker.bootstrapServers());
        // Tokens minted by TestTokens verify against this key; the pseudonym secret is the test deployment's own.
        config.put("mp.jwt.verify.publickey.location", keys.publicKey().toUri().toString());
        config.put("mp.jwt.verify.issuer", LocalKeys.ISSUER);
        config.put("wna.pseudonym.secret", readSecret());
        return config;
    }

    /**
     * A fresh {@code database} and the datasource settings of the service under test: its own role (as in
     * production, not the administrator), owner of that database only, with this test run's password.
     */
    private static Map<String, String> datasource(String database) {
        String role = DatabaseRoles.roleFor(database);
        DatabaseRoles.Login login = postgres.provision(database, role, keys.databasePassword(role), true);
        return Map.of("quarkus.datasource.jdbc.url", login.jdbcUrl(),
                "quarkus.datasource.username", login.role(),
                "quarkus.datasource.password", login.password());
    }

    /** The broker's address, for tests that produce or consume records directly. */
    public static synchronized String bootstrapServers() {
        startShared();
        return "127.0.0.1:" + brokerPort;
    }

    /** The keys of this test run: TestTokens signs with them, the service under test verifies with them. */
    public static synchronized LocalKeys keys() {
        startShared();
        return keys;
    }

    private static String readSecret() {
        try {
            return java.nio.file.Files.readString(keys.pseudonymSecret()).strip();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Stops the broker (an outage); its storage stays. */
    public static synchronized void stopBroker() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }

    /**
     * Closes {@code database} to new connections and ends the open ones, as an outage of that database looks to a
     * service (with {@code false}); opens it again with {@code true}. The server itself keeps running. Done as the
     * administrator: the service's own role may not.
     */
    public static synchronized void allowConnections(String database, boolean allow) {
        startShared();
        String name = database.endsWith("_test") ? database : database + "_test";
        java.util.Properties credentials = new java.util.Properties();
        credentials.setProperty("user", postgres.user());
        if (postgres.password() != null) {
            credentials.setProperty("password", postgres.password());
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(postgres.jdbcUrl(postgres.adminDatabase()), credentials);
             java.sql.Statement s = c.createStatement()) {
            s.execute("ALTER DATABASE " + name + " ALLOW_CONNECTIONS " + allow);
            if (!allow) {
                s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("could not change connections to " + name + ": " + e.getMessage(), e);
        }
    }

    /** Starts the broker again on the same ports and storage, after {@link #stopBroker()}. */
    public static synchronized void restartBroker() {
        if (broker == null) {
            broker = KafkaBroker.start(ROOT.resolve("kafka"), brokerPort, controllerPort);
        }
    }

    private static void startShared() {
        if (postgres != null) {
            return;
        }
        Folders.deleteRecursively(ROOT);
        keys = LocalKeys.in(ROOT.resolve("keys"));
        postgres = PostgresChain.start(System.getenv("WNA_PG_URL"), ROOT.resolve("postgres"), Ports.freePort(),
                line -> System.out.println("[test-infrastructure] postgres: " + line));
        brokerPort = Ports.freePort();
        controllerPort = Ports.freePort();
        broker = KafkaBroker.start(ROOT.resolve("kafka"), brokerPort, controllerPort);
        System.out.println("[test-infrastructure] kafka: " + broker.bootstrapServers());
        Runtime.getRuntime().addShutdownHook(new Thread(RealInfrastructure::stopShared, "test-infrastructure-stop"));
    }

    private static synchronized void stopShared() {
        try {
            if (broker != null) broker.close();
        } finally {
            if (postgres != null) postgres.close();
        }
    }

    @Override
    public void stop() {
        // Shared by every test class of the module; stopped when the test JVM exits.
    }
}
