package id.go.wna.infra;

import id.go.wna.infra.test.TestEvents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The launcher's own code ({@link WnaSystem}, as {@code ./wna up} runs it) with supervision on: a real Kafka broker
 * process and a real PostgreSQL, killed hard and stopped on purpose. No packaged service is at hand in this module,
 * so the run starts none ({@code --without} all four).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SupervisedInfrastructureTest {

    private static final String TOPIC = "supervision-test";
    private static final List<String> lines = new CopyOnWriteArrayList<>();
    private static WnaSystem system;

    @BeforeAll
    static void startBrokerAndDatabaseUnderSupervision() {
        Path root = Path.of(System.getProperty("wna.root", "..")).toAbsolutePath().normalize();
        Map<String, Integer> ports = new HashMap<>();
        ServiceSpec.ALL.forEach(s -> ports.put(s.name(), Ports.freePort()));
        WnaSystem.Settings settings = new WnaSystem.Settings(root, Path.of("target/supervision-test").toAbsolutePath(), true,
                null, "", Ports.freePort(), Ports.freePort(), Ports.freePort(), ports, Map.of(), Duration.ofSeconds(120),
                ServiceSpec.ALL.stream().map(ServiceSpec::name).collect(Collectors.toSet()))
                .supervised(new RestartPolicy(Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofMillis(200)));
        system = WnaSystem.start(settings, line -> {
            System.out.println("[supervision-test] " + line);
            lines.add(line);
        });
        TestEvents.send(bootstrap(), TOPIC, "k-1", "e-1", "Test.v1", "{\"written\":\"before the crash\"}");
        sql("CREATE TABLE survivor (note text); INSERT INTO survivor VALUES ('written before the crash')");
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    @Order(1)
    void aBrokerKilledHardIsReportedAndStartedAgainOnTheSamePortWithItsRecords() throws Exception {
        long pidBefore = system.pids().get("kafka");
        system.killKafka();

        awaitTrue("the broker started again", () -> system.restarts("kafka") == 1
                && system.supervisor().state("kafka") == Supervisor.State.RUNNING);
        assertTrue(said("kafka", "stopped unexpectedly (exit code 137 (SIGKILL)); log: "
                + system.settings().logDir().resolve("kafka.log") + "; starting it again in 1 s"), lines::toString);
        assertTrue(said("kafka", "back up (restart 1)"), lines::toString);
        assertFalse(system.pids().get("kafka") == pidBefore, "the same process");
        assertEquals("{\"written\":\"before the crash\"}", TestEvents.find(bootstrap(), TOPIC, r -> r.key().equals("k-1"),
                Duration.ofSeconds(60)).orElseThrow().value());
        String log = Files.readString(system.settings().logDir().resolve("kafka.log"));
        assertEquals(2, log.lines().filter(l -> l.contains("the WNA launcher starts the broker")).count(),
                "kafka.log keeps the first start's lines");
        assertEquals(2, log.lines().filter(l -> l.startsWith("KAFKA READY")).count());
    }

    @Test
    @Order(2)
    void postgresKilledHardIsReportedAndStartedAgainOnTheSamePortWithItsRows() throws Exception {
        long pidBefore = system.pids().get("postgres");
        system.killPostgres();

        awaitTrue("PostgreSQL started again", () -> system.restarts("postgres") == 1
                && system.supervisor().state("postgres") == Supervisor.State.RUNNING);
        assertTrue(said("postgres", "stopped unexpectedly (postmaster pid " + pidBefore + " is gone"), lines::toString);
        assertTrue(said("postgres", "back up (restart 1)"), lines::toString);
        assertEquals(List.of("written before the crash"), survivors());
    }

    @Test
    @Order(3)
    void aBrokerStoppedOnPurposeIsNotStartedAgainUntilAskedTo() throws Exception {
        int restarts = system.restarts("kafka");
        system.stopKafka();
        long round = system.supervisor().rounds();
        awaitTrue("three more rounds of the supervisor", () -> system.supervisor().rounds() >= round + 3);

        assertEquals(Supervisor.State.PAUSED, system.supervisor().state("kafka"));
        assertFalse(Ports.inUse(system.settings().kafkaPort()), "something listens on the broker's port");
        assertEquals(restarts, system.restarts("kafka"));

        system.restartKafka();
        assertEquals(Supervisor.State.RUNNING, system.supervisor().state("kafka"));
        assertEquals(restarts, system.restarts("kafka"), "a restart asked for is not the supervisor's");
        assertTrue(TestEvents.find(bootstrap(), TOPIC, r -> r.key().equals("k-1"), Duration.ofSeconds(60)).isPresent());
    }

    @Test
    @Order(4)
    void postgresRestartedOnPurposeKeepsItsPortAndRowsAndIsNoCrash() throws Exception {
        int restarts = system.restarts("postgres");
        system.restartPostgres();
        assertEquals(List.of("written before the crash"), survivors());
        long round = system.supervisor().rounds();
        awaitTrue("two more rounds of the supervisor", () -> system.supervisor().rounds() >= round + 2);
        assertEquals(restarts, system.restarts("postgres"));
        assertEquals(Supervisor.State.RUNNING, system.supervisor().state("postgres"));
    }

    @Test
    @Order(5)
    void stoppingTheSystemIsNotTakenForACrash() {
        int before = lines.size();
        system.close();
        List<String> after = lines.subList(before, lines.size());
        assertTrue(after.stream().noneMatch(l -> l.contains("unexpectedly") || l.contains("starting again")), after::toString);
        assertFalse(Ports.inUse(system.settings().kafkaPort()));
        assertFalse(Ports.inUse(system.settings().postgresPort()));
    }

    private static boolean said(String component, String message) {
        return lines.stream().anyMatch(l -> l.matches("\\[ *[0-9.]+s] " + component + " +.*") && l.contains(message));
    }

    private static Map<String, Object> bootstrap() {
        return system.kafkaClient();
    }

    private static List<String> survivors() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT note FROM survivor")) {
            List<String> notes = new java.util.ArrayList<>();
            while (rs.next()) {
                notes.add(rs.getString(1));
            }
            return notes;
        }
    }

    private static void sql(String statements) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(statements);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + system.settings().postgresPort() + "/case_db", "postgres", "");
    }

    /** Waits for something the supervisor does on its own; the bound only keeps a broken run from hanging. */
    private static void awaitTrue(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(150).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " did not happen; the launcher said:\n" + String.join("\n", lines));
            }
            Thread.sleep(100);
        }
    }
}
