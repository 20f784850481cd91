package id.go.wna.infra;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The restart policy as data, driven round by round with a clock the test moves: nothing here waits. */
class SupervisorTest {

    private static final RestartPolicy POLICY = new RestartPolicy(Duration.ofSeconds(1), Duration.ofSeconds(30),
            Duration.ofSeconds(60), Duration.ofMillis(500));

    private Instant now = Instant.parse("2026-12-07T08:00:00Z");
    private final InstantSource clock = () -> now;
    private final List<String> said = new ArrayList<>();
    private final Supervisor supervisor = new Supervisor(POLICY, clock, (c, m) -> said.add(c + " " + m));

    /** A process stand-in: dies when told to, counts its starts, can refuse to start. */
    private static final class Fake implements Supervisor.Component {
        final String name;
        final List<String> dependsOn;
        boolean alive = true;
        boolean refuseStart;
        boolean ready = true;
        int starts;

        Fake(String name, String... dependsOn) {
            this.name = name;
            this.dependsOn = List.of(dependsOn);
        }

        @Override public String name() { return name; }
        @Override public List<String> dependsOn() { return dependsOn; }
        @Override public Optional<String> ended() { return alive ? Optional.empty() : Optional.of("exit code 137 (SIGKILL)"); }
        @Override public boolean ready() { return ready; }
        @Override public String log() { return "logs/" + name + ".log"; }

        @Override
        public void start() {
            if (refuseStart) {
                throw new InfrastructureException("port 9092 is taken");
            }
            starts++;
            alive = true;
        }
    }

    private void advance(Duration d) {
        now = now.plus(d);
    }

    /** Kills the component, lets the supervisor notice, and returns how long it will wait before starting it again. */
    private Duration crash(Fake f) {
        f.alive = false;
        supervisor.tick();
        return Duration.between(now, supervisor.nextAttempt(f.name).orElseThrow());
    }

