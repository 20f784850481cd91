package id.go.wna.infra;

import id.go.wna.contracts.Topics;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.utils.Time;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A real Apache Kafka broker in KRaft mode (one combined broker + controller node) that lets in only who logs in and
 * lets them do only what {@link KafkaAccess} grants: clients authenticate with SASL/SCRAM-SHA-512 (the super user
 * {@code admin} bootstrapped into the storage when it is formatted, the services' users made at every start), the
 * controller listener takes only the broker itself (SASL/PLAIN with a user its configuration alone knows), and the
 * standard authorizer refuses whatever no ACL allows. The passwords are this deployment's ({@link LocalKeys}).
 *
 * <p>One code path for both uses: tests start it in-process through {@link #start}; {@code ./wna up} runs
 * {@link #main} in a process of its own. The storage lives in {@code dataDir}, so a restart keeps the topics.
 */
public final class KafkaBroker implements AutoCloseable {

    static final int PARTITIONS = 3;

    private final KafkaRaftServer server;
    private final int port;
    private final LocalKeys keys;

    private KafkaBroker(KafkaRaftServer server, int port, LocalKeys keys) {
        this.server = server;
        this.port = port;
        this.keys = keys;
    }

    /**
     * Formats the storage if it is new (with the admin's SCRAM credentials), starts the node, makes the platform's
     * topics, principals and ACLs, and returns once the services can log in and are granted what they need.
     */
    public static KafkaBroker start(Path dataDir, int port, int controllerPort, LocalKeys keys) {
        try {
            Files.createDirectories(dataDir);
            Path logDir = dataDir.resolve("kraft-logs");
            Properties props = serverProperties(logDir, port, controllerPort, keys);
            Path propsFile = dataDir.resolve("server.properties");
            try (Writer out = Files.newBufferedWriter(propsFile)) {
                props.store(out, "written by id.go.wna.infra.KafkaBroker on every start");
            }
            ownerOnly(propsFile);
            format(clusterId(dataDir), propsFile, keys);
            KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
            server.startup();
            KafkaBroker broker = new KafkaBroker(server, port, keys);
            try {
                broker.awaitClientsServed(Duration.ofSeconds(60), dataDir);
                broker.createPlatformTopics();
                broker.applyAccess();
            } catch (RuntimeException e) {
                broker.close();
                throw e;
            }
            return broker;
        } catch (IOException e) {
            throw new InfrastructureException("Kafka broker could not prepare " + dataDir + ": " + e.getMessage(), e);
        }
    }

    static Properties serverProperties(Path logDir, int port, int controllerPort, LocalKeys keys) {
        String controllerPassword = keys.kafkaPassword(KafkaAccess.CONTROLLER);
        Properties p = new Properties();
        p.putAll(Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", "1"),
                Map.entry("controller.quorum.voters", "1@127.0.0.1:" + controllerPort),
                Map.entry("listeners", "CLIENT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort),
                Map.entry("advertised.listeners", "CLIENT://127.0.0.1:" + port),
                Map.entry("listener.security.protocol.map", "CLIENT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT"),
                Map.entry("controller.listener.names", "CONTROLLER"),
                // Clients and the broker itself log in with SCRAM on the client listener (the admin's credentials are
                // in the metadata from the format on; the services' are made at start).
                Map.entry("inter.broker.listener.name", "CLIENT"),
                Map.entry("sasl.mechanism.inter.broker.protocol", KafkaAccess.MECHANISM),
                Map.entry("listener.name.client.sasl.enabled.mechanisms", KafkaAccess.MECHANISM),
                Map.entry("listener.name.client.scram-sha-512.sasl.jaas.config",
                        KafkaAccess.jaas(KafkaAccess.ADMIN, keys.kafkaPassword(KafkaAccess.ADMIN))),
                // The controller listener answers only the broker: PLAIN with one user defined right here (the
                // controller cannot read SCRAM users from the metadata it is itself serving).
                Map.entry("sasl.mechanism.controller.protocol", "PLAIN"),
                Map.entry("listener.name.controller.sasl.enabled.mechanisms", "PLAIN"),
                Map.entry("listener.name.controller.plain.sasl.jaas.config",
                        "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + KafkaAccess.CONTROLLER
                                + "\" password=\"" + controllerPassword + "\" user_" + KafkaAccess.CONTROLLER + "=\"" + controllerPassword + "\";"),
                Map.entry("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer"),
                Map.entry("allow.everyone.if.no.acl.found", "false"),
                Map.entry("super.users", "User:" + KafkaAccess.ADMIN + ";User:" + KafkaAccess.CONTROLLER),
                Map.entry("log.dirs", logDir.toAbsolutePath().toString()),
                Map.entry("num.partitions", String.valueOf(PARTITIONS)),
                // One node: every internal topic has a single replica.
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("offsets.topic.num.partitions", "3"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1"),
                Map.entry("group.initial.rebalance.delay.ms", "0"),
                Map.entry("auto.create.topics.enable", "true"),
                Map.entry("log.flush.interval.messages", "10000"),
                Map.entry("log.segment.bytes", String.valueOf(64 * 1024 * 1024))));
        return p;
    }

    private static String clusterId(Path dataDir) throws IOException {
        Path idFile = dataDir.resolve("cluster.id");
        if (Files.exists(idFile)) {
            return Files.readString(idFile).trim();
        }
        String id = Uuid.randomUuid().toString();
        Files.writeString(idFile, id);
        return id;
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system
        }
    }

    private static void format(String clusterId, Path propsFile, LocalKeys keys) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int rc;
        String admin = "SCRAM-SHA-512=[name=" + KafkaAccess.ADMIN + ",iterations=" + KafkaAccess.SCRAM_ITERATIONS
                + ",password=" + keys.kafkaPassword(KafkaAccess.ADMIN) + "]";
        try (PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            rc = StorageTool.execute(new String[]{"format", "-t", clusterId, "-c", propsFile.toString(), "--ignore-formatted",
                    "--add-scram", admin}, print);
        } catch (Exception e) {
            throw new InfrastructureException("Kafka storage format failed: " + e.getMessage(), e);
        }
        if (rc != 0) {
            throw new InfrastructureException("Kafka storage format failed (" + rc + "): " + output.toString(StandardCharsets.UTF_8));
        }
    }

    private void awaitClientsServed(Duration timeout, Path dataDir) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            Map<String, Object> config = adminConfig();
            config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
            config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
            try (Admin admin = Admin.create(config)) {
                if (!admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty()) {
                    return;
                }
            } catch (Exception e) {
                if (e.getCause() instanceof SaslAuthenticationException) {
                    // The storage holds another admin password: formatted before the broker required SASL, or with
                    // keys that were since deleted. Formatting again is the only way in.
                    throw new InfrastructureException("Kafka refuses this installation's admin password: the broker's storage in "
                            + dataDir + " was made before the broker required SASL, or with other keys than those in "
                            + keys.dir() + ". Start from empty storage (./wna up --fresh; tests: delete target/test-infrastructure).", e);
                }
                last = e;
            }
            sleep(200);
        }
        throw new InfrastructureException("Kafka broker on port " + port + " did not serve clients within " + timeout
                + (last == null ? "" : ": " + last.getMessage()), last);
    }

    /**
     * Creates the platform's topics and each consumer's dead-letter topic up front, so consumers that subscribe
     * before the first event find their topic at once (production brokers are provisioned the same way).
     */
    private void createPlatformTopics() {
        List<String> names = new ArrayList<>(List.of(Topics.CASE_EVENTS, Topics.PRESENCE_EVENTS, Topics.CUSTODY_NOTICES,
                Topics.CONSULAR_EVENTS, Topics.RECIPROCITY_EVENTS));
        ServiceSpec.ALL.forEach(s -> names.add(Topics.deadLetter(s.name())));
        try (Admin admin = Admin.create(adminConfig())) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = names.stream().filter(n -> !existing.contains(n))
                    // Kept for ever, so read models can be rebuilt by replay; except the custody notices, which carry
                    // identity (UU 27/2022: keep no longer than needed): 30 days, ample for notification-service.
                    .map(n -> new NewTopic(n, PARTITIONS, (short) 1).configs(Map.of("retention.ms",
                            n.equals(Topics.CUSTODY_NOTICES) ? String.valueOf(30L * 24 * 3600 * 1000) : "-1"))).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new InfrastructureException("Kafka topics could not be created: " + e.getMessage(), e);
        }
    }

    /** The services' SCRAM users and the ACL table ({@link KafkaAccess}), made anew at every start (idempotent). */
    private void applyAccess() {
        try (Admin admin = Admin.create(adminConfig())) {
            KafkaAccess.applyServices(admin, keys);
        } catch (InfrastructureException e) {
            throw e;
        } catch (Exception e) {
            throw new InfrastructureException("Kafka principals and ACLs could not be made: " + e.getMessage(), e);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** A fresh, modifiable admin client configuration: the super user, with short timeouts. */
    public Map<String, Object> adminConfig() {
        return KafkaAccess.adminConfig(bootstrapServers(), keys);
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InfrastructureException("interrupted", e);
        }
    }

    /** Runs the broker as its own process: {@code KafkaBroker <dataDir> <port> <controllerPort> <keysDir>}. */
    public static void main(String[] args) throws InterruptedException {
        if (args.length != 4) {
            System.err.println("usage: KafkaBroker <dataDir> <port> <controllerPort> <keysDir>");
            System.exit(2);
        }
        KafkaBroker broker = start(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]), LocalKeys.in(Path.of(args[3])));
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "kafka-broker-shutdown"));
        System.out.println("KAFKA READY " + broker.bootstrapServers());
        broker.server.awaitShutdown();
    }
}
