package id.go.wna.infra;

import id.go.wna.contracts.Topics;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The broker of {@code ./wna up} and the tests against real clients: who gets in, and what the ACL table lets each
 * principal do (the restricted custody notices to notification-service alone, partners read-only).
 */
class KafkaAccessTest {

    private static final Path ROOT = Path.of("target", "kafka-access-test").toAbsolutePath();
    private static final Path REPO = Path.of(System.getProperty("wna.root", "..")).toAbsolutePath().normalize();
    private static LocalKeys keys;
    private static KafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        Folders.deleteRecursively(ROOT);
        keys = LocalKeys.in(ROOT.resolve("keys"));
        long t0 = System.nanoTime();
        broker = KafkaBroker.start(ROOT.resolve("kafka"), Ports.freePort(), Ports.freePort(), keys);
        System.out.printf("[kafka-access-test] broker with SASL, authorizer, topics, principals and ACLs ready in %.1f s%n",
                (System.nanoTime() - t0) / 1e9);
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    private static Map<String, Object> as(String principal) {
        return new HashMap<>(KafkaAccess.clientConfig(broker.bootstrapServers(), principal, keys.kafkaPassword(principal)));
    }

    @Test
    void theCustodyNoticesAreReadByNotificationServiceAndRefusedToEveryOtherPrincipal() throws Exception {
        String key = "case-" + UUID.randomUUID();
        send(as("case-service"), Topics.CUSTODY_NOTICES, key);

        assertTrue(readFromStart(as("notification-service"), "notification-service", Topics.CUSTODY_NOTICES)
                .stream().anyMatch(r -> r.key().equals(key)), "notification-service reads the notice");
        for (String other : List.of("case-service", "reciprocity-service", "dashboard-service")) {
            KafkaException refused = assertThrows(KafkaException.class,
                    () -> readFromStart(as(other), other, Topics.CUSTODY_NOTICES), other + " read the custody notices");
            assertInstanceOf(TopicAuthorizationException.class, refused, other + ": " + refused);
        }
        Properties partner = partner("polri-custody");
        KafkaException refused = assertThrows(KafkaException.class, () -> readFromStart(config(partner),
                partner.getProperty("group.id"), Topics.CUSTODY_NOTICES));
        assertInstanceOf(TopicAuthorizationException.class, refused, refused.toString());
    }

