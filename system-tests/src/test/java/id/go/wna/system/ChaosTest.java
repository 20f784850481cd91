package id.go.wna.system;

import id.go.wna.infra.LocalKeys;
import id.go.wna.infra.ServiceSpec;
import id.go.wna.infra.WnaSystem;
import id.go.wna.infra.demo.PresenceRow;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Chaos on real processes (issue 16, item 6): the four packaged services, the broker and PostgreSQL as in
 * {@code ./wna up}. While a story of cases, custody, Kemlu's notices and a bulk presence import runs, malformed records
 * of every kind are written to every platform topic, the broker is SIGKILLed and restarted on the same port and data,
 * PostgreSQL is restarted, and case-service is SIGKILLed in the middle of an import that is then sent again.
 * Afterwards every valid event counts exactly once in every read model, every malformed record is a dead letter in
 * each service that reads its topic (matched by topic, partition and offset), no consumer lags and every service is
 * ready. Waits are bounded: what did not happen is listed at the end, the test never hangs.
 */
class ChaosTest {

    private static final String PRESENCE_NATIONALITY = "KOR";
    private static final int ARRIVALS = 6_000;
    private static final int DEPARTURES = 2_000;
    /** Rows sent before case-service is killed; the import commits every 500 rows (set below), so several batches are in. */
    private static final int ROWS_BEFORE_KILL = 4_000;

    private static WnaSystem system;
    private static SystemClient api;

    /** What the test observed, to print at the end whatever the outcome. */
    private final Map<String, String> figures = new LinkedHashMap<>();
    /** Everything that went wrong, reported together at the end. */
    private final List<String> problems = new ArrayList<>();

    @BeforeAll
    static void startTheWholeSystem() {
        long t0 = System.nanoTime();
        // Small import batches, so that the kill lands between committed batches of one import.
        system = SystemClient.startSystem("wna-chaos", "_chaos", "[chaos] ", Map.of("WNA_PRESENCE_IMPORT_BATCH_SIZE", "500"));
        api = new SystemClient(system);
        System.out.printf("[chaos] ready in %.1f s%n", seconds(t0));
    }

