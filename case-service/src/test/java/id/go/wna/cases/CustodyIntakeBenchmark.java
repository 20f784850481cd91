package id.go.wna.cases;

import id.go.wna.infra.test.RealInfrastructure;
import id.go.wna.infra.test.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DESIGN §7, custody intake: {@code POST /cases/{id}/custody} (token check, validation, two outbox events in the
 * transaction) side by side with the "usual sample code" endpoint (persist one entity, send one record, no token), at
 * 8 connections in the same run, and both against pgbench running the equivalent insert transaction. Prints figures,
 * asserts nothing timed. Run:
 * {@code ./mvnw -pl case-service -am verify -Dtest=CustodyIntakeBenchmark -Dbenchmarks.excluded=none -Dsurefire.failIfNoSpecifiedTests=false}
 */
@QuarkusTest
@Tag("benchmark")
class CustodyIntakeBenchmark {

    @BeforeAll
    static void allowTestTopics() {
        // The persist-then-send comparison sends, as case-service, to a topic of this benchmark only.
        RealInfrastructure.allowTestTopics("case-service", "bench.plain-custody");
    }

    private static final int CONNECTIONS = 8;
    private static final int WARM_UP = 2_000;
    private static final int MEASURED = 20_000;

    @TestHTTPResource("/")
    URL base;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newFixedThreadPool(CONNECTIONS)).build();
    private final String officer = "Bearer " + TestTokens.forRole("imigrasi-officer");

    @Test
    void custodyIntakeAgainstThePlainEndpointAndPgbench() throws Exception {
        int needed = WARM_UP + MEASURED;
        System.out.printf("BENCH setup: registering %d persons with a case each...%n", needed);
        String[] cases = new String[needed];
        run(needed, i -> {
            String person = location(post("/api/v1/persons", officer, """
                    {"surname":"BENCH","givenNames":"P%d","sex":"M","birthDate":"1990-01-01","nationalities":["AUS"],
                     "document":{"type":"P","number":"BX%08d","issuingState":"AUS"}}""".formatted(i, i)));
            cases[i] = location(post("/api/v1/cases", officer, """
                    {"kind":"IMMIGRATION_CRIME","nationality":"AUS","province":"51","personId":"%s"}""".formatted(person)));
            return 201;
        });

        Result plain = measure("plain persist-then-send", i -> post("/bench/plain-custody", null,
                "{\"caseId\":\"" + cases[i] + "\",\"facility\":\"Rudenim Denpasar\"}").statusCode());
        Result custody = measure("custody intake (POST /cases/{id}/custody)", i -> post("/api/v1/cases/" + cases[i] + "/custody", officer, """
                {"custodyType":"IMMIGRATION_DETENTION","facilityType":"RUDENIM","facilityCode":"RUDENIM-DENPASAR",
                 "facilityName":"Rudenim Denpasar","province":"Bali","arrestingAuthority":"IMIGRASI",
                 "startedAt":"2026-11-20T03:00:00Z","charges":[{"statute":"UU 6/2011","article":"122 a"}]}""").statusCode());
        double pgbenchTps = pgbench();

        System.out.printf("BENCH custody intake / plain endpoint = %.2f (budget >= 1.25)%n", custody.perSecond / plain.perSecond);
        if (pgbenchTps > 0) {
            System.out.printf("BENCH pgbench equivalent insert transaction: %.0f tps at %d clients%n", pgbenchTps, CONNECTIONS);
            System.out.printf("BENCH custody intake / pgbench = %.2f; plain endpoint / pgbench = %.2f%n",
                    custody.perSecond / pgbenchTps, plain.perSecond / pgbenchTps);
        }
    }

    record Result(double perSecond, double p50, double p99) {
    }

    private Result measure(String name, IntFunction<Integer> call) throws Exception {
        run(WARM_UP, call::apply);
        long[] micros = new long[MEASURED];
        long start = System.nanoTime();
        run(MEASURED, i -> {
            long t0 = System.nanoTime();
            int status = call.apply(WARM_UP + i);
            micros[i] = (System.nanoTime() - t0) / 1000;
            return status;
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(micros);
        Result r = new Result(MEASURED / seconds, micros[MEASURED / 2] / 1000.0, micros[(int) (MEASURED * 0.99)] / 1000.0);
        System.out.printf("BENCH %s: %d requests at %d connections in %.1f s = %.0f req/s, p50 %.1f ms, p99 %.1f ms%n",
                name, MEASURED, CONNECTIONS, seconds, r.perSecond, r.p50, r.p99);
        return r;
    }

    /** Runs calls 0..n-1 on {@link #CONNECTIONS} threads; any status but 201 fails the run. */
    private static void run(int n, IntFunction<Integer> call) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < CONNECTIONS; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                        int status = call.apply(i);
                        if (status != 201) {
                            throw new IllegalStateException("call " + i + " answered " + status);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private HttpResponse<String> post(String path, String authorization, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String location(HttpResponse<String> created) {
        if (created.statusCode() != 201) {
            throw new IllegalStateException(created.statusCode() + " " + created.body());
        }
        String location = created.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** The custody transaction's writes (one entity, two outbox rows) as a pgbench script on the same database. */
    private static double pgbench() throws Exception {
        Matcher url = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/([^?]+)").matcher(
                ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class));
        if (!url.find()) {
            System.out.println("BENCH pgbench skipped: datasource URL not understood");
            return 0;
        }
        Path script = Files.createTempFile("custody-intake", ".sql");
        Files.writeString(script, """
                BEGIN;
                INSERT INTO bench_plain_record (id, case_id, facility, started_at) VALUES (gen_random_uuid(), gen_random_uuid(), 'Rudenim Denpasar', now());
                INSERT INTO bench_outbox_copy (id, topic, aggregate_type, aggregate_id, type, payload, occurred_at) VALUES (gen_random_uuid(), 'wna.case-events.v1', 'Case', 'k', 'CustodyStarted.v1', '{"caseId":"x","custodyType":"IMMIGRATION_DETENTION","nationality":"AUS"}', now());
                INSERT INTO bench_outbox_copy (id, topic, aggregate_type, aggregate_id, type, payload, occurred_at) VALUES (gen_random_uuid(), 'wna.custody-notices.v1', 'Case', 'k', 'CustodyNoticeIssued.v1', '{"caseId":"x","person":{"surname":"BENCH"},"arrest":{"authority":"IMIGRASI"}}', now());
                END;
                """);
        String user = ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.username", String.class).orElse("postgres");
        Process p;
        try {
            p = new ProcessBuilder("pgbench", "-n", "-c", String.valueOf(CONNECTIONS), "-j", "2", "-T", "15", "-f", script.toString(),
                    "-h", url.group(1), "-p", url.group(2), "-U", user, url.group(3)).redirectErrorStream(true).start();
        } catch (IOException e) {
            System.out.println("BENCH pgbench skipped: " + e.getMessage());
            return 0;
        }
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        Matcher tps = Pattern.compile("tps = ([\\d.]+)").matcher(out);
        Matcher latency = Pattern.compile("latency average = ([\\d.]+ ms)").matcher(out);
        if (!tps.find()) {
            System.out.println("BENCH pgbench failed:\n" + out);
            return 0;
        }
        System.out.printf("BENCH pgbench: %s tps, latency average %s%n", tps.group(1), latency.find() ? latency.group(1) : "?");
        return Double.parseDouble(tps.group(1));
    }
}