    @Test
    void aPartnerPrincipalMadeAsKafkaClientDoesReadsTheSharedTopicsAndCannotWriteThem() throws Exception {
        String key = "case-" + UUID.randomUUID();
        send(as("case-service"), Topics.CASE_EVENTS, key);
        Properties partner = partner("kejaksaan");

        assertTrue(readFromStart(config(partner), partner.getProperty("group.id"), Topics.CASE_EVENTS).stream()
                .anyMatch(r -> r.key().equals(key)), "the partner reads wna.case-events.v1 with the group printed for it");
        // Without idempotence, which a principal that writes nothing is refused on the cluster already: the topic's
        // own ACL is what refuses here.
        Map<String, Object> plainProducer = config(partner);
        plainProducer.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false);
        for (String topic : KafkaAccess.SHARED_TOPICS) {
            ExecutionException refused = assertThrows(ExecutionException.class, () -> send(plainProducer, topic, "x"));
            assertInstanceOf(TopicAuthorizationException.class, refused.getCause(), topic + ": " + refused.getCause());
        }
        // Its groups are its own: not a service's.
        KafkaException group = assertThrows(KafkaException.class,
                () -> readFromStart(config(partner), "dashboard-service", Topics.CASE_EVENTS));
        assertInstanceOf(GroupAuthorizationException.class, group, group.toString());
    }

    @Test
    void makingAPartnerAgainRotatesItsPassword() throws Exception {
        Properties first = partner("polri");
        Properties second = partner("polri");

        describeCluster(config(second));
        ExecutionException refused = assertThrows(ExecutionException.class, () -> describeCluster(config(first)));
        assertInstanceOf(SaslAuthenticationException.class, refused.getCause());
    }

    @Test
    void aClientWithoutCredentialsOrWithWrongOnesIsRefused() {
        Map<String, Object> anonymous = new HashMap<>(Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
        assertThrows(ExecutionException.class, () -> describeCluster(anonymous), "a PLAINTEXT client got in");

        Map<String, Object> unknown = new HashMap<>(KafkaAccess.clientConfig(broker.bootstrapServers(), "nobody", "guess"));
        ExecutionException refused = assertThrows(ExecutionException.class, () -> describeCluster(unknown));
        assertInstanceOf(SaslAuthenticationException.class, refused.getCause());

        Map<String, Object> wrongPassword = new HashMap<>(KafkaAccess.clientConfig(broker.bootstrapServers(), "case-service", "guess"));
        refused = assertThrows(ExecutionException.class, () -> describeCluster(wrongPassword));
        assertInstanceOf(SaslAuthenticationException.class, refused.getCause());
    }

    @Test
    void eachServiceMayMakeThePlatformsAdminCallsOnItsOwnTopicsAndGroupAndWriteOnlyWhatItProduces() throws Exception {
        for (KafkaAccess.ServiceAccess s : KafkaAccess.SERVICES) {
            try (Admin admin = Admin.create(admin(as(s.service())))) {
                assertEquals(1, admin.describeCluster().nodes().get(10, TimeUnit.SECONDS).size(), s.service());
                if (!s.reads().isEmpty()) {
                    // What consumer positions and lag read: partitions, end offsets, the group's committed offsets.
                    Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
                    admin.describeTopics(s.reads()).allTopicNames().get(10, TimeUnit.SECONDS).forEach((t, d) ->
                            d.partitions().forEach(p -> ends.put(new TopicPartition(t, p.partition()), OffsetSpec.latest())));
                    assertEquals(s.reads().size() * KafkaBroker.PARTITIONS, admin.listOffsets(ends).all().get(10, TimeUnit.SECONDS).size());
                    assertNotNull(admin.listConsumerGroupOffsets(s.group()).partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS));
                }
            }
            send(as(s.service()), s.deadLetters(), "dead-letter");
            for (String topic : s.reads()) {
                ExecutionException refused = assertThrows(ExecutionException.class, () -> send(as(s.service()), topic, "x"),
                        s.service() + " wrote " + topic + ", which it consumes");
                assertInstanceOf(TopicAuthorizationException.class, refused.getCause());
            }
        }
    }

    @Test
    void theAclTableGrantsEachServiceExactlyTheTopicsAndGroupItsChannelsSubscribeTo() throws IOException {
        for (KafkaAccess.ServiceAccess s : KafkaAccess.SERVICES) {
            Properties p = new Properties();
            p.load(new StringReader(Files.readString(REPO.resolve(s.service()).resolve("src/main/resources/application.properties"))));
            Set<String> subscribed = new TreeSet<>();
            for (String name : p.stringPropertyNames()) {
                if (name.startsWith("mp.messaging.incoming.") && name.endsWith(".topic")) {
                    subscribed.add(p.getProperty(name));
                    String channel = name.substring(0, name.length() - ".topic".length());
                    assertEquals(s.group(), p.getProperty(channel + ".group.id"), name);
                }
            }
            assertEquals(subscribed, new TreeSet<>(s.reads()), s.service());
        }
    }

    @Test
    void partnerNamesThatArePlatformPrincipalsOrMalformedAreRefused() {
        for (String name : List.of("admin", "controller", "case-service", "notification-service", "reciprocity-service",
                "dashboard-service", "Polri", "-polri", "p", "polri agency", "polri_x", "x".repeat(42))) {
            assertNotNull(KafkaAccess.refusePartnerName(name), name);
            assertThrows(IllegalArgumentException.class, () -> KafkaAccess.applyPartner(null, name), name);
        }
        for (String name : List.of("polri", "kejaksaan.ri", "timpora-bali", "p1")) {
            assertNull(KafkaAccess.refusePartnerName(name), name);
        }
    }

    @Test
    void dockerComposeKafkaInitGrantsWhatTheTableGrants() throws IOException {
        String compose = Files.readString(REPO.resolve("docker-compose.yml"));
        for (String line : KafkaAccess.shellCommands()) {
            assertTrue(compose.contains(line), "docker-compose.yml kafka-init lacks: " + line);
        }
        for (KafkaAccess.ServiceAccess s : KafkaAccess.SERVICES) {
            long grants = compose.lines().filter(l -> l.strip().startsWith("acl User:" + s.service() + " ")).count();
            assertEquals(KafkaAccess.shellCommands().stream().filter(l -> l.startsWith("acl User:" + s.service() + " ")).count(),
                    grants, "docker-compose.yml grants " + s.service() + " more than the table");
        }
    }

    /** What {@code ./wna kafka-client NAME} prints, read back as properties. */
    private static Properties partner(String name) throws Exception {
        try (Admin admin = Admin.create(broker.adminConfig())) {
            String password = KafkaAccess.applyPartner(admin, name);
            Properties p = new Properties();
            p.load(new StringReader(KafkaAccess.partnerProperties(broker.bootstrapServers(), name, password)));
            return p;
        }
    }

    private static Map<String, Object> config(Properties p) {
        Map<String, Object> c = new HashMap<>();
        p.stringPropertyNames().stream().filter(k -> !k.equals("group.id")).forEach(k -> c.put(k, p.getProperty(k)));
        return c;
    }

    private static Map<String, Object> admin(Map<String, Object> client) {
        Map<String, Object> c = new HashMap<>(client);
        c.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        c.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000);
        return c;
    }

    private static void describeCluster(Map<String, Object> client) throws Exception {
        try (Admin admin = Admin.create(admin(client))) {
            admin.describeCluster().nodes().get(15, TimeUnit.SECONDS);
        }
    }

    private static void send(Map<String, Object> client, String topic, String key) throws Exception {
        Map<String, Object> c = new HashMap<>(client);
        c.put(ProducerConfig.ACKS_CONFIG, "all");
        c.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15000);
        c.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15000);
        c.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10000);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(c, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, "{}")).get(30, TimeUnit.SECONDS);
        }
    }

    /** Reads {@code topic} from the start with {@code group} until a poll brings nothing new; a refusal is thrown. */
    private static List<ConsumerRecord<String, String>> readFromStart(Map<String, Object> client, String group, String topic) {
        Map<String, Object> c = new HashMap<>(client);
        c.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        c.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15000);
        List<ConsumerRecord<String, String>> read = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(c, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            int emptyPolls = 0;
            while (emptyPolls < 3 || read.isEmpty() && emptyPolls < 30) {
                int before = read.size();
                consumer.poll(Duration.ofMillis(500)).forEach(read::add);
                emptyPolls = read.size() == before ? emptyPolls + 1 : 0;
            }
        }
        return read;
    }
}
