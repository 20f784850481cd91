package id.go.wna.infra;

import id.go.wna.contracts.Topics;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Who may do what on the broker: the one ACL table of the platform, applied by the launcher's and the tests' broker
 * ({@link KafkaBroker}) and by {@code ./wna kafka-client}; {@code docker-compose.yml}'s kafka-init job runs the same
 * grants as {@link #shellCommands} prints them (a test keeps the two equal).
 *
 * <p>Every service is a principal of its own name. It writes the topics it is the one producer of and its own
 * dead-letter topic, and reads what its channels subscribe to with its own consumer group (READ on a topic or group
 * implies DESCRIBE, which the platform's admin calls need: topic descriptions, end offsets, the group's committed
 * offsets). No service writes a topic it consumes. A partner agency reads the shared topics, never the restricted
 * custody notices, with consumer groups named after it.
 */
public final class KafkaAccess {

    public static final String ADMIN = "admin";
    /** The principal the broker uses towards its controller listener (PLAIN, known to the broker's config only). */
    public static final String CONTROLLER = "controller";
    public static final String MECHANISM = "SCRAM-SHA-512";
    public static final String SCRAM_LOGIN = "org.apache.kafka.common.security.scram.ScramLoginModule";
    static final int SCRAM_ITERATIONS = 4096;

    /** What one service may do: the topics it writes (besides its dead letters), the topics it reads. */
    public record ServiceAccess(String service, List<String> writes, List<String> reads) {

        /** Its consumer group: the {@code group.id} of every incoming channel of the service. */
        public String group() {
            return service;
        }

        public String deadLetters() {
            return Topics.deadLetter(service);
        }
    }

    public static final List<ServiceAccess> SERVICES = List.of(
            new ServiceAccess("case-service",
                    List.of(Topics.CASE_EVENTS, Topics.PRESENCE_EVENTS, Topics.CUSTODY_NOTICES),
                    List.of(Topics.CONSULAR_EVENTS)),
            new ServiceAccess("notification-service",
                    List.of(Topics.CONSULAR_EVENTS),
                    List.of(Topics.CASE_EVENTS, Topics.CUSTODY_NOTICES)),
            new ServiceAccess("reciprocity-service",
                    List.of(Topics.RECIPROCITY_EVENTS),
                    List.of(Topics.CASE_EVENTS, Topics.PRESENCE_EVENTS, Topics.CONSULAR_EVENTS)),
            new ServiceAccess("dashboard-service",
                    List.of(),
                    List.of(Topics.CASE_EVENTS, Topics.PRESENCE_EVENTS, Topics.CONSULAR_EVENTS, Topics.RECIPROCITY_EVENTS)));

    /** What a partner agency may read: every platform topic but the restricted custody notices. */
    public static final List<String> SHARED_TOPICS = List.of(Topics.CASE_EVENTS, Topics.PRESENCE_EVENTS,
            Topics.CONSULAR_EVENTS, Topics.RECIPROCITY_EVENTS);

    /** A partner's name: its principal, and the prefix of its consumer groups. */
    public static final String PARTNER_NAME = "[a-z0-9][a-z0-9.-]{1,40}";

    private KafkaAccess() {
    }

    public static ServiceAccess of(String service) {
        return SERVICES.stream().filter(s -> s.service().equals(service)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service principal " + service));
    }

    /** The ACLs of one service. */
    public static List<AclBinding> bindings(ServiceAccess s) {
        List<AclBinding> acls = new ArrayList<>();
        Stream.concat(s.writes().stream(), Stream.of(s.deadLetters()))
                .forEach(t -> acls.add(allow(s.service(), ResourceType.TOPIC, t, PatternType.LITERAL, AclOperation.WRITE)));
        s.reads().forEach(t -> acls.add(allow(s.service(), ResourceType.TOPIC, t, PatternType.LITERAL, AclOperation.READ)));
        if (!s.reads().isEmpty()) {
            acls.add(allow(s.service(), ResourceType.GROUP, s.group(), PatternType.LITERAL, AclOperation.READ));
        }
        return acls;
    }

    /**
     * The ACLs of a partner agency: READ and DESCRIBE on the shared topics, READ on the consumer groups whose name
     * starts with {@code <name>.} (the dot keeps a partner named {@code case} out of case-service's group).
     */
    public static List<AclBinding> partnerBindings(String name) {
        List<AclBinding> acls = new ArrayList<>();
        for (String t : SHARED_TOPICS) {
            acls.add(allow(name, ResourceType.TOPIC, t, PatternType.LITERAL, AclOperation.READ));
            acls.add(allow(name, ResourceType.TOPIC, t, PatternType.LITERAL, AclOperation.DESCRIBE));
        }
        acls.add(allow(name, ResourceType.GROUP, partnerGroupPrefix(name), PatternType.PREFIXED, AclOperation.READ));
        return acls;
    }

    public static String partnerGroupPrefix(String name) {
        return name + ".";
    }

    /** Why {@code name} cannot be a partner principal, or null when it can. */
    public static String refusePartnerName(String name) {
        if (name == null || !name.matches(PARTNER_NAME)) {
            return "a partner name is 2 to 41 characters of a-z, 0-9, '.' and '-', starting with a letter or digit";
        }
        if (name.equals(ADMIN) || name.equals(CONTROLLER) || SERVICES.stream().anyMatch(s -> s.service().equals(name))) {
            return "'" + name + "' is a principal of the platform itself";
        }
        return null;
    }

    private static AclBinding allow(String principal, ResourceType type, String name, PatternType pattern, AclOperation op) {
        return new AclBinding(new ResourcePattern(type, name, pattern),
                new AccessControlEntry("User:" + principal, "*", op, AclPermissionType.ALLOW));
    }

    /** The settings of a client that logs in as {@code principal} with {@code password} (no TLS: the local broker). */
    public static Map<String, Object> clientConfig(String bootstrapServers, String principal, String password) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        c.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT");
        c.put(SaslConfigs.SASL_MECHANISM, MECHANISM);
        c.put(SaslConfigs.SASL_JAAS_CONFIG, jaas(principal, password));
        return c;
    }

    public static String jaas(String principal, String password) {
        return SCRAM_LOGIN + " required username=\"" + principal + "\" password=\"" + password + "\";";
    }

    /**
     * Makes the services' SCRAM users (passwords from {@code keys}) and their ACLs; safe to run again (a user is
     * upserted with the same password, an existing ACL is kept). Needs an admin client of a super user.
     */
    public static void applyServices(Admin admin, LocalKeys keys) throws Exception {
        List<UserScramCredentialUpsertion> users = SERVICES.stream()
                .map(s -> upsertion(s.service(), keys.kafkaPassword(s.service()))).toList();
        admin.alterUserScramCredentials(List.copyOf(users)).all().get(30, TimeUnit.SECONDS);
        List<AclBinding> acls = SERVICES.stream().flatMap(s -> bindings(s).stream()).toList();
        createAcls(admin, acls);
    }

    /** Makes (or, for a known name, gives a new password to) a partner principal with its ACLs; returns the password. */
    public static String applyPartner(Admin admin, String name) throws Exception {
        String refused = refusePartnerName(name);
        if (refused != null) {
            throw new IllegalArgumentException(refused);
        }
        String password = randomPassword();
        admin.alterUserScramCredentials(List.of(upsertion(name, password))).all().get(30, TimeUnit.SECONDS);
        createAcls(admin, partnerBindings(name));
        return password;
    }

    /**
     * Lets {@code principal} create and write the topics whose names start with {@code prefix}: for topics that exist
     * in tests only, granted by those tests, never by the table.
     */
    public static void allowTestTopics(Admin admin, String principal, String prefix) throws Exception {
        createAcls(admin, List.of(allow(principal, ResourceType.TOPIC, prefix, PatternType.PREFIXED, AclOperation.WRITE),
                allow(principal, ResourceType.TOPIC, prefix, PatternType.PREFIXED, AclOperation.CREATE)));
    }

    /**
     * Creates the ACLs and returns once the broker enforces them: its authorizer learns them from the metadata log a
     * moment after the controller accepted them, and a client let in before then would be refused.
     */
    /**
     * A partner's ready {@code client.properties}: how to reach the broker, log in as {@code name}, and a consumer
     * group its ACLs allow.
     */
    public static String partnerProperties(String bootstrapServers, String name, String password) {
        Map<String, Object> c = clientConfig(bootstrapServers, name, password);
        StringBuilder b = new StringBuilder("# Kafka client settings of partner principal '" + name + "' (read-only: "
                + String.join(", ", SHARED_TOPICS) + ")\n");
        c.forEach((k, v) -> b.append(k).append('=').append(v).append('\n'));
        b.append("# consumer groups must start with '").append(partnerGroupPrefix(name)).append("'\n");
        b.append("group.id=").append(partnerGroupPrefix(name)).append("reader\n");
        return b.toString();
    }

    static void createAcls(Admin admin, List<AclBinding> acls) throws Exception {
        admin.createAcls(acls).all().get(30, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        Set<AclBinding> wanted = new HashSet<>(acls);
        while (true) {
            Set<AclBinding> present = new HashSet<>(admin.describeAcls(AclBindingFilter.ANY).values().get(30, TimeUnit.SECONDS));
            if (present.containsAll(wanted)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                wanted.removeAll(present);
                throw new InfrastructureException("the broker does not enforce these ACLs yet: " + wanted);
            }
            KafkaBroker.sleep(50);
        }
    }

    private static UserScramCredentialUpsertion upsertion(String user, String password) {
        return new UserScramCredentialUpsertion(user, new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, SCRAM_ITERATIONS), password);
    }

    static String randomPassword() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /**
     * The grants of the ACL table as {@code kafka-acls.sh} lines, as {@code docker-compose.yml}'s kafka-init job runs
     * them ({@code $$ADMIN_CONFIG}: its admin client's properties file).
     */
    public static List<String> shellCommands() {
        List<String> lines = new ArrayList<>();
        for (ServiceAccess s : SERVICES) {
            Map<AclOperation, List<String>> byOp = new HashMap<>();
            for (AclBinding b : bindings(s)) {
                if (b.pattern().resourceType() == ResourceType.TOPIC) {
                    byOp.computeIfAbsent(b.entry().operation(), k -> new ArrayList<>()).add(b.pattern().name());
                }
            }
            lines.add(writeLine(s.service(), byOp.getOrDefault(AclOperation.WRITE, List.of())));
            if (!s.reads().isEmpty()) {
                lines.add(readLine(s.service(), s.reads(), s.group()));
            }
        }
        return lines;
    }

    private static String writeLine(String service, List<String> topics) {
        StringBuilder b = new StringBuilder("acl User:" + service + " --operation Write");
        topics.forEach(t -> b.append(" --topic ").append(t));
        return b.toString();
    }

    private static String readLine(String service, List<String> topics, String group) {
        StringBuilder b = new StringBuilder("acl User:" + service + " --operation Read");
        topics.forEach(t -> b.append(" --topic ").append(t));
        return b.append(" --group ").append(group).toString();
    }

    /** Admin client settings with short timeouts, for the broker's own set-up calls. */
    static Map<String, Object> adminConfig(String bootstrapServers, LocalKeys keys) {
        Map<String, Object> c = new HashMap<>(clientConfig(bootstrapServers, ADMIN, keys.kafkaPassword(ADMIN)));
        c.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        c.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000);
        return c;
    }
}