    @Test
    void theDelayDoublesForAProcessThatKeepsDyingAndStopsGrowingAtThirtySeconds() {
        Fake kafka = new Fake("kafka");
        supervisor.watch(kafka);
        List<Long> delays = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Duration delay = crash(kafka);
            delays.add(delay.toSeconds());
            advance(delay.minusMillis(1));
            supervisor.tick();
            assertEquals(i, kafka.starts, "started before its delay had passed");
            advance(Duration.ofMillis(1));
            supervisor.tick();
            assertEquals(i + 1, kafka.starts);
            assertEquals(Supervisor.State.RUNNING, supervisor.state("kafka"));
        }
        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 30L, 30L, 30L), delays);
        assertEquals(8, supervisor.restarts("kafka"));
        assertTrue(said.contains("kafka stopped unexpectedly (exit code 137 (SIGKILL)); log: logs/kafka.log; starting it again in 1 s"), said::toString);
        assertTrue(said.contains("kafka stopped unexpectedly (exit code 137 (SIGKILL)); log: logs/kafka.log; starting it again in 30 s (failure 6 in a row)"), said::toString);
    }

    @Test
    void aProcessThatStayedUpForAMinuteWaitsOnlyOneSecondAfterItsNextCrash() {
        Fake postgres = new Fake("postgres");
        supervisor.watch(postgres);
        for (int i = 0; i < 4; i++) {
            advance(crash(postgres));
            supervisor.tick();
        }
        advance(Duration.ofSeconds(59));
        supervisor.tick();
        assertEquals(Duration.ofSeconds(16), crash(postgres), "not up for a minute yet: the back-off goes on");
        advance(Duration.ofSeconds(16));
        supervisor.tick();

        advance(Duration.ofSeconds(60));
        supervisor.tick();
        assertEquals(Duration.ofSeconds(1), crash(postgres));
    }

    @Test
    void aStartThatFailsCountsAsAFailureAndIsTriedAgainLater() {
        Fake kafka = new Fake("kafka");
        supervisor.watch(kafka);
        advance(crash(kafka));
        kafka.refuseStart = true;
        supervisor.tick();
        assertEquals(Supervisor.State.WAITING, supervisor.state("kafka"));
        assertEquals(Optional.of(now.plusSeconds(2)), supervisor.nextAttempt("kafka"));
        assertTrue(said.contains("kafka could not be started again (port 9092 is taken); log: logs/kafka.log; starting it again in 2 s (failure 2 in a row)"), said::toString);

        kafka.refuseStart = false;
        advance(Duration.ofSeconds(2));
        supervisor.tick();
        assertEquals(Supervisor.State.RUNNING, supervisor.state("kafka"));
        assertEquals(1, kafka.starts);
        assertEquals(2, supervisor.restarts("kafka"), "both attempts count");
    }

    @Test
    void aServiceIsStartedAgainOnlyOnceTheBrokerAndTheDatabaseAreBack() {
        Fake kafka = new Fake("kafka");
        Fake postgres = new Fake("postgres");
        Fake service = new Fake("case-service", "kafka", "postgres");
        supervisor.watch(kafka).watch(postgres).watch(service);
        kafka.alive = false;
        service.alive = false;
        supervisor.tick();
        kafka.refuseStart = true;
        advance(Duration.ofSeconds(1));
        supervisor.tick();
        assertEquals(0, service.starts, "started while the broker was still down");
        assertTrue(said.contains("case-service waiting for kafka before starting again"), said::toString);

        postgres.alive = false;
        kafka.refuseStart = false;
        advance(Duration.ofSeconds(2));
        supervisor.tick();
        assertEquals(1, kafka.starts);
        assertEquals(0, service.starts, "started while the database was down");

        advance(Duration.ofSeconds(1));
        supervisor.tick();
        assertEquals(1, postgres.starts);
        assertEquals(1, service.starts);
        assertEquals(1, said.stream().filter(s -> s.startsWith("case-service waiting")).count(), "the wait is said once: " + said);
    }

    @Test
    void aServiceStartedAgainIsReportedReadyOnlyOnceItServes() {
        Fake service = new Fake("dashboard-service");
        supervisor.watch(service);
        advance(crash(service));
        service.ready = false;
        supervisor.tick();
        assertEquals(Supervisor.State.STARTING, supervisor.state("dashboard-service"));
        supervisor.tick();
        assertEquals(Supervisor.State.STARTING, supervisor.state("dashboard-service"));
        service.ready = true;
        supervisor.tick();
        assertEquals(Supervisor.State.RUNNING, supervisor.state("dashboard-service"));
        assertEquals("dashboard-service ready again (restart 1)", said.get(said.size() - 1));
    }

    @Test
    void aServiceThatDiesWhileStartingIsAFailureLikeAnyOther() {
        Fake service = new Fake("reciprocity-service");
        supervisor.watch(service);
        advance(crash(service));
        service.ready = false;
        supervisor.tick();
        assertEquals(Duration.ofSeconds(2), crash(service));
    }

    @Test
    void aComponentStoppedOnPurposeIsNotStartedAgainUntilResumed() {
        Fake kafka = new Fake("kafka");
        supervisor.watch(kafka);
        supervisor.pause("kafka");
        kafka.alive = false;
        for (int i = 0; i < 10; i++) {
            supervisor.tick();
            advance(Duration.ofSeconds(30));
        }
        assertEquals(0, kafka.starts);
        assertEquals(Supervisor.State.PAUSED, supervisor.state("kafka"));
        assertEquals(List.of(), said);

        kafka.alive = true; // the caller started it again
        supervisor.resume("kafka");
        supervisor.tick();
        assertEquals(Supervisor.State.RUNNING, supervisor.state("kafka"));
        assertEquals(0, supervisor.restarts("kafka"));
    }

    @Test
    void afterCloseNothingIsStartedAgainNorReported() {
        Fake service = new Fake("case-service");
        supervisor.watch(service);
        supervisor.close();
        service.alive = false;
        supervisor.tick();
        advance(Duration.ofSeconds(5));
        supervisor.tick();
        assertEquals(0, service.starts);
        assertEquals(List.of(), said);
    }
}
