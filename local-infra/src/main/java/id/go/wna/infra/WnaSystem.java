package id.go.wna.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The whole system on one machine: a Kafka broker process, PostgreSQL (see {@link PostgresChain}) with one database
 * per service, and the four packaged services as processes. {@code ./wna up} and the system tests both use this.
 */
public final class WnaSystem implements AutoCloseable {

    /** Everything that may differ between a developer's {@code ./wna up} and a test run. */
    public record Settings(Path repoRoot, Path home, boolean fresh, String postgresUrl, String databaseSuffix,
                           int kafkaPort, int kafkaControllerPort, int postgresPort,
                           Map<String, Integer> servicePorts, Map<String, String> serviceEnvironment,
                           Duration readyTimeout, Set<String> without) {

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
    private Process kafka;
    private LocalKeys keys;
    private PostgresServer postgres;
    private final Map<ServiceSpec, Process> services = new LinkedHashMap<>();

    private WnaSystem(Settings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /** Starts everything and returns once every service it starts reports ready; on failure stops what it started. */
    public static WnaSystem start(Settings settings, Consumer<String> progress) {
        WnaSystem system = new WnaSystem(settings, progress);
        try {
            system.startAll();
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
        startKafkaProcess();
        say("postgres", "starting");
        postgres = PostgresChain.start(settings.postgresUrl(), settings.dataDir().resolve("postgres"),
                settings.postgresPort(), line -> say("postgres", line));
        boolean freshDatabases = settings.fresh() || !settings.databaseSuffix().isEmpty();
        for (ServiceSpec s : ServiceSpec.ALL) {
            postgres.ensureDatabase(databaseOf(s), freshDatabases);
        }
        say("postgres", "databases ready: " + ServiceSpec.ALL.stream().map(this::databaseOf).collect(Collectors.joining(", ")));
        awaitKafka();
        for (ServiceSpec s : settings.services()) {
            startService(s);
        }
        awaitReady(settings.services());
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
        List<String> missing = Stream.concat(Stream.of(infraJar()), settings.services().stream().map(this::serviceJar))
                .filter(p -> !Files.exists(p)).map(Path::toString).toList();
        if (!missing.isEmpty()) {
            throw new InfrastructureException("not built yet: " + String.join(", ", missing) + " (run ./mvnw package -DskipTests)");
        }
    }

    private Path infraJar() {
        return settings.repoRoot().resolve("local-infra/target/local-infra.jar");
    }

    private Path serviceJar(ServiceSpec s) {
        return settings.repoRoot().resolve(s.name()).resolve("target/quarkus-app/quarkus-run.jar");
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String classpath = infraJar() + java.io.File.pathSeparator + settings.repoRoot().resolve("local-infra/target/lib/*");
        List<String> command = List.of(javaBinary(), "-Xms128m", "-Xmx384m", "-XX:+UseSerialGC",
                "-Dlog4j2.configurationFile=" + kafkaData.resolve("log4j2.properties"),
                "-cp", classpath, KafkaBroker.class.getName(),
                kafkaData.toString(), String.valueOf(settings.kafkaPort()), String.valueOf(settings.kafkaControllerPort()));
        say("kafka", "starting KRaft broker on 127.0.0.1:" + settings.kafkaPort());
        kafka = launch("kafka", command, Map.of());
    }

    private void awaitKafka() {
        Path log = settings.logDir().resolve("kafka.log");
        long deadline = System.nanoTime() + settings.readyTimeout().toNanos();
        while (System.nanoTime() < deadline) {
            if (!kafka.isAlive()) {
                throw new InfrastructureException("Kafka broker exited (code " + kafka.exitValue() + "); last lines of "
                        + log + ":\n" + tail(log, 20));
            }
            if (tail(log, 400).contains("KAFKA READY")) {
                say("kafka", "ready at 127.0.0.1:" + settings.kafkaPort());
                return;
            }
            KafkaBroker.sleep(200);
        }
        throw new InfrastructureException("Kafka broker not ready within " + settings.readyTimeout() + "; see " + log);
    }

    private void startService(ServiceSpec s) {
        Path log = settings.logDir().resolve(s.name() + ".log");
        if (Files.exists(log)) {
            // Keep the earlier run's log for the post-mortem.
            try {
                Files.move(log, settings.logDir().resolve(s.name() + ".previous.log"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                // best effort
            }
        }
        Map<String, String> env = new HashMap<>(settings.serviceEnvironment());
        env.put("QUARKUS_HTTP_PORT", String.valueOf(settings.portOf(s)));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(databaseOf(s)));
        env.put("QUARKUS_DATASOURCE_USERNAME", postgres.user());
        env.put("QUARKUS_DATASOURCE_PASSWORD", postgres.password() == null ? "" : postgres.password());
        env.put("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + settings.kafkaPort());
        env.putIfAbsent("WNA_JWT_PUBLIC_KEY", keys.publicKey().toUri().toString());
        env.putIfAbsent("WNA_PSEUDONYM_SECRET", readString(keys.pseudonymSecret()));
        List<String> command = List.of(javaBinary(), "-Xms64m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError",
                "-jar", serviceJar(s).toString());
        say(s.name(), "starting on port " + settings.portOf(s));
        services.put(s, launch(s.name(), command, env));
    }

    private void awaitReady(List<ServiceSpec> awaited) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Map<ServiceSpec, Boolean> ready = new LinkedHashMap<>();
        long deadline = System.nanoTime() + settings.readyTimeout().toNanos();
        while (ready.size() < awaited.size()) {
            for (Map.Entry<ServiceSpec, Process> e : services.entrySet()) {
                ServiceSpec s = e.getKey();
                if (ready.containsKey(s) || !awaited.contains(s)) {
                    continue;
                }
                Path log = settings.logDir().resolve(s.name() + ".log");
                if (!e.getValue().isAlive()) {
                    throw new InfrastructureException(s.name() + " exited (code " + e.getValue().exitValue()
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

    private Process launch(String name, List<String> command, Map<String, String> env) {
        Path log = settings.logDir().resolve(name + ".log");
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(settings.home().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        pb.environment().putAll(env);
        try {
            return pb.start();
        } catch (IOException e) {
            throw new InfrastructureException("could not start " + name + ": " + e.getMessage(), e);
        }
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

    public String postgresDescription() {
        return postgres == null ? "not started" : postgres.description();
    }

    /** Process ids of what runs now, by component, for the status command and for clean-up after a crash. */
    public Map<String, Long> pids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        if (kafka != null) pids.put("kafka", kafka.pid());
        services.forEach((s, p) -> pids.put(s.name(), p.pid()));
        return pids;
    }

    public String baseUrl(String service) {
        return "http://localhost:" + settings.portOf(ServiceSpec.named(service));
    }

    /** Kills a service with SIGKILL: no shutdown hook runs, nothing is flushed. */
    public void killService(String name) {
        Process p = services.get(ServiceSpec.named(name));
        p.destroyForcibly();
        try {
            p.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts a service (again) and waits until it is ready. */
    public void restartService(String name) {
        ServiceSpec s = ServiceSpec.named(name);
        startService(s);
        awaitReady(List.of(s));
    }

    /** Stops the broker process only (the services keep running), for tests of an outage. */
    public void stopKafka() {
        stop(kafka, Duration.ofSeconds(30));
    }

    /** Starts the broker process again on the same storage and waits for it. */
    public void restartKafka() {
        startKafkaProcess();
        awaitKafka();
    }

    @Override
    public synchronized void close() {
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

    /** Kills the broker with SIGKILL: no clean shutdown, nothing flushed; {@link #restartKafka} brings it back. */
    public void killKafka() {
        kafka.destroyForcibly();
        try {
            kafka.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Stops PostgreSQL and starts it again on the same data and port, the services running on (they reconnect). A
     * server given by {@code WNA_PG_URL} is not ours to stop: then nothing happens.
     */
    public void restartPostgres() {
        postgres.close();
        postgres = PostgresChain.start(settings.postgresUrl(), settings.dataDir().resolve("postgres"),
                settings.postgresPort(), line -> say("postgres", line));
    }
}
