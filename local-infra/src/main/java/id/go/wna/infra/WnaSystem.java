package id.go.wna.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The whole system on one machine: a Kafka broker process, PostgreSQL (see {@link PostgresChain}) with one database
 * per service, and the four packaged services as processes. {@code ./wna up} and the system tests both use this.
 */
public final class WnaSystem implements AutoCloseable {

    /**
     * Everything that may differ between a developer's {@code ./wna up} and a test run.
     *
     * @param supervision how what dies unexpectedly is started again ({@code ./wna up}: {@link RestartPolicy#DEFAULT});
     *                    null: nobody restarts anything (the system tests' default, which stop and start on purpose)
     */
    public record Settings(Path repoRoot, Path home, boolean fresh, String postgresUrl, String databaseSuffix,
                           int kafkaPort, int kafkaControllerPort, int postgresPort,
                           Map<String, Integer> servicePorts, Map<String, String> serviceEnvironment,
                           Duration readyTimeout, Set<String> without, RestartPolicy supervision) {

        /** Without supervision. */
        public Settings(Path repoRoot, Path home, boolean fresh, String postgresUrl, String databaseSuffix,
                        int kafkaPort, int kafkaControllerPort, int postgresPort,
                        Map<String, Integer> servicePorts, Map<String, String> serviceEnvironment,
                        Duration readyTimeout, Set<String> without) {
            this(repoRoot, home, fresh, postgresUrl, databaseSuffix, kafkaPort, kafkaControllerPort, postgresPort,
                    servicePorts, serviceEnvironment, readyTimeout, without, null);
        }

        /** The same settings, what dies unexpectedly started again by {@code policy} (null: not at all). */
        public Settings supervised(RestartPolicy policy) {
            return new Settings(repoRoot, home, fresh, postgresUrl, databaseSuffix, kafkaPort, kafkaControllerPort,
                    postgresPort, servicePorts, serviceEnvironment, readyTimeout, without, policy);
        }

        /** The services this run starts: all four but those named in {@code without}. */
        public List<ServiceSpec> services() {
            return ServiceSpec.ALL.stream().filter(s -> !without.contains(s.name())).toList();
        }

        public Path dataDir() {
            return home.resolve("data");
        }

        public Path logDir() {
            return home.resolve("logs");
        }

        public int portOf(ServiceSpec service) {
            return servicePorts.getOrDefault(service.name(), service.defaultPort());
        }

        /** The ports this run would listen on, by the name a user knows them under and the variable that moves them. */
        public Map<String, int[]> listeningPorts() {
            Map<String, int[]> ports = new LinkedHashMap<>();
            ports.put("Kafka broker (WNA_KAFKA_PORT)", new int[]{kafkaPort});
            ports.put("Kafka controller (WNA_KAFKA_CONTROLLER_PORT)", new int[]{kafkaControllerPort});
            if (postgresUrl == null || postgresUrl.isBlank()) {
                ports.put("PostgreSQL (WNA_PG_PORT)", new int[]{postgresPort});
            }
            for (ServiceSpec s : services()) {
                ports.put(s.name() + " (" + s.portVariable() + ")", new int[]{portOf(s)});
            }
            return ports;
        }
    }

    private final Settings settings;
    private final Consumer<String> progress;
    private final long startedAt = System.nanoTime();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile Process kafka;
    private volatile long kafkaLogOffset;
    private LocalKeys keys;
    private volatile PostgresServer postgres;
    /** Each service's own PostgreSQL login: never the administrator's. */
    private final Map<ServiceSpec, DatabaseRoles.Login> logins = new ConcurrentHashMap<>();
    private final Map<ServiceSpec, Process> services = new ConcurrentHashMap<>();
    private final Supervisor supervisor;

    private WnaSystem(Settings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
        this.supervisor = new Supervisor(settings.supervision() == null ? RestartPolicy.DEFAULT : settings.supervision(),
                InstantSource.system(), this::say);
    }

    /** Starts everything and returns once every service it starts reports ready; on failure stops what it started. */
    public static WnaSystem start(Settings settings, Consumer<String> progress) {
        WnaSystem system = new WnaSystem(settings, progress);
        try {
            system.startAll();
            system.superviseIfAsked();
            return system;
        } catch (RuntimeException e) {
            system.close();
            throw e;
        }
    }

