package id.go.wna.infra.test;

import id.go.wna.infra.DatabaseRoles;
import id.go.wna.infra.Folders;
import id.go.wna.infra.KafkaAccess;
import id.go.wna.infra.KafkaBroker;
import id.go.wna.infra.LocalKeys;
import id.go.wna.infra.Ports;
import id.go.wna.infra.PostgresChain;
import id.go.wna.infra.PostgresServer;
import id.go.wna.infra.ServiceSpec;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.apache.kafka.clients.admin.Admin;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts a real Kafka broker and a real PostgreSQL for a service's {@code @QuarkusTest}s, once per test JVM, from a
 * clean state: fresh storage under {@code target/test-infrastructure} (or, with {@code WNA_PG_URL}, a
 * {@code <database>_test} database dropped and created anew).
 *
 * <p>Use with {@code @QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "case_db"))}.
 * The database names the service under test ({@link ServiceSpec}), whose own Kafka principal (SASL/SCRAM, the ACLs of
 * {@link KafkaAccess}) the service then logs in as, exactly as under {@code ./wna up}. Test fixtures that produce or
 * read records directly use {@link #kafkaClient()}, the broker's super user.
 */
public class RealInfrastructure implements QuarkusTestResourceLifecycleManager {

    private static final Path ROOT = Path.of("target", "test-infrastructure").toAbsolutePath();
    private static KafkaBroker broker;
    private static int brokerPort;
    private static int controllerPort;
    private static PostgresServer postgres;
    private static LocalKeys keys;

    private String database;
    private String principal;

    @Override
    public void init(Map<String, String> initArgs) {
        String name = initArgs.get("database");
        ServiceSpec service = ServiceSpec.ALL.stream().filter(s -> s.database().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("initArgs database must be one of the services' databases "
                        + ServiceSpec.ALL.stream().map(ServiceSpec::database).toList() + ", got " + name));
        database = name + "_test";
        principal = service.name();
    }

    @Override
    public synchronized Map<String, String> start() {
        startShared();
        Map<String, String> config = new HashMap<>(datasource(database));
        // The service's own principal: it is granted what the ACL table grants it, and nothing more.
        KafkaAccess.clientConfig(broker.bootstrapServers(), principal, keys.kafkaPassword(principal))
                .forEach((k, v) -> config.put("kafka." + k, String.valueOf(v)));
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

    /**
     * A complete client configuration for test fixtures that produce or consume records directly (bootstrap servers,
     * SASL): the broker's super user, which may write any topic as the service's upstream would. A fresh, modifiable
     * map: add the client's own settings.
     */
    public static synchronized Map<String, Object> kafkaClient() {
        startShared();
        return new HashMap<>(KafkaAccess.clientConfig("127.0.0.1:" + brokerPort, KafkaAccess.ADMIN, keys.kafkaPassword(KafkaAccess.ADMIN)));
    }

    /** {@link #kafkaClient()} with {@code own} settings on top. */
    public static Map<String, Object> kafkaClient(Map<String, Object> own) {
        Map<String, Object> config = kafkaClient();
        config.putAll(own);
        return config;
    }

    /** A client configuration logging in as one of the services' principals, for tests of what it is refused. */
    public static synchronized Map<String, Object> kafkaClientAs(String service) {
        startShared();
        KafkaAccess.of(service);
        return new HashMap<>(KafkaAccess.clientConfig("127.0.0.1:" + brokerPort, service, keys.kafkaPassword(service)));
    }

    /**
     * Lets {@code service} create and write the topics whose names start with {@code prefix}, topics that exist in
     * tests only (the ACL table knows the platform's topics alone).
     */
    public static synchronized void allowTestTopics(String service, String prefix) {
        startShared();
        try (Admin admin = Admin.create(kafkaClient())) {
            KafkaAccess.allowTestTopics(admin, service, prefix);
        } catch (Exception e) {
            throw new IllegalStateException("could not let " + service + " write " + prefix + "*: " + e.getMessage(), e);
        }
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
            broker = KafkaBroker.start(ROOT.resolve("kafka"), brokerPort, controllerPort, keys);
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
        long kafkaStart = System.nanoTime();
        broker = KafkaBroker.start(ROOT.resolve("kafka"), brokerPort, controllerPort, keys);
        System.out.printf("[test-infrastructure] kafka ready in %.1f s (SASL/SCRAM, ACLs applied)%n", (System.nanoTime() - kafkaStart) / 1e9);
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
