package id.go.wna.infra;

import id.go.wna.contracts.Topics;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A real Apache Kafka broker in KRaft mode (one combined broker + controller node).
 *
 * <p>One code path for both uses: tests start it in-process through {@link #start}; {@code ./wna up} runs
 * {@link #main} in a process of its own. The storage lives in {@code dataDir}, so a restart keeps the topics.
 */
public final class KafkaBroker implements AutoCloseable {

    static final int PARTITIONS = 3;

    private final KafkaRaftServer server;
    private final int port;

    private KafkaBroker(KafkaRaftServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /** Formats the storage if it is new, starts the node and returns once clients can reach it. */
    public static KafkaBroker start(Path dataDir, int port, int controllerPort) {
        try {
            Files.createDirectories(dataDir);
            Path logDir = dataDir.resolve("kraft-logs");
            Properties props = serverProperties(logDir, port, controllerPort);
            Path propsFile = dataDir.resolve("server.properties");
            try (Writer out = Files.newBufferedWriter(propsFile)) {
                props.store(out, "written by id.go.wna.infra.KafkaBroker on every start");
            }
            format(clusterId(dataDir), propsFile);
            KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
            server.startup();
            KafkaBroker broker = new KafkaBroker(server, port);
            broker.awaitClientsServed(Duration.ofSeconds(60));
            broker.createPlatformTopics();
            return broker;
        } catch (IOException e) {
            throw new InfrastructureException("Kafka broker could not prepare " + dataDir + ": " + e.getMessage(), e);
        }
    }

    static Properties serverProperties(Path logDir, int port, int controllerPort) {
        Properties p = new Properties();
        p.putAll(Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", "1"),
                Map.entry("controller.quorum.voters", "1@127.0.0.1:" + controllerPort),
                Map.entry("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort),
                Map.entry("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port),
                Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
                Map.entry("controller.listener.names", "CONTROLLER"),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
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

    private static void format(String clusterId, Path propsFile) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int rc;
        try (PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            rc = StorageTool.execute(new String[]{"format", "-t", clusterId, "-c", propsFile.toString(), "--ignore-formatted"}, print);
        } catch (Exception e) {
            throw new InfrastructureException("Kafka storage format failed: " + e.getMessage(), e);
        }
        if (rc != 0) {
            throw new InfrastructureException("Kafka storage format failed (" + rc + "): " + output.toString(StandardCharsets.UTF_8));
        }
    }

    private void awaitClientsServed(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try (Admin admin = Admin.create(Map.of(
                    AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000))) {
                if (!admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty()) {
                    return;
                }
            } catch (Exception e) {
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
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
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

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
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

    /** Runs the broker as its own process: {@code KafkaBroker <dataDir> <port> <controllerPort>}. */
    public static void main(String[] args) throws InterruptedException {
        if (args.length != 3) {
            System.err.println("usage: KafkaBroker <dataDir> <port> <controllerPort>");
            System.exit(2);
        }
        KafkaBroker broker = start(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "kafka-broker-shutdown"));
        System.out.println("KAFKA READY " + broker.bootstrapServers());
        broker.server.awaitShutdown();
    }
}
