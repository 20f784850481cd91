package id.go.wna.infra.demo;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.wna.infra.LocalKeys;
import id.go.wna.infra.demo.DemoApi.Answer;
import id.go.wna.infra.demo.DemoApi.ApiException;
import id.go.wna.infra.demo.DemoCases.Kind;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Loads a realistic demo dataset into a running system through the services' public HTTP APIs only, with tokens it
 * mints itself (subject {@code demo-loader}): into case-service ({@code imigrasi-officer}) the presence of
 * {@code foreigners} foreign nationals as one streamed NDJSON import ({@code POST /api/v1/presence/imports}), then
 * {@code casesPerKind} cases of every kind with their custody, offences, administrative actions, deaths, guardianship
 * needs and wrecks; into notification-service ({@code kemlu-consular}, and the posts' {@code mission-officer}s) the
 * handling of the custody obligations those cases opened ({@link DemoConsular}); into reciprocity-service
 * ({@code joint-analyst}) outbound reports, visa regimes and a recompute of the quarter ({@link DemoReciprocity}).
 * Running it again adds nothing: movement ids and document numbers are deterministic (the import counts them as
 * duplicates), a case flow whose person already has cases is skipped, and what Kemlu and the joint team already
 * recorded is left. A service not given (not running) has its part skipped with a note. Used by
 * {@code ./wna up --demo} and {@code ./wna demo}.
 */
public final class DemoData {

    public static final int DEFAULT_FOREIGNERS = 190_000;
    public static final int DEFAULT_CASES_PER_KIND = 300;
    public static final long DEFAULT_SEED = 9303;
    public static final String SUBJECT = "demo-loader";
    static final String IMPORTS = "/api/v1/presence/imports";

    private DemoData() {
    }

    /**
     * @param anchor the moment the presence data is "as of" (keep it across runs: {@link #anchor(Path)})
     */
    public record Options(int foreigners, int casesPerKind, long seed, int threads, Instant anchor) {
        public Options {
            if (foreigners < 0 || casesPerKind < 0 || casesPerKind > 99_999 || threads < 1) {
                throw new IllegalArgumentException("foreigners >= 0, cases per kind 0 to 99,999, threads >= 1");
            }
        }

        public static Options defaults(Instant anchor) {
            return new Options(DEFAULT_FOREIGNERS, DEFAULT_CASES_PER_KIND, DEFAULT_SEED, 4, anchor);
        }

        public Options sizes(int foreigners, int casesPerKind) {
            return new Options(foreigners, casesPerKind, seed, threads, anchor);
        }
    }

    /** The base URLs of the services the demo talks to; null for a service that is not running (its part is skipped). */
    public record Services(String caseService, String notificationService, String reciprocityService) {
        public static Services caseServiceOnly(String caseServiceUrl) {
            return new Services(caseServiceUrl, null, null);
        }
    }

    /**
     * What the demo did on one other service: {@code note} says why it was skipped (else null), {@code recorded} what
     * this run added, {@code existing} what it found already there and left, {@code details} lines for the report
     * (for reciprocity the example assessment).
     */
    public record Side(String note, Map<String, Integer> recorded, Map<String, Integer> existing, int failures,
                       List<String> firstFailures, List<String> details, double seconds) {

        static Side skipped(String note) {
            return new Side(note, Map.of(), Map.of(), 0, List.of(), List.of(), 0);
        }

        public int recordedTotal() {
            return recorded.values().stream().mapToInt(Integer::intValue).sum();
        }

        void report(StringBuilder b, String name) {
            if (note != null) {
                b.append("  ").append(name).append(": ").append(note).append('\n');
                return;
            }
            b.append(String.format("  %s in %.1f s: recorded", name, seconds));
            recorded.forEach((k, v) -> b.append(' ').append(k).append(' ').append(v).append(','));
            if (recorded.isEmpty()) {
                b.append(" nothing new,");
            }
            b.setLength(b.length() - 1);
            if (!existing.isEmpty()) {
                b.append("; already there or not owed:");
                existing.forEach((k, v) -> b.append(' ').append(k).append(' ').append(v).append(','));
                b.setLength(b.length() - 1);
            }
            b.append('\n');
            details.forEach(d -> b.append("    ").append(d).append('\n'));
            if (failures > 0) {
                b.append("    FAILED: ").append(failures).append("; the first:\n");
                firstFailures.forEach(f -> b.append("      ").append(f).append('\n'));
            }
        }
    }

    /** What a load did. {@code importJob} is null when presence was skipped ({@code presenceNote} says why). */
    public record Summary(int foreigners, long rowsSent, JsonNode importJob, String presenceNote, double presenceSeconds,
                          Map<String, Integer> casesOpened, Map<String, Integer> casesSkipped, Map<String, Integer> records,
                          int failures, List<String> firstFailures, double casesSeconds, Side consular, Side reciprocity,
                          double totalSeconds) {

        public long accepted() {
            return importJob == null ? 0 : importJob.path("accepted").asLong();
        }

        public long duplicates() {
            return importJob == null ? 0 : importJob.path("duplicates").asLong();
        }

        public long rejected() {
            return importJob == null ? 0 : importJob.path("rejected").asLong();
        }

        public String report() {
            StringBuilder b = new StringBuilder("\nDemo data loaded in ").append(String.format("%.1f s", totalSeconds)).append('\n');
            if (importJob != null) {
                b.append(String.format("  presence: %,d foreigners, %,d movements sent in %.1f s (%,.0f rows/s): job %s %s, "
                                + "accepted %,d, duplicates %,d, rejected %,d%n", foreigners, rowsSent, presenceSeconds,
                        presenceSeconds > 0 ? rowsSent / presenceSeconds : 0, importJob.path("id").asText(),
                        importJob.path("status").asText(), accepted(), duplicates(), rejected()));
                JsonNode errors = importJob.path("errors");
                for (int i = 0; i < Math.min(3, errors.size()); i++) {
                    b.append("    rejected: ").append(errors.get(i)).append('\n');
                }
            } else {
                b.append("  presence: ").append(presenceNote).append('\n');
            }
            b.append(String.format("  cases in %.1f s:", casesSeconds));
            casesOpened.forEach((k, v) -> b.append(' ').append(k).append(' ').append(v)
                    .append(casesSkipped.getOrDefault(k, 0) > 0 ? " (+" + casesSkipped.get(k) + " already there)" : "").append(','));
            b.setLength(b.length() - 1);
            b.append('\n').append("  recorded:");
            records.forEach((k, v) -> b.append(' ').append(k).append(' ').append(v).append(','));
            if (records.isEmpty()) {
                b.append(" nothing new,");
            }
            b.setLength(b.length() - 1);
            b.append('\n');
            if (failures > 0) {
                b.append("  FAILED: ").append(failures).append(" case flows; the first:\n");
                firstFailures.forEach(f -> b.append("    ").append(f).append('\n'));
            }
            consular.report(b, "consular (notification-service)");
            reciprocity.report(b, "reciprocity (reciprocity-service)");
            return b.toString();
        }
    }

    /**
     * The anchor of the demo data kept with the data ({@code <home>/data/demo-anchor}): made on the first load (the
     * start of the current UTC day), reused afterwards, gone with {@code ./wna up --fresh}.
     */
    public static Instant anchor(Path home) {
        Path file = home.resolve("data/demo-anchor");
        try {
            if (Files.exists(file)) {
                return Instant.parse(Files.readString(file).strip());
            }
            Instant anchor = LocalDate.now(ZoneOffset.UTC).atStartOfDay().toInstant(ZoneOffset.UTC);
            Files.createDirectories(file.getParent());
            Files.writeString(file, anchor + "\n");
            return anchor;
        } catch (IOException e) {
            throw new UncheckedIOException("the demo anchor could not be kept in " + file, e);
        }
    }

    /** Case-service only: the consular and reciprocity parts are skipped. */
    public static Summary load(String caseServiceUrl, LocalKeys keys, Options o, Consumer<String> progress) {
        return load(Services.caseServiceOnly(caseServiceUrl), keys, o, progress);
    }

    public static Summary load(Services services, LocalKeys keys, Options o, Consumer<String> progress) {
        String caseServiceUrl = services.caseService();
        String token = keys.mint(LocalKeys.TokenRequest.forRole("imigrasi-officer").subject(SUBJECT).ttl(Duration.ofHours(8)));
        DemoApi api = new DemoApi(caseServiceUrl, () -> token);
        long t0 = System.nanoTime();
        progress.accept(String.format("Demo data: %,d foreigners present, %,d cases of each of %d kinds (seed %d, as of %s) → %s",
                o.foreigners(), o.casesPerKind(), Kind.values().length, o.seed(), o.anchor(), caseServiceUrl));

        AtomicLong rows = new AtomicLong();
        JsonNode job = null;
        String note = null;
        long p0 = System.nanoTime();
        if (o.foreigners() > 0) {
            Answer probe = api.postStream(IMPORTS, "application/x-ndjson", () -> new ByteArrayInputStream(new byte[0]));
            if (probe.status() == 404 || probe.status() == 405) {
                note = "skipped: this case-service has no presence import yet (POST " + IMPORTS + " answered " + probe.status()
                        + "); the cases are loaded without it";
                progress.accept("presence: " + note);
            } else {
                job = importPresence(api, o, rows, progress);
            }
        } else {
            note = "skipped (--demo-foreigners 0)";
        }
        double presenceSeconds = (System.nanoTime() - p0) / 1e9;

        long c0 = System.nanoTime();
        DemoCases.Tally tally = new DemoCases.Tally();
        if (o.casesPerKind() > 0) {
            loadCases(api, o, tally, progress);
        }
        double casesSeconds = (System.nanoTime() - c0) / 1e9;

        Side consular;
        if (services.notificationService() == null) {
            consular = Side.skipped("skipped: notification-service is not running");
        } else if (o.casesPerKind() == 0) {
            consular = Side.skipped("skipped (--demo-cases-per-kind 0: no custody obligations)");
        } else {
            progress.accept("consular: handling the custody obligations of the demo's detention cases → " + services.notificationService());
            consular = new DemoConsular(services.notificationService(), api, keys, o.seed(), o.casesPerKind(), o.threads(), o.anchor(), progress)
                    .run(tally.custodyKindCases);
        }
        Side reciprocity;
        if (services.reciprocityService() == null) {
            reciprocity = Side.skipped("skipped: reciprocity-service is not running");
        } else {
            progress.accept("reciprocity: outbound reports, visa regimes, recompute of " + DemoReciprocity.quarter(o.anchor())
                    + " → " + services.reciprocityService());
            reciprocity = new DemoReciprocity(services.reciprocityService(), keys, o.seed(), o.anchor(), progress)
                    .run("reciprocity-service.consular-events");
        }

        Map<String, Integer> opened = new LinkedHashMap<>();
        Map<String, Integer> skipped = new LinkedHashMap<>();
        for (Kind k : Kind.values()) {
            opened.put(k.name(), tally.opened.get(k).get());
            skipped.put(k.name(), tally.skipped.get(k).get());
        }
        Map<String, Integer> records = new TreeMap<>();
        tally.records.forEach((k, v) -> records.put(k, v.get()));
        Summary s = new Summary(o.foreigners(), rows.get(), job, note, presenceSeconds, opened, skipped, records,
                tally.failed.get(), List.copyOf(tally.firstFailures), casesSeconds, consular, reciprocity, (System.nanoTime() - t0) / 1e9);
        progress.accept(s.report());
        return s;
    }

    private static JsonNode importPresence(DemoApi api, Options o, AtomicLong rows, Consumer<String> progress) {
        PresenceGenerator generator = new PresenceGenerator(o.seed(), o.foreigners(), o.anchor());
        long t0 = System.nanoTime();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "demo-progress"));
        ticker.scheduleAtFixedRate(() -> {
            double s = (System.nanoTime() - t0) / 1e9;
            progress.accept(String.format("presence: %,d movements sent (%,.0f rows/s)", rows.get(), rows.get() / s));
        }, 5, 5, TimeUnit.SECONDS);
        Answer a;
        try {
            a = api.postStream(IMPORTS, "application/x-ndjson", () -> generator.ndjson(rows));
        } finally {
            ticker.shutdownNow();
        }
        if (a.status() != 202 && a.status() != 200 && a.status() != 201) {
            throw new ApiException("presence import: POST " + IMPORTS + " → " + a.problem());
        }
        JsonNode job = a.body();
        String location = a.location().orElse(IMPORTS + "/" + job.path("id").asText());
        String path = location.startsWith("http") ? location.substring(location.indexOf("/api/")) : location;
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        while ("RUNNING".equals(job.path("status").asText()) && System.nanoTime() < deadline) {
            sleep(1000);
            job = api.mustGet("import job", path).body();
            progress.accept(String.format("presence: job %s, %,d rows read", job.path("status").asText(), job.path("rowsRead").asLong()));
        }
        return job;
    }

    private static void loadCases(DemoApi api, Options o, DemoCases.Tally tally, Consumer<String> progress) {
        DemoCases cases = new DemoCases(api, o.seed(), DemoCases.Reference.read(api), tally);
        int total = o.casesPerKind() * Kind.values().length;
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(o.threads(), r -> daemon(r, "demo-cases"));
        long t0 = System.nanoTime();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "demo-progress"));
        ticker.scheduleAtFixedRate(() -> progress.accept(String.format("cases: %,d of %,d flows done (%,d failed) in %.0f s",
                done.get(), total, tally.failed.get(), (System.nanoTime() - t0) / 1e9)), 5, 5, TimeUnit.SECONDS);
        List<java.util.concurrent.Future<?>> futures = new ArrayList<>(total);
        for (int i = 0; i < o.casesPerKind(); i++) {
            for (Kind k : Kind.values()) {
                int index = i;
                futures.add(pool.submit(() -> {
                    cases.run(k, index);
                    done.incrementAndGet();
                }));
            }
        }
        try {
            for (var f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            tally.failure(String.valueOf(e.getCause()));
        } finally {
            ticker.shutdownNow();
            pool.shutdownNow();
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
