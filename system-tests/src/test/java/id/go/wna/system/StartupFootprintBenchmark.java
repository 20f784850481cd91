package id.go.wna.system;

import id.go.wna.infra.ServiceSpec;
import id.go.wna.infra.WnaSystem;
import id.go.wna.infra.test.LoadAverage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The budget of docs/benchmarks/README.md "each service starts in &lt; 5 s and holds &lt; 300 MB resident at rest", with the four packaged services
 * as processes started by {@link WnaSystem} exactly as {@code ./wna up} and {@link WholeSystemTest} start them
 * ({@code -Xms64m -Xmx256m -XX:+UseSerialGC}), the real broker and PostgreSQL on the same host. Prints figures, asserts
 * nothing timed. Run:
 * <pre>
 * ./mvnw -o package -DskipTests -q
 * ./mvnw -o -pl system-tests verify -Dtest=StartupFootprintBenchmark -Dbenchmarks.excluded=none -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * <ol>
 *   <li>All four start together (as {@code ./wna up} does, competing for the cores): Quarkus's own "started in" figure
 *       from each log.</li>
 *   <li>Then each alone: the service is killed and started again while the others idle; the time from launching the
 *       JVM to {@code /q/health/ready} answering 200 (polled every 250 ms by {@code WnaSystem}, so up to 250 ms late)
 *       and Quarkus's "started in", and the CPU time the process used until then (user + system, all threads), which
 *       load on the machine does not inflate.</li>
 *   <li>After {@code -Dstartup.benchmark.rest-seconds} (20) idle: {@code VmRSS} and {@code VmHWM} of each process from
 *       {@code /proc/<pid>/status}.</li>
 * </ol>
 */
@Tag("benchmark")
class StartupFootprintBenchmark {

    private static final int REST_SECONDS = Integer.getInteger("startup.benchmark.rest-seconds", 20);
    private static final Pattern STARTED = Pattern.compile("started in ([0-9.]+)s");

    private static WnaSystem system;
    private static double allTogetherSeconds;

    @BeforeAll
    static void startTheWholeSystem() {
        long start = System.nanoTime();
        system = SystemClient.startSystem("wna-startup-benchmark", "_startbench", "[system] ");
        allTogetherSeconds = (System.nanoTime() - start) / 1e9;
    }

    @AfterAll
    static void stopTheWholeSystem() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void startTimeAndResidentMemoryPerService() throws Exception {
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "%s start time and resident memory (load average at the start %s)%n", Instant.now(), LoadAverage.now()));
        report.append(String.format(Locale.ROOT, "  whole system (broker, PostgreSQL, four services in parallel) ready in %.1f s%n",
                allTogetherSeconds));
        Map<String, Double> together = new LinkedHashMap<>();
        for (ServiceSpec s : ServiceSpec.ALL) {
            together.put(s.name(), startedIn(s.name()));
        }
        Thread.sleep(REST_SECONDS * 1000L);
        Map<String, long[]> restTogether = memory();

        Map<String, double[]> alone = new LinkedHashMap<>();
        for (ServiceSpec s : ServiceSpec.ALL) {
            Thread.sleep(3000); // let the previous one settle
            system.killService(s.name());
            long start = System.nanoTime();
            system.restartService(s.name());
            double toReady = (System.nanoTime() - start) / 1e9;
            alone.put(s.name(), new double[]{toReady, startedIn(s.name()), cpuSeconds(system.pids().get(s.name()))});
        }
        String loadAfterRestarts = LoadAverage.now();
        Thread.sleep(REST_SECONDS * 1000L);
        Map<String, long[]> restAlone = memory();

        report.append(String.format(Locale.ROOT, "  %-21s %12s %12s %12s %12s %14s %14s%n", "service", "together:", "alone:",
                "alone:", "alone: CPU", "RSS at rest", "RSS at rest"));
        report.append(String.format(Locale.ROOT, "  %-21s %12s %12s %12s %12s %14s %14s%n", "", "started in", "launch→ready",
                "started in", "to ready", "(together)", "(alone; peak)"));
        for (ServiceSpec s : ServiceSpec.ALL) {
            long[] t = restTogether.get(s.name());
            long[] a = restAlone.get(s.name());
            report.append(String.format(Locale.ROOT, "  %-21s %10.2f s %10.2f s %10.2f s %10.2f s %11d MB %8d MB; %d MB%n",
                    s.name(), together.get(s.name()), alone.get(s.name())[0], alone.get(s.name())[1], alone.get(s.name())[2],
                    t[0] / 1024, a[0] / 1024, a[1] / 1024));
        }
        long[] kafka = restAlone.get("kafka");
        if (kafka != null) {
            report.append(String.format(Locale.ROOT, "  (the broker process, not a service: %d MB resident)%n", kafka[0] / 1024));
        }
        report.append(String.format(Locale.ROOT, "  load average after the solo restarts %s, at the end %s%n", loadAfterRestarts,
                LoadAverage.now()));
        System.out.print("\n[benchmark] " + report + "\n");
        Files.writeString(Path.of("target", "benchmark-startup-footprint.txt"), report, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        assertTrue(restAlone.size() >= ServiceSpec.ALL.size(), "every service's memory was read");
    }

    /** Quarkus's own start figure, from the last "started in" line of the service's log. */
    private static double startedIn(String service) throws Exception {
        Path log = system.settings().logDir().resolve(service + ".log");
        double seconds = Double.NaN;
        for (String line : Files.readAllLines(log)) {
            Matcher m = STARTED.matcher(line);
            if (m.find()) {
                seconds = Double.parseDouble(m.group(1));
            }
        }
        return seconds;
    }

    /**
     * CPU time (user + system, all threads) the process has used so far, from {@code /proc/<pid>/stat}: read right
     * after it became ready, the work its start took, which contention does not inflate (the wall time it does).
     */
    private static double cpuSeconds(long pid) throws Exception {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0; // utime, stime in clock ticks (USER_HZ = 100)
    }

    /** VmRSS and VmHWM in kB, by component. */
    private static Map<String, long[]> memory() throws Exception {
        Map<String, long[]> kb = new LinkedHashMap<>();
        for (Map.Entry<String, Long> e : system.pids().entrySet()) {
            Path status = Path.of("/proc", e.getValue().toString(), "status");
            if (!Files.exists(status)) {
                continue;
            }
            long rss = 0, hwm = 0;
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) rss = Long.parseLong(line.replaceAll("\\D", ""));
                if (line.startsWith("VmHWM:")) hwm = Long.parseLong(line.replaceAll("\\D", ""));
            }
            kb.put(e.getKey(), new long[]{rss, hwm});
        }
        return kb;
    }
}
