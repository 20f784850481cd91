package id.go.wna.infra;

import id.go.wna.infra.demo.DemoData;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

/**
 * The system's command line, behind {@code ./wna}: {@code up [--fresh] [--demo]}, {@code demo}, {@code down}, {@code status},
 * {@code token}, {@code kafka-client}.
 * Configuration comes from environment variables (see the README); the repository root from {@code -Dwna.root}.
 */
public final class Wna {

    private final Path root;
    private final Path home;
    private volatile boolean stopping;
    private final Instant started = Instant.now();

    private Wna(Path root, Path home) {
        this.root = root;
        this.home = home;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("wna.root", ".")).toAbsolutePath().normalize();
        Path home = Optional.ofNullable(System.getenv("WNA_HOME")).map(Path::of).orElse(root.resolve(".wna")).toAbsolutePath();
        if (System.getProperty("log4j2.configurationFile") == null) {
            // Libraries' own log lines (the embedded PostgreSQL's wrapper, Kafka clients) go to logs/launcher.log,
            // not into the terminal between the launcher's progress lines.
            System.setProperty("wna.launcher.log", home.resolve("logs/launcher.log").toString());
            System.setProperty("log4j2.configurationFile", "classpath:wna-launcher-log4j2.properties");
        }
        Wna wna = new Wna(root, home);
        String command = args.length == 0 ? "help" : args[0];
        int rc = switch (command) {
            case "up" -> wna.up(java.util.Arrays.asList(args).subList(1, args.length));
            case "down" -> wna.down();
            case "status" -> wna.status();
            case "token" -> wna.token(java.util.Arrays.asList(args).subList(1, args.length));
            case "demo" -> wna.demo(java.util.Arrays.asList(args).subList(1, args.length));
            case "kafka-client" -> wna.kafkaClient(java.util.Arrays.asList(args).subList(1, args.length));
            default -> {
                System.out.println("""
                        usage: ./wna up [--fresh] [--without SERVICE]... [--demo [--demo-foreigners N] [--demo-cases-per-kind N]]
                                                    start broker, PostgreSQL and the services, restarting
                                                    what dies (WNA_SUPERVISE=false: not); Ctrl-C stops all;
                                                    --demo then loads the demo data (190,000 foreigners, 300 cases per kind)
                               ./wna demo [--demo-foreigners N] [--demo-cases-per-kind N]
                                                    load the demo data into the running system (again: adds nothing)
                               ./wna down           stop a running system (from another terminal)
                               ./wna status         what runs, and its health
                               ./wna token ROLE [--country ISO3] [--ttl 8h] [--subject NAME]
                                                    print a bearer token for the local system
                               ./wna kafka-client NAME
                                                    make (again: new password) a read-only partner principal on
                                                    the running broker and print its client.properties
                        roles: imigrasi-officer, kemlu-consular, joint-analyst, partner-agency,
                               mission-officer (with --country), auditor, admin""");
                yield command.equals("help") ? 0 : 2;
            }
        };
        System.exit(rc);
    }

    private Path pidFile() {
        return home.resolve("run/launcher.pid");
    }

    private Path stateFile() {
        return home.resolve("run/state.properties");
    }

    private Optional<ProcessHandle> runningLauncher() {
        try {
            if (!Files.exists(pidFile())) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readString(pidFile()).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(h -> h.info().commandLine().map(c -> c.contains(Wna.class.getName())).orElse(true));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    int up(List<String> options) throws IOException, InterruptedException {
        boolean fresh = false;
        Set<String> without = new LinkedHashSet<>();
        DemoRequest demo = new DemoRequest();
        for (int i = 0; i < options.size(); i++) {
            String o = options.get(i);
            int taken = demo.option(options, i);
            if (taken < 0) {
                return 2;
            }
            if (taken > 0) {
                i += taken - 1;
            } else if (o.equals("--fresh")) {
                fresh = true;
            } else if (o.equals("--without")) {
                String name = i + 1 < options.size() ? options.get(++i) : "";
                if (ServiceSpec.ALL.stream().noneMatch(s -> s.name().equals(name))) {
                    System.out.println("--without takes a service name: " + ServiceSpec.ALL.stream().map(ServiceSpec::name).toList());
                    return 2;
                }
                without.add(name);
            } else {
                System.out.println("unknown option " + o + " (see ./wna help)");
                return 2;
            }
        }
        Optional<ProcessHandle> running = runningLauncher();
        if (running.isPresent()) {
            System.out.println("WNA is already running (launcher pid " + running.get().pid() + "). Nothing was changed.\n"
                    + "See it with ./wna status, stop it with ./wna down.");
            return 1;
        }
        killOrphansOfCrashedRun();
        WnaSystem.Settings settings = settings(fresh, without);
        System.out.println("Starting WNA" + (fresh ? " from an empty data folder" : "") + " (data: " + settings.dataDir()
                + ", logs: " + settings.logDir() + ")");
        long t0 = System.nanoTime();
        WnaSystem system;
        try {
            system = WnaSystem.start(settings, System.out::println);
        } catch (InfrastructureException e) {
            System.out.println("\nWNA did not start:\n" + e.getMessage());
            return 1;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        CountDownLatch stopped = new CountDownLatch(1);
        // From here on a shutdown is Ctrl-C or ./wna down: close() ends supervision before it stops anything.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping = true;
            System.out.println("\nStopping WNA…");
            system.close();
            deleteQuietly(pidFile());
            deleteQuietly(stateFile());
            System.out.println("WNA stopped.");
            stopped.countDown();
        }, "wna-stop"));
        writeState(system, seconds);
        printBanner(system, seconds);
        if (demo.wanted) {
            if (!system.settings().services().contains(ServiceSpec.named("case-service"))) {
                System.out.println("--demo: case-service was not started (--without), so no demo data was loaded.");
            } else {
                loadDemo(new DemoData.Services(system.baseUrl("case-service"), urlIfStarted(system, "notification-service"),
                        urlIfStarted(system, "reciprocity-service")), system.keys(), demo);
            }
        }
        keepStateCurrent(system, seconds, stopped);
        return 0;
    }

    /**
     * Keeps the launcher in the foreground until it is stopped. The supervisor reports and restarts what dies; this
     * only rewrites the state file when a restart changed a process id or a restart count, so that {@code ./wna status}
     * and the clean-up after a hard-killed launcher see the processes that run now.
     */
    private void keepStateCurrent(WnaSystem system, double seconds, CountDownLatch stopped) throws InterruptedException {
        String written = system.pids() + " " + system.supervisor().restarts();
        while (!stopped.await(1, java.util.concurrent.TimeUnit.SECONDS)) {
            String now = system.pids() + " " + system.supervisor().restarts();
            if (!stopping && !now.equals(written)) {
                try {
                    writeState(system, seconds);
                    written = now;
                } catch (IOException e) {
                    // the next round tries again
                }
            }
        }
    }

    private void printBanner(WnaSystem system, double seconds) {
        StringBuilder b = new StringBuilder();
        b.append(String.format("%nWNA is up (ready in %.1f s). PostgreSQL: %s; Kafka: 127.0.0.1:%d%n%n",
                seconds, system.postgresDescription(), system.settings().kafkaPort()));
        for (ServiceSpec s : system.settings().services()) {
            String base = system.baseUrl(s.name());
            b.append(String.format("  %-21s %s/q/swagger-ui   health %s/q/health%n", s.name(), base, base));
        }
        if (system.settings().services().contains(ServiceSpec.named("dashboard-service"))) {
            b.append(String.format("  %-21s %s/%n", "JWNA dashboard", system.baseUrl("dashboard-service")));
        }
        b.append("\nLogs: ").append(system.settings().logDir()).append("   Stop: Ctrl-C, or ./wna down from another terminal.");
        System.out.println(b);
    }

    private void writeState(WnaSystem system, double readySeconds) throws IOException {
        Files.createDirectories(pidFile().getParent());
        Properties state = new Properties();
        state.setProperty("launcher", String.valueOf(ProcessHandle.current().pid()));
        state.setProperty("started", started.toString());
        state.setProperty("ready.seconds", String.format("%.1f", readySeconds));
        state.setProperty("postgres", system.postgresDescription());
        state.setProperty("kafka.port", String.valueOf(system.settings().kafkaPort()));
        system.pids().forEach((name, pid) -> state.setProperty("pid." + name, String.valueOf(pid)));
        system.supervisor().restarts().forEach((name, n) -> state.setProperty("restarts." + name, String.valueOf(n)));
        state.setProperty("supervised", String.valueOf(system.settings().supervision() != null));
        for (ServiceSpec s : system.settings().services()) {
            state.setProperty("port." + s.name(), String.valueOf(system.settings().portOf(s)));
        }
        try (Writer w = Files.newBufferedWriter(stateFile())) {
            state.store(w, "written by ./wna up; removed when it stops");
        }
        Files.writeString(pidFile(), String.valueOf(ProcessHandle.current().pid()));
    }

    private Properties readState() throws IOException {
        Properties state = new Properties();
        if (Files.exists(stateFile())) {
            try (Reader r = Files.newBufferedReader(stateFile())) {
                state.load(r);
            }
        }
        return state;
    }

    /** A launcher killed with SIGKILL leaves its children running: stop them before starting anew. */
    private void killOrphansOfCrashedRun() throws IOException {
        Properties state = readState();
        // The services and the broker first, PostgreSQL (pid.postgres, a launcher-started server) last.
        List<String> keys = state.stringPropertyNames().stream().filter(k -> k.startsWith("pid."))
                .sorted(java.util.Comparator.comparing((String k) -> k.equals("pid.postgres")).thenComparing(k -> k)).toList();
        for (String key : keys) {
            ProcessHandle.of(Long.parseLong(state.getProperty(key))).filter(ProcessHandle::isAlive)
                    .filter(h -> h.info().command().map(c -> c.endsWith("java") || c.endsWith("postgres")).orElse(false))
                    .ifPresent(h -> {
                        System.out.println("stopping " + key.substring(4) + " left over from an earlier run (pid " + h.pid() + ")");
                        h.destroy();
                        h.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).exceptionally(x -> {
                            h.destroyForcibly();
                            return h;
                        }).join();
                    });
        }
        deleteQuietly(stateFile());
    }

    /** The demo options of {@code up} and {@code demo}. */
    private static final class DemoRequest {
        boolean wanted;
        int foreigners = DemoData.DEFAULT_FOREIGNERS;
        int casesPerKind = DemoData.DEFAULT_CASES_PER_KIND;

        /** How many arguments from {@code i} are a demo option (0: not one); -1 after printing what is wrong. */
        int option(List<String> options, int i) {
            String o = options.get(i);
            if (o.equals("--demo")) {
                wanted = true;
                return 1;
            }
            if (!o.equals("--demo-foreigners") && !o.equals("--demo-cases-per-kind")) {
                return 0;
            }
            try {
                int n = Integer.parseInt(i + 1 < options.size() ? options.get(i + 1).replace("_", "").replace(",", "") : "");
                if (n < 0 || n > (o.equals("--demo-foreigners") ? 9_999_999 : 99_999)) {
                    throw new NumberFormatException();
                }
                if (o.equals("--demo-foreigners")) {
                    foreigners = n;
                } else {
                    casesPerKind = n;
                }
                return 2;
            } catch (NumberFormatException e) {
                System.out.println(o + " takes a number (foreigners up to 9,999,999; cases per kind up to 99,999)");
                return -1;
            }
        }
    }

    private static String urlIfStarted(WnaSystem system, String service) {
        return system.settings().services().contains(ServiceSpec.named(service)) ? system.baseUrl(service) : null;
    }

    private int loadDemo(DemoData.Services services, LocalKeys keys, DemoRequest demo) {
        try {
            DemoData.Options options = DemoData.Options.defaults(DemoData.anchor(home)).sizes(demo.foreigners, demo.casesPerKind);
            DemoData.Summary s = DemoData.load(services, keys, options, System.out::println);
            return s.failures() == 0 && s.rejected() == 0 && s.consular().failures() == 0 && s.reciprocity().failures() == 0 ? 0 : 1;
        } catch (RuntimeException e) {
            System.out.println("The demo data could not be loaded: " + e.getMessage());
            return 1;
        }
    }

    /** Loads the demo data into the system that runs (started by ./wna up in another terminal). */
    int demo(List<String> options) throws IOException {
        DemoRequest demo = new DemoRequest();
        demo.wanted = true;
        for (int i = 0; i < options.size(); i++) {
            int taken = demo.option(options, i);
            if (taken < 0) {
                return 2;
            }
            if (taken == 0) {
                System.out.println("unknown option " + options.get(i) + " (./wna demo [--demo-foreigners N] [--demo-cases-per-kind N])");
                return 2;
            }
            i += taken - 1;
        }
        if (runningLauncher().isEmpty()) {
            System.out.println("WNA is not running: start it with ./wna up (or ./wna up --demo).");
            return 3;
        }
        Properties state = readState();
        String port = state.getProperty("port.case-service");
        if (port == null) {
            System.out.println("case-service was not started by the launcher (--without): no demo data can be loaded.");
            return 1;
        }
        return loadDemo(new DemoData.Services("http://localhost:" + port, urlOf(state, "notification-service"),
                urlOf(state, "reciprocity-service")), LocalKeys.in(home.resolve("keys")), demo);
    }

    /** A service's URL from the launcher's state ({@code port.<service>}), null when it was not started (--without). */
    private static String urlOf(Properties state, String service) {
        String port = state.getProperty("port." + service);
        return port == null ? null : "http://localhost:" + port;
    }

    static final java.util.List<String> ROLES = java.util.List.of("imigrasi-officer", "kemlu-consular", "kemlu-supervisor", "joint-analyst",
            "partner-agency", "mission-officer", "auditor", "admin");

    /** Prints a token signed with this installation's key (made on first use, like ./wna up does). */
    int token(List<String> options) {
        if (options.isEmpty() || !ROLES.contains(options.get(0))) {
            System.err.println("usage: ./wna token ROLE [--country ISO3] [--ttl 8h] [--subject NAME]; ROLE one of " + ROLES);
            return 2;
        }
        LocalKeys.TokenRequest request = LocalKeys.TokenRequest.forRole(options.get(0));
        for (int i = 1; i < options.size(); i++) {
            String value = i + 1 < options.size() ? options.get(i + 1) : null;
            switch (options.get(i)) {
                case "--country" -> {
                    if (value == null || !value.toUpperCase(java.util.Locale.ROOT).matches("[A-Z]{3}")) {
                        System.err.println("--country takes an ISO 3166-1 alpha-3 code, e.g. AUS");
                        return 2;
                    }
                    request = request.country(value.toUpperCase(java.util.Locale.ROOT));
                }
                case "--ttl" -> {
                    try {
                        request = request.ttl(Duration.parse("PT" + value.toUpperCase(java.util.Locale.ROOT)));
                    } catch (RuntimeException e) {
                        System.err.println("--ttl takes a duration such as 30m, 8h or 1h30m");
                        return 2;
                    }
                }
                case "--subject" -> request = request.subject(value);
                default -> {
                    System.err.println("unknown option " + options.get(i));
                    return 2;
                }
            }
            i++;
        }
        if (request.roles().contains("mission-officer") && request.country() == null) {
            System.err.println("a mission-officer token needs --country ISO3 (the country whose mission it serves)");
            return 2;
        }
        System.out.println(LocalKeys.in(home.resolve("keys")).mint(request));
        return 0;
    }

    /**
     * Makes a read-only partner principal on the running broker (a SCRAM user with a new random password, READ on the
     * shared topics, READ on its own consumer groups) and prints its {@code client.properties}; run again for the same
     * name, it gives the principal a new password (the old one stops working).
     */
    int kafkaClient(List<String> options) throws IOException {
        if (options.size() != 1) {
            System.err.println("usage: ./wna kafka-client NAME   (NAME: the partner agency, e.g. polri; " + KafkaAccess.PARTNER_NAME + ")");
            return 2;
        }
        String name = options.get(0);
        String refused = KafkaAccess.refusePartnerName(name);
        if (refused != null) {
            System.err.println("refused: " + refused);
            return 2;
        }
        if (runningLauncher().isEmpty()) {
            System.err.println("WNA is not running: start it with ./wna up, then run ./wna kafka-client " + name + " again.");
            return 3;
        }
        String bootstrap = "127.0.0.1:" + readState().getProperty("kafka.port", "9092");
        LocalKeys keys = LocalKeys.in(home.resolve("keys"));
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(KafkaAccess.adminConfig(bootstrap, keys))) {
            String password = KafkaAccess.applyPartner(admin, name);
            System.out.print(KafkaAccess.partnerProperties(bootstrap, name, password));
            System.err.println("Partner principal '" + name + "' can read " + String.join(", ", KafkaAccess.SHARED_TOPICS)
                    + " with consumer groups " + KafkaAccess.partnerGroupPrefix(name) + "*. Save the lines above as client.properties;"
                    + " the password is not kept anywhere else (run again for a new one).");
            return 0;
        } catch (Exception e) {
            System.err.println("the partner principal could not be made: " + e.getMessage());
            return 1;
        }
    }

    int down() throws InterruptedException {
        Optional<ProcessHandle> running = runningLauncher();
        if (running.isEmpty()) {
            System.out.println("WNA is not running.");
            return 0;
        }
        System.out.println("Stopping WNA (launcher pid " + running.get().pid() + ")…");
        running.get().destroy();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (running.get().isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        if (running.get().isAlive()) {
            System.out.println("The launcher did not stop within 90 s; it is still pid " + running.get().pid());
            return 1;
        }
        System.out.println("WNA stopped.");
        return 0;
    }

    int status() throws IOException {
        Optional<ProcessHandle> running = runningLauncher();
        if (running.isEmpty()) {
            System.out.println("WNA is not running (start it with ./wna up).");
            return 3;
        }
        Properties state = readState();
        System.out.println("WNA is running: launcher pid " + running.get().pid() + ", started " + state.getProperty("started")
                + ", ready in " + state.getProperty("ready.seconds") + " s"
                + ("true".equals(state.getProperty("supervised")) ? "; what stops unexpectedly is restarted" : "; not supervised (WNA_SUPERVISE=false)"));
        System.out.printf("  %-21s %s%s%s%n", "postgres", state.getProperty("postgres"),
                state.getProperty("pid.postgres") == null ? "" : ", pid " + state.getProperty("pid.postgres"), restarts(state, "postgres"));
        int kafkaPort = Integer.parseInt(state.getProperty("kafka.port", "9092"));
        System.out.printf("  %-21s pid %s, %s%s%n", "kafka", state.getProperty("pid.kafka"),
                Ports.inUse(kafkaPort) ? "listening on 127.0.0.1:" + kafkaPort : "NOT LISTENING on " + kafkaPort, restarts(state, "kafka"));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        boolean allUp = true;
        for (ServiceSpec s : ServiceSpec.ALL) {
            if (state.getProperty("port." + s.name()) == null) {
                System.out.printf("  %-21s not started by the launcher (--without)%n", s.name());
                continue;
            }
            int port = Integer.parseInt(state.getProperty("port." + s.name()));
            String health = health(http, port);
            allUp &= health.startsWith("UP");
            System.out.printf("  %-21s pid %s, http://localhost:%d, ready: %s%s%n", s.name(), state.getProperty("pid." + s.name()), port, health,
                    restarts(state, s.name()));
        }
        return allUp ? 0 : 1;
    }

    /** ", restarted 2 times" when the supervisor restarted the component, else nothing. */
    private static String restarts(Properties state, String component) {
        int n = Integer.parseInt(state.getProperty("restarts." + component, "0"));
        return n == 0 ? "" : ", restarted " + n + (n == 1 ? " time" : " times");
    }

    private static String health(HttpClient http, int port) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            String body = r.body();
            StringBuilder down = new StringBuilder();
            java.util.regex.Matcher m = java.util.regex.Pattern
                    .compile("\"name\"\\s*:\\s*\"([^\"]+)\"\\s*,\\s*\"status\"\\s*:\\s*\"DOWN\"").matcher(body);
            while (m.find()) {
                down.append(down.isEmpty() ? "" : ", ").append(m.group(1));
            }
            return r.statusCode() == 200 ? "UP" : "DOWN" + (down.isEmpty() ? "" : " (" + down + ")");
        } catch (IOException e) {
            return "DOWN (not answering)";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private WnaSystem.Settings settings(boolean fresh, Set<String> without) {
        Map<String, Integer> servicePorts = new HashMap<>();
        for (ServiceSpec s : ServiceSpec.ALL) {
            servicePorts.put(s.name(), intEnv(s.portVariable(), s.defaultPort()));
        }
        Map<String, String> serviceEnv = new HashMap<>();
        System.getenv().forEach((k, v) -> {
            // Any Quarkus or MicroProfile setting meant for the services passes through: QUARKUS_*, MP_*, SMALLRYE_*.
            if (k.startsWith("QUARKUS_") || k.startsWith("MP_") || k.startsWith("SMALLRYE_")) {
                serviceEnv.put(k, v);
            }
        });
        return new WnaSystem.Settings(root, home, fresh, System.getenv("WNA_PG_URL"), "",
                intEnv("WNA_KAFKA_PORT", 9092), intEnv("WNA_KAFKA_CONTROLLER_PORT", 9093), intEnv("WNA_PG_PORT", 54329),
                servicePorts, serviceEnv, Duration.ofSeconds(intEnv("WNA_READY_TIMEOUT_SECONDS", 180)), without)
                // WNA_SUPERVISE=false leaves a crashed component down, e.g. to look at it as it died.
                .supervised("false".equalsIgnoreCase(System.getenv("WNA_SUPERVISE")) ? null : RestartPolicy.DEFAULT);
    }

    private static int intEnv(String name, int fallback) {
        String v = System.getenv(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new InfrastructureException(name + " must be a port number, got '" + v + "'");
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // best effort on shutdown
        }
    }
}