    private void startAll() {
        checkPortsFree();
        checkPackaged();
        try {
            if (settings.fresh()) {
                Folders.deleteRecursively(settings.dataDir());
            }
            Files.createDirectories(settings.dataDir());
            Files.createDirectories(settings.logDir());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        keys = LocalKeys.in(settings.home().resolve("keys"));
        keepPreviousLog("kafka");
        startKafkaProcess();
        say("postgres", "starting");
        postgres = PostgresChain.start(settings.postgresUrl(), settings.dataDir().resolve("postgres"),
                settings.postgresPort(), settings.logDir().resolve("postgres.log"), line -> say("postgres", line));
        boolean freshDatabases = settings.fresh() || !settings.databaseSuffix().isEmpty();
        for (ServiceSpec s : ServiceSpec.ALL) {
            String role = s.role() + settings.databaseSuffix();
            logins.put(s, postgres.provision(databaseOf(s), role, keys.databasePassword(role), freshDatabases));
        }
        say("postgres", "databases ready, each owned by its service's role: " + ServiceSpec.ALL.stream()
                .map(s -> databaseOf(s) + " (" + logins.get(s).role() + ")").collect(Collectors.joining(", ")));
        awaitKafka();
        for (ServiceSpec s : settings.services()) {
            startService(s);
        }
        awaitReady(settings.services());
    }

    /**
     * Watches the broker, PostgreSQL when it was started here (not {@code WNA_PG_URL}) and every service; with
     * supervision asked for, starts again whatever of them dies unexpectedly.
     */
    private void superviseIfAsked() {
        supervisor.watch(new ProcessComponent("kafka", List.of(), () -> kafka, this::kafkaLog) {
            @Override
            public void start() {
                startKafkaProcess();
                awaitKafka();
            }
        });
        List<String> infrastructure = new ArrayList<>(List.of("kafka"));
        if (postgres.startedHere()) {
            supervisor.watch(new PostgresComponent());
            infrastructure.add("postgres");
        }
        for (ServiceSpec s : settings.services()) {
            Path log = settings.logDir().resolve(s.name() + ".log");
            supervisor.watch(new ProcessComponent(s.name(), infrastructure, () -> services.get(s),
                    () -> log + " (kept as " + s.name() + ".previous.log when it starts again)") {
                @Override
                public void start() {
                    startService(s);
                }

                @Override
                public boolean ready() {
                    return isReady(http, settings.portOf(s));
                }
            });
        }
        if (settings.supervision() != null) {
            supervisor.start();
            RestartPolicy p = settings.supervision();
            say("supervisor", "watching " + String.join(", ", supervisor.restarts().keySet()) + ": what stops unexpectedly is started again after "
                    + Supervisor.format(p.firstDelay()) + ", doubling to " + Supervisor.format(p.maxDelay()));
        }
    }

    /** A process this system launched: ended when it is no longer alive, with its exit code. */
    private abstract static class ProcessComponent implements Supervisor.Component {
        private final String name;
        private final List<String> dependsOn;
        private final Supplier<Process> process;
        private final Supplier<String> log;

        ProcessComponent(String name, List<String> dependsOn, Supplier<Process> process, Supplier<String> log) {
            this.name = name;
            this.dependsOn = dependsOn;
            this.process = process;
            this.log = log;
        }

        @Override public String name() { return name; }
        @Override public List<String> dependsOn() { return dependsOn; }
        @Override public String log() { return log.get(); }

        @Override
        public Optional<String> ended() {
            Process p = process.get();
            return p == null || p.isAlive() ? Optional.empty() : Optional.of(exitDescription(p.exitValue()));
        }
    }

    /** PostgreSQL started here: ended when its postmaster is gone (pg_ctl runs it detached: no exit code to read). */
    private final class PostgresComponent implements Supervisor.Component {
        private volatile long lastPid = postgres.pid().orElse(-1);

        @Override public String name() { return "postgres"; }

        @Override
        public Optional<String> ended() {
            OptionalLong pid = postgres.pid();
            if (pid.isPresent()) {
                lastPid = pid.getAsLong();
                return Optional.empty();
            }
            return Optional.of("postmaster pid " + lastPid + " is gone; it runs detached from the launcher, so its exit code is not known");
        }

        @Override
        public void start() {
            postgres.restart();
            lastPid = postgres.pid().orElse(-1);
        }

        @Override
        public String log() {
            return postgres.log().map(Path::toString).orElse("(none)");
        }
    }

    /** "exit code 137 (SIGKILL)": a code above 128 is the signal that ended a JVM, as shells report it. */
    static String exitDescription(int code) {
        String signal = switch (code) {
            case 130 -> " (SIGINT)";
            case 134 -> " (SIGABRT)";
            case 137 -> " (SIGKILL)";
            case 139 -> " (SIGSEGV)";
            case 143 -> " (SIGTERM)";
            default -> "";
        };
        return "exit code " + code + signal;
    }

    private String databaseOf(ServiceSpec s) {
        return s.database() + settings.databaseSuffix();
    }

    private void checkPortsFree() {
        List<String> busy = new ArrayList<>();
        String example = null;
        for (Map.Entry<String, int[]> e : settings.listeningPorts().entrySet()) {
            int port = e.getValue()[0];
            if (Ports.inUse(port)) {
                busy.add("port " + port + " for " + e.getKey() + " is already in use");
                if (example == null) {
                    String variable = e.getKey().substring(e.getKey().indexOf('(') + 1, e.getKey().indexOf(')'));
                    example = variable + "=" + (port + 10000) + " ./wna up";
                }
            }
        }
        if (!busy.isEmpty()) {
            throw new InfrastructureException(String.join("\n", busy)
                    + "\nStop the program holding it, or move WNA's port with the variable named, e.g. " + example);
        }
    }

    private void checkPackaged() {
        Stream<Path> infra = runningFromClasses() ? Stream.empty() : Stream.of(infraJar());
        List<String> missing = Stream.concat(infra, settings.services().stream().map(this::serviceJar))
                .filter(p -> !Files.exists(p)).map(Path::toString).toList();
        if (!missing.isEmpty()) {
            throw new InfrastructureException("not built yet: " + String.join(", ", missing) + " (run ./mvnw package -DskipTests)");
        }
    }

    private Path infraJar() {
        return settings.repoRoot().resolve("local-infra/target/local-infra.jar");
    }

    /** True when this code runs from a classes folder (local-infra's own tests, an IDE), not from its jar. */
    private static boolean runningFromClasses() {
        try {
            return Files.isDirectory(Path.of(KafkaBroker.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * The broker process's classpath: the packaged jar and its libraries; or, when this code runs from its classes
     * folder (local-infra's own tests, which run before the jar is packaged, or an IDE), this JVM's own, so the broker
     * runs the same code as the launcher and not an older jar.
     */
    private String infraClasspath() {
        if (runningFromClasses()) {
            return System.getProperty("java.class.path");
        }
        return infraJar() + java.io.File.pathSeparator + settings.repoRoot().resolve("local-infra/target/lib/*");
    }

    private Path serviceJar(ServiceSpec s) {
        return settings.repoRoot().resolve(s.name()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    private Path kafkaLogFile() {
        return settings.logDir().resolve("kafka.log");
    }

    private String kafkaLog() {
        return kafkaLogFile().toString();
    }

    private void startKafkaProcess() {
        Path kafkaData = settings.dataDir().resolve("kafka");
        try {
            Files.createDirectories(kafkaData);
            Files.writeString(kafkaData.resolve("log4j2.properties"), """
                    rootLogger.level = INFO
                    rootLogger.appenderRef.stdout.ref = STDOUT
                    appender.stdout.type = Console
                    appender.stdout.name = STDOUT
                    appender.stdout.layout.type = PatternLayout
                    appender.stdout.layout.pattern = %d{ISO8601} %-5p [%c{1}] %m%n
                    logger.kafka.name = kafka
                    logger.kafka.level = WARN
                    logger.apache.name = org.apache.kafka
                    logger.apache.level = WARN
                    logger.ready.name = id.go.wna
                    logger.ready.level = INFO
                    """);
            // The log is appended to, so what the broker wrote before it died stays; the wait for readiness reads
            // only what this start adds.
            Path log = kafkaLogFile();
            Files.writeString(log, "---- " + Instant.now() + " the WNA launcher starts the broker\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            kafkaLogOffset = Files.size(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> command = List.of(javaBinary(), "-Xms128m", "-Xmx384m", "-XX:+UseSerialGC",
                "-Dlog4j2.configurationFile=" + kafkaData.resolve("log4j2.properties"),
                "-cp", infraClasspath(), KafkaBroker.class.getName(),
                kafkaData.toString(), String.valueOf(settings.kafkaPort()), String.valueOf(settings.kafkaControllerPort()),
                keys.dir().toString());
        say("kafka", "starting KRaft broker on 127.0.0.1:" + settings.kafkaPort() + " (SASL/SCRAM, ACLs)");
        kafka = launch("kafka", command, Map.of(), true);
    }

    private void awaitKafka() {
        Path log = kafkaLogFile();
        long deadline = System.nanoTime() + settings.readyTimeout().toNanos();
        while (System.nanoTime() < deadline) {
            Process p = kafka;
            if (!p.isAlive()) {
                throw new InfrastructureException("Kafka broker exited (" + exitDescription(p.exitValue()) + "); last lines of "
                        + log + ":\n" + tail(log, 20));
            }
            if (readFrom(log, kafkaLogOffset).contains("KAFKA READY")) {
                say("kafka", "ready at 127.0.0.1:" + settings.kafkaPort());
                return;
            }
            KafkaBroker.sleep(200);
        }
        throw new InfrastructureException("Kafka broker not ready within " + settings.readyTimeout() + "; see " + log);
    }

    /** What {@code file} holds after its first {@code offset} bytes. */
    private static String readFrom(Path file, long offset) {
        try (java.nio.channels.SeekableByteChannel channel = Files.newByteChannel(file)) {
            channel.position(offset);
            return new String(java.nio.channels.Channels.newInputStream(channel).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** Keeps an earlier start's log as {@code <name>.previous.log} for the post-mortem. */
    private void keepPreviousLog(String name) {
        Path log = settings.logDir().resolve(name + ".log");
        if (Files.exists(log)) {
            try {
                Files.move(log, settings.logDir().resolve(name + ".previous.log"), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                // best effort
            }
        }
    }

    private void startService(ServiceSpec s) {
        keepPreviousLog(s.name());
        Map<String, String> env = new HashMap<>(settings.serviceEnvironment());
        env.put("QUARKUS_HTTP_PORT", String.valueOf(settings.portOf(s)));
        DatabaseRoles.Login login = logins.get(s);
        env.put("QUARKUS_DATASOURCE_JDBC_URL", login.jdbcUrl());
        env.put("QUARKUS_DATASOURCE_USERNAME", login.role());
        env.put("QUARKUS_DATASOURCE_PASSWORD", login.password());
        // The service's own principal and password (the ACL table of KafkaAccess grants it what it needs), as
        // ordinary kafka.* settings: every Kafka client of the service, the platform's own included, takes them.
        KafkaAccess.clientConfig("127.0.0.1:" + settings.kafkaPort(), s.name(), keys.kafkaPassword(s.name()))
                .forEach((k, v) -> env.put("KAFKA_" + k.toUpperCase(java.util.Locale.ROOT).replace('.', '_'), String.valueOf(v)));
        env.putIfAbsent("WNA_JWT_PUBLIC_KEY", keys.publicKey().toUri().toString());
        env.putIfAbsent("WNA_PSEUDONYM_SECRET", readString(keys.pseudonymSecret()));
        List<String> command = List.of(javaBinary(), "-Xms64m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError",
                "-jar", serviceJar(s).toString());
        say(s.name(), "starting on port " + settings.portOf(s));
        services.put(s, launch(s.name(), command, env, false));
    }

    private void awaitReady(List<ServiceSpec> awaited) {
        Map<ServiceSpec, Boolean> ready = new LinkedHashMap<>();
        long deadline = System.nanoTime() + settings.readyTimeout().toNanos();
        while (ready.size() < awaited.size()) {
            for (ServiceSpec s : awaited) {
                Process p = services.get(s);
                if (ready.containsKey(s) || p == null) {
                    continue;
                }
                Path log = settings.logDir().resolve(s.name() + ".log");
                if (!p.isAlive()) {
                    throw new InfrastructureException(s.name() + " exited (" + exitDescription(p.exitValue())
                            + "); last lines of " + log + ":\n" + tail(log, 30));
                }
                if (isReady(http, settings.portOf(s))) {
                    ready.put(s, true);
                    say(s.name(), "ready at http://localhost:" + settings.portOf(s));
                }
            }
            if (System.nanoTime() > deadline) {
                throw new InfrastructureException("not ready within " + settings.readyTimeout() + ": "
                        + awaited.stream().filter(s -> !ready.containsKey(s)).map(ServiceSpec::name).toList()
                        + "; see " + settings.logDir());
            }
            KafkaBroker.sleep(250);
        }
    }

    /** True when the service answers 200 on {@code /q/health/ready}. */
    public static boolean isReady(HttpClient http, int port) {
        try {
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Process launch(String name, List<String> command, Map<String, String> env, boolean appendLog) {
        Path log = settings.logDir().resolve(name + ".log");
        ProcessBuilder pb = new ProcessBuilder(inOwnSession(command))
                .directory(settings.home().toFile())
                .redirectErrorStream(true)
                .redirectOutput(appendLog ? ProcessBuilder.Redirect.appendTo(log.toFile()) : ProcessBuilder.Redirect.to(log.toFile()));
        pb.environment().putAll(env);
        try {
            return pb.start();
        } catch (IOException e) {
            throw new InfrastructureException("could not start " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs a child in a session of its own where {@code setsid} exists: Ctrl-C in the launcher's terminal then
     * reaches the launcher only, which stops the children itself, in order (services, broker, database), instead of
     * every process at once. {@code setsid} replaces itself with the command (a child of the launcher is no process
     * group leader), so the process id and exit code are the command's own.
     */
    private static List<String> inOwnSession(List<String> command) {
        if (!Files.isExecutable(SETSID)) {
            return command;
        }
        List<String> wrapped = new ArrayList<>();
        wrapped.add(SETSID.toString());
        wrapped.addAll(command);
        return wrapped;
    }

    private static final Path SETSID = Path.of("/usr/bin/setsid");

    /**
     * A complete Kafka client configuration (bootstrap servers, SASL) of the broker's super user, for tools and tests
     * that produce or read records directly. A fresh, modifiable map.
     */
    public Map<String, Object> kafkaClient() {
        return new HashMap<>(KafkaAccess.clientConfig("127.0.0.1:" + settings.kafkaPort(), KafkaAccess.ADMIN,
                keys.kafkaPassword(KafkaAccess.ADMIN)));
    }

    /** The keys this system's services verify tokens with; {@link LocalKeys#mint} makes tokens they accept. */
    public LocalKeys keys() {
        return keys;
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static String tail(Path file, int lines) {
        try {
            if (!Files.exists(file)) {
                return "";
            }
            List<String> all = Files.readAllLines(file);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }

    private void say(String component, String message) {
        double seconds = (System.nanoTime() - startedAt) / 1e9;
        progress.accept(String.format("[%5.1fs] %-21s %s", seconds, component, message));
    }

    public Settings settings() {
        return settings;
    }

    /** How {@code service} logs into PostgreSQL: its own role, owner of its database only. */
    public DatabaseRoles.Login databaseLogin(String service) {
        return logins.get(ServiceSpec.named(service));
    }

    public String postgresDescription() {
        return postgres == null ? "not started" : postgres.description();
    }

    /** Process ids of what runs now, by component, for the status command and for clean-up after a crash. */
    public Map<String, Long> pids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        Process k = kafka;
        if (k != null) pids.put("kafka", k.pid());
        PostgresServer pg = postgres;
        if (pg != null) pg.pid().ifPresent(pid -> pids.put("postgres", pid));
        for (ServiceSpec s : settings.services()) {
            Process p = services.get(s);
            if (p != null) pids.put(s.name(), p.pid());
        }
        return pids;
    }

    public String baseUrl(String service) {
        return "http://localhost:" + settings.portOf(ServiceSpec.named(service));
    }

    /**
     * The supervisor watching this system: restart counts and states by component ({@code kafka}, {@code postgres}
     * when started here, the services). It starts things again only when {@link Settings#supervision()} is set.
     */
    public Supervisor supervisor() {
        return supervisor;
    }

    /** How many times the supervisor has started {@code component} again. */
    public int restarts(String component) {
        return supervisor.restarts(component);
    }

    /** Kills a service with SIGKILL: no shutdown hook runs, nothing is flushed. A stop on purpose: not restarted. */
    public void killService(String name) {
        supervisor.pause(name);
        killHard(services.get(ServiceSpec.named(name)));
    }

    /**
     * Kills a service with SIGKILL as a crash would: with supervision the supervisor starts it again (see
     * {@link #restarts}); without, {@link #restartService} does.
     */
    public void crashService(String name) {
        killHard(services.get(ServiceSpec.named(name)));
    }

    /** Starts a service (again; one still running is stopped first) and waits until it is ready. */
    public void restartService(String name) {
        ServiceSpec s = ServiceSpec.named(name);
        supervisor.pause(name);
        stop(services.get(s), Duration.ofSeconds(20));
        startService(s);
        awaitReady(List.of(s));
        supervisor.resume(name);
    }

    /** Stops the broker process only (the services keep running), for tests of an outage. Not restarted. */
    public void stopKafka() {
        supervisor.pause("kafka");
        stop(kafka, Duration.ofSeconds(30));
    }

    /**
     * Kills the broker process with SIGKILL as a crash would: with supervision the supervisor starts it again (see
     * {@link #restarts}); without, {@link #restartKafka} does.
     */
    public void killKafka() {
        killHard(kafka);
    }

    /** Starts the broker process again on the same storage (unless it runs already) and waits for it. */
    public void restartKafka() {
        supervisor.pause("kafka");
        if (kafka == null || !kafka.isAlive()) {
            startKafkaProcess();
            awaitKafka();
        }
        supervisor.resume("kafka");
    }

    /**
     * Stops PostgreSQL and starts it again on the same port and data, returning once it accepts connections; the
     * services' connections break meanwhile. Only when the launcher started it (not {@code WNA_PG_URL}).
     */
    public void restartPostgres() {
        requirePostgresStartedHere();
        supervisor.pause("postgres");
        say("postgres", "restarting on purpose");
        postgres.restart();
        say("postgres", "back on port " + postgres.port());
        supervisor.resume("postgres");
    }

    /**
     * Kills PostgreSQL's postmaster with SIGKILL as a crash would (its backends follow); with supervision the
     * supervisor starts it again. Only when the launcher started it.
     */
    public void killPostgres() {
        requirePostgresStartedHere();
        postgres.pid().ifPresent(pid -> ProcessHandle.of(pid).ifPresent(h -> {
            h.destroyForcibly();
            h.onExit().orTimeout(10, TimeUnit.SECONDS).exceptionally(e -> h).join();
        }));
    }

    private void requirePostgresStartedHere() {
        if (postgres == null || !postgres.startedHere()) {
            throw new IllegalStateException("PostgreSQL was not started by the launcher (" + postgresDescription() + ")");
        }
    }

    private static void killHard(Process p) {
        if (p == null) {
            return;
        }
        p.destroyForcibly();
        try {
            p.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void close() {
        // Supervision ends first, so nothing stopped here is taken for a crash and started again.
        supervisor.close();
        // Services first (they flush and leave their consumer groups), then the broker, then the database.
        services.values().forEach(Process::destroy);
        services.values().forEach(p -> stop(p, Duration.ofSeconds(20)));
        stop(kafka, Duration.ofSeconds(30));
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }

    private static void stop(Process p, Duration grace) {
        if (p == null || !p.isAlive()) {
            return;
        }
        p.destroy();
        try {
            if (!p.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