    @AfterAll
    static void stopTheWholeSystem() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void throughMalformedRecordsBrokerAndDatabaseRestartsAndACrashMidImportEveryEventCountsOnceAndEveryBadRecordIsADeadLetter() {
        long testStart = System.nanoTime();
        Story story = new Story();
        List<MalformedRecords.Injected> injected = new ArrayList<>();
        try (MalformedRecords malformed = new MalformedRecords(bootstrap())) {
            // 1. The story begins; malformed records of every kind arrive on every topic meanwhile.
            injected.addAll(malformed.injectRound(0));
            story.round(0);

            // 2. The broker is SIGKILLed; Imigrasi keeps recording (outbox); the broker comes back on its data.
            long t = System.nanoTime();
            system.killKafka();
            story.round(1);
            long restart = System.nanoTime();
            system.restartKafka();
            figure("broker SIGKILL to broker up again", String.format("%.1f s (restart alone %.1f s; story round meanwhile)",
                    seconds(t), seconds(restart)));
            figure("broker restart to all four ready", awaitAllReady("after the broker's restart", restart));

            // 3. Kemlu sends notices for what reached it; then PostgreSQL restarts while their events travel.
            story.sendNotices();
            if (System.getenv("WNA_PG_URL") == null || System.getenv("WNA_PG_URL").isBlank()) {
                t = System.nanoTime();
                system.restartPostgres();
                figure("PostgreSQL restart (" + system.postgresDescription() + ")", String.format("%.1f s", seconds(t)));
                figure("PostgreSQL restart to all four ready", awaitAllReady("after PostgreSQL's restart", t));
            } else {
                figure("PostgreSQL restart", "not done: WNA_PG_URL names a server this test did not start");
            }

            // 4. More of the story, more malformed records.
            injected.addAll(malformed.injectRound(1));
            story.round(2);

            // 5. A bulk presence import; case-service is SIGKILLed in the middle of it, restarted, and the file re-sent.
            presenceImportThroughACrash();
        }

        // 6. Afterwards.
        checkNoConsumerLags();
        checkExactCounts(story);
        checkDeadLetters(injected);
        List<String> notReady = ServiceSpec.ALL.stream().map(ServiceSpec::name).filter(s -> !api.ready(s)).toList();
        if (!notReady.isEmpty()) {
            problem("not ready at the end: " + notReady);
        }
        figure("test time (system start excluded)", String.format("%.0f s", seconds(testStart)));

        System.out.println("[chaos] ---- figures ----");
        figures.forEach((k, v) -> System.out.println("[chaos] " + k + ": " + v));
        System.out.println("[chaos] ---- " + problems.size() + " problem(s) ----");
        problems.forEach(p -> System.out.println("[chaos] " + p));
        assertTrue(problems.isEmpty(), problems.size() + " problem(s):\n" + String.join("\n", problems));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The story: cases, custody and Kemlu's notices, with every expected figure counted as the test goes.

    private record Flow(String caseId, String nationality, boolean custody, int round) {
    }

    private final class Story {
        /** Custody cases (AUS, PHL: mandatory notification, so each obligation is owed until its notice goes). */
        private static final Map<String, String[]> CUSTODY = new TreeMap<>(Map.of(
                "AUS", new String[]{"Bali", "RUDENIM-DENPASAR", "Rudenim Denpasar"},
                "PHL", new String[]{"Sulawesi Utara", "RUDENIM-MANADO", "Rudenim Manado"}));
        /** Cases without custody. */
        private static final Map<String, String> PLAIN = new TreeMap<>(Map.of("JPN", "Bali", "NLD", "DKI Jakarta"));
        private static final int PER_NATIONALITY = 3;

        final List<Flow> flows = new ArrayList<>();
        final Map<String, String> noticeOf = new LinkedHashMap<>(); // caseId -> obligationId, for the notices sent
        int writes;

        void round(int round) {
            long t = System.nanoTime();
            for (int i = 0; i < PER_NATIONALITY; i++) {
                for (Map.Entry<String, String[]> c : CUSTODY.entrySet()) {
                    String caseId = openAndVerify(c.getKey(), c.getValue()[0], round, i);
                    api.move(caseId, "ACTIVE:INVESTIGATION", "Working on a tourist visa");
                    Map<String, Object> custody = new LinkedHashMap<>();
                    custody.put("custodyType", "IMMIGRATION_DETENTION");
                    custody.put("facilityType", "RUDENIM");
                    custody.put("facilityCode", c.getValue()[1]);
                    custody.put("facilityName", c.getValue()[2]);
                    custody.put("province", c.getValue()[0]);
                    custody.put("arrestingAuthority", "IMIGRASI");
                    custody.put("startedAt", Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString());
                    api.imigrasi().body(custody).when().post("/api/v1/cases/" + caseId + "/custody").then().statusCode(201);
                    api.imigrasi().body(Map.of("article", "122 a")).when().post("/api/v1/cases/" + caseId + "/offences")
                            .then().statusCode(201);
                    writes += 3;
                    flows.add(new Flow(caseId, c.getKey(), true, round));
                }
                for (Map.Entry<String, String> p : PLAIN.entrySet()) {
                    flows.add(new Flow(openAndVerify(p.getKey(), p.getValue(), round, i), p.getKey(), false, round));
                }
            }
            figure("story round " + (round + 1), String.format("%d cases in %.1f s", (CUSTODY.size() + PLAIN.size()) * PER_NATIONALITY,
                    seconds(t)));
        }

        private String openAndVerify(String nationality, String province, int round, int i) {
            String given = "ROUND " + (char) ('A' + round) + " PERSON " + (char) ('A' + i);
            String personId = api.registerPerson(nationality, "CHAOS", given, LocalDate.of(1980 + i, 3, 1 + round), "M", Map.of());
            String caseId = api.openCase("IMMIGRATION_CRIME", nationality, province, personId);
            api.move(caseId, "VERIFIED", "Identity confirmed from the passport");
            writes += 3;
            return caseId;
        }

        /**
         * Kemlu notifies the posts for two of every three custody cases so far (the third stays owed). An obligation
         * that has not reached notification-service within the wait gets no notice, and is a problem reported later.
         */
        void sendNotices() {
            List<Flow> custody = flows.stream().filter(Flow::custody).toList();
            Map<String, String> obligations = new LinkedHashMap<>();
            waitSoftly("every custody case's obligation in notification-service", Duration.ofSeconds(90), () -> {
                for (Flow f : custody) {
                    if (!obligations.containsKey(f.caseId())) {
                        List<Map<String, Object>> o = api.obligationsOfCase(f.caseId());
                        if (!o.isEmpty()) {
                            obligations.put(f.caseId(), String.valueOf(o.get(0).get("id")));
                        }
                    }
                }
                return obligations.size() == custody.size();
            });
            int n = 0;
            for (Flow f : custody) {
                if (n++ % 3 == 2 || !obligations.containsKey(f.caseId())) {
                    continue;
                }
                api.kemlu().body(Map.of("channel", "EMAIL")).when().post("/api/v1/obligations/" + obligations.get(f.caseId()) + "/notices")
                        .then().statusCode(201);
                noticeOf.put(f.caseId(), obligations.get(f.caseId()));
                writes++;
            }
            figure("Kemlu notices sent", noticeOf.size() + " of " + custody.size() + " custody cases ("
                    + obligations.size() + " obligations had arrived)");
        }

        long count(String nationality, boolean custodyOnly, boolean noticedOnly) {
            return flows.stream().filter(f -> f.nationality().equals(nationality))
                    .filter(f -> !custodyOnly || f.custody())
                    .filter(f -> !noticedOnly || noticeOf.containsKey(f.caseId())).count();
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The presence import through a crash of case-service.

    private void presenceImportThroughACrash() {
        List<PresenceRow> rows = presenceRows();
        CountDownLatch killed = new CountDownLatch(1);
        CountDownLatch paused = new CountDownLatch(1);
        // The body stops after ROWS_BEFORE_KILL rows until case-service is gone: the kill lands inside the request.
        InputStream first = new SequenceInputStream(ndjson(rows.subList(0, ROWS_BEFORE_KILL)), new InputStream() {
            @Override
            public int read() {
                paused.countDown();
                try {
                    killed.await(120, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return -1;
            }
        });
        long t = System.nanoTime();
        CompletableFuture<HttpResponse<String>> interrupted = postImport(() -> first);
        try {
            assertTrue(paused.await(120, TimeUnit.SECONDS), "the import's body was not read up to the pause");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // Best effort: the first batches committed and published (the dashboard sees people); the kill goes ahead anyway.
        waitSoftly(null, Duration.ofSeconds(30), () -> api.summary(PRESENCE_NATIONALITY).getInt("foreignersPresent") > 0);
        system.killService("case-service");
        killed.countDown();
        String firstOutcome;
        try {
            HttpResponse<String> r = interrupted.get(60, TimeUnit.SECONDS);
            firstOutcome = "answered " + r.statusCode() + " although killed: " + r.body();
            problem("the import whose service was killed mid-request was " + firstOutcome);
        } catch (Exception expected) {
            firstOutcome = "cut off by the kill (" + expected.getClass().getSimpleName() + ")";
        }
        long restart = System.nanoTime();
        system.restartService("case-service");
        figure("case-service SIGKILL mid-import to ready again", String.format("%.1f s", seconds(restart)));

        HttpResponse<String> again = postImport(() -> ndjson(rows)).join();
        if (again.statusCode() != 202) {
            problem("re-sent import answered " + again.statusCode() + ": " + again.body());
            return;
        }
        JsonPath job = JsonPath.from(again.body());
        int accepted = job.getInt("accepted");
        int duplicates = job.getInt("duplicates");
        figure("presence import", String.format("%d rows; first send %s; re-sent: %d accepted, %d duplicates (committed before the kill), %d rejected; %.1f s in all",
                rows.size(), firstOutcome, accepted, duplicates, job.getInt("rejected"), seconds(t)));
        if (accepted + duplicates != rows.size() || job.getInt("rejected") != 0) {
            problem("re-sent import: " + accepted + " accepted + " + duplicates + " duplicates != " + rows.size()
                    + " rows, or rows rejected: " + again.body());
        }
    }

    /** ARRIVALS people of one nationality arrive; the first DEPARTURES of them leave again (after, in file order). */
    private static List<PresenceRow> presenceRows() {
        Instant base = Instant.now().minus(90, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        List<PresenceRow> rows = new ArrayList<>(ARRIVALS + DEPARTURES);
        for (int i = 0; i < ARRIVALS; i++) {
            rows.add(new PresenceRow(movementId("arrival", i), PresenceRow.Type.ARRIVAL, base.plusMillis(i), PRESENCE_NATIONALITY,
                    document(i), PRESENCE_NATIONALITY, i % 2 == 0 ? "F" : "M", LocalDate.of(1970 + i % 40, 1 + i % 12, 1 + i % 28),
                    "TPI-CGK", "DKI Jakarta", "VISA_FREE", null, null, null, null, null, null));
        }
        for (int i = 0; i < DEPARTURES; i++) {
            rows.add(new PresenceRow(movementId("departure", i), PresenceRow.Type.DEPARTURE, base.plus(30, ChronoUnit.MINUTES).plusMillis(i),
                    PRESENCE_NATIONALITY, document(i), PRESENCE_NATIONALITY, null, null, "TPI-CGK", "DKI Jakarta",
                    null, null, null, null, null, null, null));
        }
        return rows;
    }

    /** The same movementId on every send of the file: that is what makes the re-sent import idempotent. */
    private static UUID movementId(String what, int i) {
        return UUID.nameUUIDFromBytes(("chaos-" + what + "-" + i).getBytes(StandardCharsets.UTF_8));
    }

    private static String document(int i) {
        return String.format("M%08d", i);
    }

    private static InputStream ndjson(List<PresenceRow> rows) {
        Iterator<PresenceRow> it = rows.iterator();
        return new SequenceInputStream(new Enumeration<>() {
            @Override
            public boolean hasMoreElements() {
                return it.hasNext();
            }

            @Override
            public InputStream nextElement() {
                if (!it.hasNext()) {
                    throw new NoSuchElementException();
                }
                return new ByteArrayInputStream((it.next().toNdjson() + "\n").getBytes(StandardCharsets.UTF_8));
            }
        });
    }

    private static CompletableFuture<HttpResponse<String>> postImport(Supplier<InputStream> body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(system.baseUrl("case-service") + "/api/v1/presence/imports"))
                .header("Authorization", "Bearer " + system.keys().mint(LocalKeys.TokenRequest.forRole("imigrasi-officer")))
                .header("Content-Type", "application/x-ndjson")
                .timeout(Duration.ofSeconds(180))
                .POST(HttpRequest.BodyPublishers.ofInputStream(body)).build();
        return HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The checks afterwards.

    private void checkNoConsumerLags() {
        long t = System.nanoTime();
        Map<String, Long> behind = new TreeMap<>();
        boolean caughtUp = waitSoftly(null, Duration.ofSeconds(120), () -> {
            behind.clear();
            behind.putAll(ConsumerLag.behind(bootstrap()));
            return behind.isEmpty();
        });
        if (caughtUp) {
            figure("consumer groups caught up (committed = end offset, all partitions)", String.format("after %.1f s", seconds(t)));
        } else {
            problem("consumers lag after 120 s (committed offset behind the end, by group and partition): " + behind);
        }
        for (ServiceSpec s : ServiceSpec.ALL) {
            Response r = api.as("admin", s.name()).when().get("/api/v1/admin/consumers");
            if (r.statusCode() == 404) {
                continue; // the endpoint does not exist on this branch yet: the broker's view above is the check
            }
            List<Map<String, Object>> lagging = new ArrayList<>();
            collectLagging(JsonPath.from(r.asString()).get("$"), lagging);
            if (r.statusCode() != 200 || !lagging.isEmpty()) {
                problem(s.name() + " GET /api/v1/admin/consumers: " + r.statusCode() + ", lagging " + lagging);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void collectLagging(Object json, List<Map<String, Object>> lagging) {
        if (json instanceof Map<?, ?> m) {
            if (m.get("lag") instanceof Number n && n.longValue() > 0) {
                lagging.add((Map<String, Object>) m);
            }
            m.values().forEach(v -> collectLagging(v, lagging));
        } else if (json instanceof List<?> l) {
            l.forEach(v -> collectLagging(v, lagging));
        }
    }

    /** Every read model the public APIs show, against what the story did; then the same figures 3 s later (nothing doubled). */
    private void checkExactCounts(Story story) {
        Map<String, Long> expected = new TreeMap<>();
        for (String n : List.of("AUS", "PHL", "JPN", "NLD")) {
            long cases = story.count(n, false, false);
            long custody = story.count(n, true, false);
            long notices = story.count(n, true, true);
            expected.put("dashboard " + n + " openCases", cases);
            expected.put("dashboard " + n + " cases/stats cases", cases);
            expected.put("dashboard " + n + " inCustody", custody);
            expected.put("dashboard " + n + " compliance.noticesSent", notices);
            expected.put("dashboard " + n + " openObligations", custody - notices);
            if (custody > 0) {
                expected.put("reciprocity " + n + " arrestsOwedNotice", custody);
                expected.put("reciprocity " + n + " notifiedWithin72h", notices);
            }
        }
        expected.put("dashboard " + PRESENCE_NATIONALITY + " foreignersPresent", (long) (ARRIVALS - DEPARTURES));
        expected.put("dashboard " + PRESENCE_NATIONALITY + " arrivals", (long) ARRIVALS);
        expected.put("dashboard " + PRESENCE_NATIONALITY + " departures", (long) DEPARTURES);
        expected.put("reciprocity " + PRESENCE_NATIONALITY + " arrivals", (long) ARRIVALS);
        expected.put("reciprocity " + PRESENCE_NATIONALITY + " population", (long) (ARRIVALS - DEPARTURES));
        for (Flow f : story.flows) {
            String c = "case " + f.caseId() + " (" + f.nationality() + ") ";
            int custody = f.custody() ? 1 : 0;
            int notice = story.noticeOf.containsKey(f.caseId()) ? 1 : 0;
            expected.put("notification " + c + "obligations", (long) custody);
            expected.put("timeline " + c + "CASE_REPORTED", 1L);
            expected.put("timeline " + c + "STATUS_CHANGED", 1L + custody);
            expected.put("timeline " + c + "CUSTODY_STARTED", (long) custody);
            expected.put("timeline " + c + "OFFENCE_RECORDED", (long) custody);
            expected.put("timeline " + c + "CONSULAR_OBLIGATION_OPENED", (long) custody);
            expected.put("timeline " + c + "CONSULAR_NOTICE_SENT", (long) notice);
        }

        long t = System.nanoTime();
        Map<String, String> mismatches = new TreeMap<>();
        boolean matched = waitSoftly(null, Duration.ofSeconds(90), () -> {
            mismatches.clear();
            try {
                mismatches.putAll(mismatches(expected, actualCounts(story)));
            } catch (RuntimeException | AssertionError e) {
                mismatches.put("(reading the figures failed)", e.toString());
            }
            return mismatches.isEmpty();
        });
        if (matched) {
            // Reached is not enough: a late duplicate would show a moment later.
            try {
                // one reading of every figure takes seconds on a loaded machine: room for several 3 s windows
                await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                        .until(() -> {
                            mismatches.clear();
                            mismatches.putAll(mismatches(expected, actualCounts(story)));
                            return mismatches.isEmpty();
                        });
            } catch (ConditionTimeoutException changed) {
                problem("the counts matched, then changed: " + mismatches);
            }
        } else {
            problem(mismatches.size() + " of " + expected.size() + " counts wrong after 90 s (expected vs actual): " + mismatches);
        }
        figure("exact counts checked", String.format("%d (%d story writes, %d cases, %d presence movements); matched%s after %.1f s",
                expected.size(), story.writes, story.flows.size(), ARRIVALS + DEPARTURES, matched ? "" : " NOT", seconds(t)));
    }

    private static Map<String, String> mismatches(Map<String, Long> expected, Map<String, Long> actual) {
        Map<String, String> wrong = new TreeMap<>();
        expected.forEach((k, v) -> {
            if (!v.equals(actual.get(k))) {
                wrong.put(k, v + " vs " + actual.get(k));
            }
        });
        return wrong;
    }

    private Map<String, Long> actualCounts(Story story) {
        Map<String, Long> actual = new TreeMap<>();
        JsonPath stats = api.analyst("dashboard-service").queryParam("by", "nationality").when().get("/api/v1/cases/stats")
                .then().statusCode(200).extract().jsonPath();
        for (String n : List.of("AUS", "PHL", "JPN", "NLD", PRESENCE_NATIONALITY)) {
            JsonPath s = api.summary(n);
            actual.put("dashboard " + n + " openCases", s.getLong("openCases"));
            actual.put("dashboard " + n + " inCustody", s.getLong("inCustody"));
            actual.put("dashboard " + n + " compliance.noticesSent", s.getLong("compliance.noticesSent"));
            actual.put("dashboard " + n + " openObligations", s.getLong("openObligations"));
            actual.put("dashboard " + n + " foreignersPresent", s.getLong("foreignersPresent"));
            actual.put("dashboard " + n + " arrivals", s.getLong("arrivals"));
            actual.put("dashboard " + n + " departures", s.getLong("departures"));
            Number cases = stats.param("k", n).get("counts.find { it.key == k }.cases");
            actual.put("dashboard " + n + " cases/stats cases", cases == null ? 0 : cases.longValue());
        }
        String period = YearMonth.now(ZoneOffset.UTC).toString();
        api.analyst("reciprocity-service").queryParam("period", period).when().post("/api/v1/assessments/recompute").then().statusCode(200);
        for (String n : List.of("AUS", "PHL", PRESENCE_NATIONALITY)) {
            Response r = api.analyst("reciprocity-service").queryParam("period", period)
                    .when().get("/api/v1/countries/" + n + "/assessment");
            if (r.statusCode() == 200) {
                JsonPath p = JsonPath.from(r.asString());
                for (String fact : List.of("arrestsOwedNotice", "notifiedWithin72h", "arrivals", "population")) {
                    Number v = p.get("facts.inbound." + fact);
                    actual.put("reciprocity " + n + " " + fact, v == null ? null : v.longValue());
                }
            }
        }
        for (Flow f : story.flows) {
            String c = "case " + f.caseId() + " (" + f.nationality() + ") ";
            actual.put("notification " + c + "obligations", (long) api.obligationsOfCase(f.caseId()).size());
            JsonPath file = api.caseFile(f.caseId());
            for (String type : List.of("CASE_REPORTED", "STATUS_CHANGED", "CUSTODY_STARTED", "OFFENCE_RECORDED",
                    "CONSULAR_OBLIGATION_OPENED", "CONSULAR_NOTICE_SENT")) {
                actual.put("timeline " + c + type, (long) file.getList("timeline.findAll { it.type == '" + type + "' }").size());
            }
        }
        return actual;
    }

    /** Each malformed record a dead letter in every service that reads its topic; no valid event among the dead letters. */
    private void checkDeadLetters(List<MalformedRecords.Injected> injected) {
        Map<String, List<Map<String, Object>>> byService = new TreeMap<>();
        List<String> missing = new ArrayList<>();
        long t = System.nanoTime();
        waitSoftly(null, Duration.ofSeconds(60), () -> {
            byService.clear();
            missing.clear();
            for (ServiceSpec s : ServiceSpec.ALL) {
                try {
                    byService.put(s.name(), api.deadLetters(s.name()));
                } catch (RuntimeException | AssertionError e) {
                    missing.add(s.name() + ": its dead letters could not be listed: " + e);
                    byService.put(s.name(), List.of());
                }
            }
            for (MalformedRecords.Injected i : injected) {
                for (String service : MalformedRecords.CONSUMERS.get(i.topic())) {
                    if (find(byService.get(service), i) == null) {
                        missing.add(service + ": " + i);
                    }
                }
            }
            return missing.isEmpty();
        });
        List<Long> delays = new ArrayList<>();
        for (MalformedRecords.Injected i : injected) {
            for (String service : MalformedRecords.CONSUMERS.get(i.topic())) {
                Map<String, Object> d = find(byService.get(service), i);
                if (d != null) {
                    delays.add(Duration.between(i.injectedAt(), Instant.parse(String.valueOf(d.get("failedAt")))).toMillis());
                }
            }
        }
        Map<String, Long> perTopic = new TreeMap<>();
        injected.forEach(i -> perTopic.merge(i.topic(), 1L, Long::sum));
        figure("malformed records injected", injected.size() + " " + perTopic + " (" + MalformedRecords.KINDS.size()
                + " kinds x 5 topics x 2 rounds, partitions 0-2)");
        Map<String, String> perService = new TreeMap<>();
        byService.forEach((s, list) -> perService.put(s, list.size() + " dead letters, expected "
                + injected.stream().filter(i -> MalformedRecords.CONSUMERS.get(i.topic()).contains(s)).count()));
        figure("dead letters per service", perService.toString());
        Collections.sort(delays);
        if (!delays.isEmpty()) {
            figure("injection to dead letter", String.format("p50 %.1f s, max %.1f s over %d dead letters (a broker and a database restart in between)",
                    delays.get(delays.size() / 2) / 1000.0, delays.get(delays.size() - 1) / 1000.0, delays.size()));
        }
        checkExactBytes(injected, byService);
        if (!missing.isEmpty()) {
            problem(missing.size() + " malformed records are not dead letters after " + String.format("%.0f s", seconds(t))
                    + " (service: kind topic/partition@offset):\n  " + String.join("\n  ", missing));
        }
        // Anything else among the dead letters is a valid event that was not applied.
        byService.forEach((service, list) -> list.stream()
                .filter(d -> injected.stream().noneMatch(i -> same(d, i)))
                .forEach(d -> problem(service + " dead-lettered a record the test did not inject: " + d.get("consumer") + " "
                        + d.get("sourceTopic") + "/" + d.get("sourcePartition") + "@" + d.get("sourceOffset") + " "
                        + d.get("eventType") + " " + d.get("reason") + ": " + d.get("error"))));
    }

    /** A dead letter keeps the bytes as they came: the raw value and the key that is not UTF-8, of the first round. */
    private void checkExactBytes(List<MalformedRecords.Injected> injected, Map<String, List<Map<String, Object>>> byService) {
        int compared = 0;
        Base64.Encoder b64 = Base64.getEncoder();
        for (MalformedRecords.Injected i : injected.subList(0, injected.size() / 2)) {
            boolean raw = i.kind().equals(MalformedRecords.KINDS.get(0));
            if (!raw && !i.kind().equals(MalformedRecords.KINDS.get(4))) {
                continue;
            }
            for (String service : MalformedRecords.CONSUMERS.get(i.topic())) {
                Map<String, Object> d = find(byService.get(service), i);
                if (d == null) {
                    continue; // reported as missing
                }
                JsonPath one = api.as("admin", service).when().get("/api/v1/admin/dead-letters/" + d.get("id"))
                        .then().statusCode(200).extract().jsonPath();
                String field = raw ? "valueBase64" : "keyBase64";
                String sent = b64.encodeToString(raw ? i.value() : i.key());
                if (!sent.equals(one.getString(field))) {
                    problem(service + " keeps other bytes than were sent for " + i + ": " + field + " " + one.getString(field)
                            + ", sent " + sent);
                }
                compared++;
            }
        }
        figure("dead letters compared byte for byte with what was sent", compared + " (raw values, keys not UTF-8)");
    }

    private static Map<String, Object> find(List<Map<String, Object>> deadLetters, MalformedRecords.Injected i) {
        return deadLetters == null ? null : deadLetters.stream().filter(d -> same(d, i)).findFirst().orElse(null);
    }

    private static boolean same(Map<String, Object> d, MalformedRecords.Injected i) {
        return i.topic().equals(d.get("sourceTopic")) && ((Number) d.get("sourcePartition")).intValue() == i.partition()
                && ((Number) d.get("sourceOffset")).longValue() == i.offset();
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** Waits until every service is ready again; returns how long it took from {@code since}, or records a problem. */
    private String awaitAllReady(String when, long since) {
        boolean ready = waitSoftly(null, Duration.ofSeconds(120),
                () -> ServiceSpec.ALL.stream().allMatch(s -> api.ready(s.name())));
        if (!ready) {
            problem("not all ready within 120 s " + when + ": "
                    + ServiceSpec.ALL.stream().map(ServiceSpec::name).filter(s -> !api.ready(s)).toList());
            return "NOT within 120 s";
        }
        return String.format("%.1f s", seconds(since));
    }

    /**
     * Polls {@code condition} for at most {@code atMost}; false (and, with a {@code what}, a problem) if it never held.
     * The test goes on either way, so that one stalled consumer does not hide what else happened.
     */
    private boolean waitSoftly(String what, Duration atMost, Callable<Boolean> condition) {
        try {
            await().atMost(atMost).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(condition);
            return true;
        } catch (ConditionTimeoutException e) {
            if (what != null) {
                problem("not within " + atMost.toSeconds() + " s: " + what);
            }
            return false;
        }
    }

    /** Keeps a problem for the verdict at the end and prints it at once. */
    private void problem(String what) {
        problems.add(what);
        System.out.println("[chaos] PROBLEM " + what);
    }

    /** Keeps a figure for the summary and prints it at once, so a long run shows its progress. */
    private void figure(String name, String value) {
        figures.put(name, value);
        System.out.println("[chaos] " + name + ": " + value);
    }

    /** The broker's super user: the test writes every topic as each producer would, and reads every group's lag. */
    private static Map<String, Object> bootstrap() {
        return system.kafkaClient();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
