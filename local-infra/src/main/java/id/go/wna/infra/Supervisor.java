package id.go.wna.infra;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Watches what the launcher started and starts again, with back-off, whatever dies without being asked to: the way
 * an orchestrator's restart policy would. Components are looked at in the order they were added (infrastructure
 * first), once per {@link RestartPolicy#tick()}; a component is started again only once the components it depends on
 * are up. A component stopped on purpose is {@link #pause paused} first and is left alone until {@link #resume resumed};
 * after {@link #close()} nothing is started any more, so a shutdown is never taken for a crash.
 *
 * <p>{@link #tick()} does one round and may be called directly (tests, with their own clock); {@link #start()} runs
 * rounds on a daemon thread.
 */
public final class Supervisor implements AutoCloseable {

    /** Something the supervisor watches and can start again. */
    public interface Component {

        String name();

        /** The components that must be up before this one is started again. */
        default List<String> dependsOn() {
            return List.of();
        }

        /** Empty while it runs; once it has ended, how (e.g. {@code exit code 137 (SIGKILL)}). */
        Optional<String> ended();

        /** Starts it again; returns once it runs, throws if it could not be started. */
        void start() throws Exception;

        /** Whether a started component serves yet (polled each round until it does). */
        default boolean ready() {
            return true;
        }

        /** Where its output goes, named in the report of its end. */
        String log();
    }

    /** Where a component stands. */
    public enum State {
        /** Up (for all the supervisor knows). */
        RUNNING,
        /** Started again, not ready yet. */
        STARTING,
        /** Ended; started again once its delay has passed and its dependencies are up. */
        WAITING,
        /** Stopped on purpose: not started again until resumed. */
        PAUSED
    }

    private static final class Watch {
        final Component component;
        State state = State.RUNNING;
        int failures;
        int restarts;
        Instant upSince;
        Instant nextAttempt;
        boolean toldWaiting;

        Watch(Component component, Instant now) {
            this.component = component;
            this.upSince = now;
        }
    }

    private final RestartPolicy policy;
    private final InstantSource clock;
    private final BiConsumer<String, String> report;
    private final Map<String, Watch> watches = new LinkedHashMap<>();
    private volatile boolean closed;
    private volatile long rounds;
    private volatile Thread thread;

    /**
     * @param report receives (component, message) for every end, wait, restart and recovery
     */
    public Supervisor(RestartPolicy policy, InstantSource clock, BiConsumer<String, String> report) {
        this.policy = policy;
        this.clock = clock;
        this.report = report;
    }

    /** Adds a component that runs now. */
    public synchronized Supervisor watch(Component component) {
        if (watches.containsKey(component.name())) {
            throw new IllegalArgumentException("already watched: " + component.name());
        }
        watches.put(component.name(), new Watch(component, clock.instant()));
        return this;
    }

    public RestartPolicy policy() {
        return policy;
    }

    /** Runs {@link #tick()} every {@link RestartPolicy#tick()} on a daemon thread until {@link #close()}. */
    public synchronized Supervisor start() {
        if (thread == null && !closed) {
            thread = new Thread(this::loop, "wna-supervisor");
            thread.setDaemon(true);
            thread.start();
        }
        return this;
    }

    private void loop() {
        while (!closed) {
            try {
                tick();
            } catch (RuntimeException e) {
                // One bad round must not end supervision.
                report.accept("supervisor", "round failed: " + e);
            }
            try {
                Thread.sleep(policy.tick().toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** One round: notices ends, starts again what is due, notes what became ready. */
    public synchronized void tick() {
        for (Watch w : watches.values()) {
            if (closed || jvmShuttingDown()) {
                return;
            }
            switch (w.state) {
                case PAUSED -> {
                    // stopped on purpose
                }
                case RUNNING, STARTING -> check(w);
                case WAITING -> restartIfDue(w);
            }
        }
        rounds++;
    }

    private void check(Watch w) {
        Optional<String> ended = w.component.ended();
        if (ended.isPresent()) {
            failed(w, "stopped unexpectedly (" + ended.get() + "); log: " + w.component.log());
        } else if (w.state == State.STARTING) {
            if (w.component.ready()) {
                w.state = State.RUNNING;
                report.accept(w.component.name(), "ready again (restart " + w.restarts + ")");
            }
        } else if (w.failures > 0 && !clock.instant().isBefore(w.upSince.plus(policy.stableAfter()))) {
            // Up long enough: the next crash is a new story and waits the first delay again.
            w.failures = 0;
        }
    }

    private void restartIfDue(Watch w) {
        Instant now = clock.instant();
        if (now.isBefore(w.nextAttempt)) {
            return;
        }
        List<String> missing = new ArrayList<>();
        for (String d : w.component.dependsOn()) {
            Watch dependency = watches.get(d);
            if (dependency != null && dependency.state != State.RUNNING) {
                missing.add(d);
            }
        }
        if (!missing.isEmpty()) {
            if (!w.toldWaiting) {
                report.accept(w.component.name(), "waiting for " + String.join(" and ", missing) + " before starting again");
                w.toldWaiting = true;
            }
            return;
        }
        int restart = w.restarts + 1;
        report.accept(w.component.name(), "starting again (restart " + restart + ")");
        try {
            w.component.start();
        } catch (Exception e) {
            if (closed) {
                return;
            }
            w.restarts = restart;
            failed(w, "could not be started again (" + e.getMessage() + "); log: " + w.component.log());
            return;
        }
        w.restarts = restart;
        w.upSince = clock.instant();
        if (w.component.ready()) {
            w.state = State.RUNNING;
            report.accept(w.component.name(), "back up (restart " + restart + ")");
        } else {
            w.state = State.STARTING;
            report.accept(w.component.name(), "started again (restart " + restart + "), waiting until it is ready");
        }
    }

    private void failed(Watch w, String what) {
        w.failures++;
        Duration delay = policy.delayAfter(w.failures);
        w.nextAttempt = clock.instant().plus(delay);
        w.state = State.WAITING;
        w.toldWaiting = false;
        report.accept(w.component.name(), what + "; starting it again in " + format(delay)
                + (w.failures > 1 ? " (failure " + w.failures + " in a row)" : ""));
    }

    /**
     * True once this JVM runs its shutdown hooks (Ctrl-C, {@code ./wna down}): other hooks (the embedded PostgreSQL's
     * own) may stop components before the launcher's hook closes this supervisor, and that is no crash.
     */
    private static boolean jvmShuttingDown() {
        Thread probe = new Thread(() -> { });
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }

    static String format(Duration d) {
        long millis = d.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format("%.1f s", millis / 1000.0);
    }

    /**
     * Leaves a component alone from now on (it is being stopped on purpose). Waits for a restart in progress to
     * finish first, so the caller never races the supervisor.
     */
    public synchronized void pause(String name) {
        Watch w = watches.get(name);
        if (w != null) {
            w.state = State.PAUSED;
        }
    }

    /** Watches a component again that the caller has started again itself. */
    public synchronized void resume(String name) {
        Watch w = watches.get(name);
        if (w != null && w.state == State.PAUSED) {
            w.state = State.RUNNING;
            w.failures = 0;
            w.upSince = clock.instant();
        }
    }

    public synchronized State state(String name) {
        Watch w = watches.get(name);
        if (w == null) {
            throw new IllegalArgumentException("not watched: " + name);
        }
        return w.state;
    }

    /** How many times the supervisor has tried to start {@code name} again (0 for a component it does not watch). */
    public synchronized int restarts(String name) {
        Watch w = watches.get(name);
        return w == null ? 0 : w.restarts;
    }

    /** Restarts so far, by component. */
    public synchronized Map<String, Integer> restarts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        watches.forEach((name, w) -> counts.put(name, w.restarts));
        return counts;
    }

    /** Rounds done so far: a test waits for a few more to know the supervisor has looked. */
    public long rounds() {
        return rounds;
    }

    /** When the next attempt for a waiting component is due (empty unless it waits). */
    public synchronized Optional<Instant> nextAttempt(String name) {
        Watch w = watches.get(name);
        return w != null && w.state == State.WAITING ? Optional.of(w.nextAttempt) : Optional.empty();
    }

    /** Stops supervising for good; returns once no restart is in progress. Call before stopping the components. */
    @Override
    public void close() {
        closed = true;
        Thread t = thread;
        if (t != null && t != Thread.currentThread()) {
            t.interrupt();
            try {
                t.join(Duration.ofSeconds(90).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
