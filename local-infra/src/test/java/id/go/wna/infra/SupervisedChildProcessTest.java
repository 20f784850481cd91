package id.go.wna.infra;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The supervisor on its own thread with a real child process standing for a service (no packaged service here). */
class SupervisedChildProcessTest {

    private final List<String> said = new CopyOnWriteArrayList<>();
    private final Supervisor supervisor = new Supervisor(new RestartPolicy(Duration.ofSeconds(1), Duration.ofSeconds(30),
            Duration.ofSeconds(60), Duration.ofMillis(100)), InstantSource.system(), (c, m) -> said.add(c + " " + m));
    private final Child service = new Child("case-service", "kafka");
    private final Child broker = new Child("kafka");

    /** A long sleep as a child process: ended when it is no longer alive, started again as a new process. */
    private static final class Child implements Supervisor.Component {
        final String name;
        final List<String> dependsOn;
        volatile Process process;

        Child(String name, String... dependsOn) {
            this.name = name;
            this.dependsOn = List.of(dependsOn);
        }

        @Override public String name() { return name; }
        @Override public List<String> dependsOn() { return dependsOn; }
        @Override public String log() { return "(none)"; }

        @Override
        public Optional<String> ended() {
            Process p = process;
            return p.isAlive() ? Optional.empty() : Optional.of(WnaSystem.exitDescription(p.exitValue()));
        }

        @Override
        public void start() throws IOException {
            process = new ProcessBuilder("sleep", "600").start();
        }

        void kill() throws InterruptedException {
            process.destroyForcibly().waitFor();
        }
    }

    @AfterEach
    void stopAll() {
        supervisor.close();
        for (Child c : List.of(service, broker)) {
            if (c.process != null) {
                c.process.destroyForcibly();
            }
        }
    }

    @Test
    void aChildKilledHardIsReportedWithItsExitCodeAndStartedAgainAsANewProcess() throws Exception {
        service.start();
        supervisor.watch(service).start();
        long firstPid = service.process.pid();

        service.kill();

        awaitTrue(() -> supervisor.restarts("case-service") == 1 && supervisor.state("case-service") == Supervisor.State.RUNNING);
        assertTrue(said.contains("case-service stopped unexpectedly (exit code 137 (SIGKILL)); log: (none); starting it again in 1 s"), said::toString);
        assertTrue(service.process.isAlive());
        assertNotEquals(firstPid, service.process.pid());
    }

    @Test
    void aChildWhoseBrokerWasStoppedOnPurposeWaitsForItAndStartsOnceItIsBack() throws Exception {
        broker.start();
        service.start();
        supervisor.watch(broker).watch(service).start();
        supervisor.pause("kafka");
        broker.kill();
        service.kill();

        awaitTrue(() -> said.contains("case-service waiting for kafka before starting again"));
        long round = supervisor.rounds();
        awaitTrue(() -> supervisor.rounds() >= round + 5);
        assertEquals(Supervisor.State.WAITING, supervisor.state("case-service"));
        assertEquals(0, supervisor.restarts("case-service"));
        assertEquals(0, supervisor.restarts("kafka"), "a broker stopped on purpose was started again");

        broker.start();
        supervisor.resume("kafka");
        awaitTrue(() -> supervisor.state("case-service") == Supervisor.State.RUNNING);
        assertEquals(1, supervisor.restarts("case-service"));
        assertTrue(service.process.isAlive());
    }

    /** Waits for what the supervisor's thread does; the bound only keeps a broken run from hanging. */
    private void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("did not happen; the supervisor said " + said);
            }
            Thread.sleep(50);
        }
    }
}
