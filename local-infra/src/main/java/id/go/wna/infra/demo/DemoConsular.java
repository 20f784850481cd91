package id.go.wna.infra.demo;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.wna.infra.LocalKeys;
import id.go.wna.infra.demo.DemoApi.Answer;
import id.go.wna.infra.demo.DemoApi.ApiException;
import id.go.wna.infra.demo.DemoCases.DemoCase;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Kemlu's side of the demo, through notification-service's public API only: for the custody obligations opened by the
 * demo's detention cases (found with {@code GET /api/v1/obligations?caseId=}, waited for: the consumer is
 * asynchronous) it records the rights advisement (mostly REQUESTED, some DECLINED), sends the notice for most (a share
 * late, with {@code sentAt} in the past), has the post's mission officer acknowledge a share, and creates and conducts
 * a few consular access requests. Every choice comes from the seed and the case's kind and number; nothing already
 * there is recorded again (an obligation with an advisement gets no other, one with a notice no other, an
 * acknowledged notice is left, an obligation with an access request gets no other), so a second run adds nothing,
 * whatever the day.
 */
final class DemoConsular {

    static final Duration OBLIGATION_WAIT = Duration.ofMinutes(3);

    private static final String[] OFFICERS = {"Ni Made Sari", "Agus Santoso", "Dewi Lestari", "Budi Hartono", "Rina Wulandari",
            "Yusuf Hidayat", "Sri Rahayu", "Andi Pratama", "Fitri Handayani", "Hendra Gunawan"};
    private static final String[] CONSULS = {"First Secretary (Consular)", "Consul", "Vice-Consul", "Consular Attaché"};

    private final DemoApi kemlu;
    private final DemoApi imigrasi;
    private final LocalKeys keys;
    private final long seed;
    private final int casesPerKind;
    private final int threads;
    private final Instant anchor;
    private final Consumer<String> progress;
    private final Map<String, AtomicInteger> recorded = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> existing = new ConcurrentHashMap<>();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger failed = new AtomicInteger();
    private final List<String> details = new ArrayList<>();
    private final Map<String, DemoApi> missions = new ConcurrentHashMap<>();

    DemoConsular(String url, DemoApi imigrasi, LocalKeys keys, long seed, int casesPerKind, int threads, Instant anchor,
                 Consumer<String> progress) {
        String token = keys.mint(LocalKeys.TokenRequest.forRole("kemlu-consular").subject(DemoData.SUBJECT).ttl(Duration.ofHours(8)));
        this.kemlu = new DemoApi(url, () -> token);
        this.imigrasi = imigrasi;
        this.keys = keys;
        this.seed = seed;
        this.casesPerKind = casesPerKind;
        this.threads = threads;
        this.anchor = anchor;
        this.progress = progress;
    }

    /** One detention obligation of a demo case, with its plan's random source. */
    private record Target(DemoCase demoCase, String obligationId) {
    }

    DemoData.Side run(Map<String, DemoCase> demoCases) {
        long t0 = System.nanoTime();
        List<DemoCase> cases = new ArrayList<>(demoCases.values());
        cases.sort(Comparator.comparing((DemoCase c) -> c.kind().ordinal()).thenComparingInt(DemoCase::i));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "demo-consular");
            t.setDaemon(true);
            return t;
        });
        try {
            List<DemoCase> withCustody = parallel(pool, cases, c -> c.custody() != null ? c.custody() : hadCustody(c.caseId()))
                    .stream().filter(p -> Boolean.TRUE.equals(p.result())).map(Pair::item).toList();
            List<Target> targets = obligations(pool, withCustody);
            parallel(pool, targets, t -> {
                handle(t);
                return null;
            });
            access(targets);
        } finally {
            pool.shutdownNow();
        }
        awaitArticle37Obligations();
        article37Notices();
        servicesLog();
        progress.accept("consular: Covid-19 welfare monitoring (the seed's figures, scaled by the cases per kind)");
        DemoWelfare.load(kemlu, DemoWelfare.plan(seed, casesPerKind / 300.0, anchor), k -> count(recorded, k),
                k -> count(existing, k), this::fail);
        return side(null, t0);
    }

    private static final List<String> ARTICLE_37_TRIGGERS = List.of("death", "guardianship", "wreck_or_air_accident");

    /**
     * Waits (bounded) until no more Art. 37 obligations are arriving in notification-service: three counts 2 s apart
     * agree. It learns of the demo's deaths, guardianship needs and wrecks by events, long after the case side recorded
     * them; without this a run could miss the last few and a second run would notify them.
     */
    private void awaitArticle37Obligations() {
        long deadline = System.nanoTime() + OBLIGATION_WAIT.toNanos();
        List<Long> counts = new ArrayList<>();
        while (true) {
            long total = 0;
            for (String trigger : ARTICLE_37_TRIGGERS) {
                total += kemlu.mustGet("obligations", "/api/v1/obligations?trigger=" + trigger + "&size=500").body().size();
            }
            counts.add(total);
            int n = counts.size();
            if (n >= 3 && counts.get(n - 1).equals(counts.get(n - 2)) && counts.get(n - 2).equals(counts.get(n - 3))) {
                return;
            }
            if (System.nanoTime() > deadline) {
                details.add("Art. 37 obligations still arriving after " + OBLIGATION_WAIT.toSeconds() + " s; notified what was there");
                return;
            }
            progress.accept("consular: waiting until no more Art. 37 obligations arrive (" + total + " so far)");
            sleep(2000);
        }
    }

    /**
     * The Art. 37 obligations of the demo's deaths, guardianship needs and wrecks (no advisement: the post is told
     * whatever anyone wants): most are notified, a share late, some not yet, so that the dashboard's overdue figure
     * shows a plausible backlog. Decided per obligation id; an obligation no longer OPEN is left, so a second run adds
     * nothing.
     */
    private void article37Notices() {
        Instant now = Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        for (String trigger : ARTICLE_37_TRIGGERS) {
            JsonNode open = kemlu.mustGet("obligations", "/api/v1/obligations?trigger=" + trigger + "&status=OPEN&size=500").body();
            for (JsonNode o : open) {
                String id = o.path("id").asText();
                Random r = new Random(PresenceGenerator.mix(seed * 31 + id.hashCode()));
                if (r.nextDouble() >= 0.9) {
                    continue; // left for Kemlu: shows as overdue once its deadline passes
                }
                if (o.path("regime").path("postCode").asText("").isEmpty()) {
                    count(existing, "Art. 37 obligations with no post in the directory");
                    continue; // Kemlu has to name a post first (a note through another channel)
                }
                Instant trigger0 = Instant.parse(o.path("triggeredAt").asText());
                double d = r.nextDouble();
                long minutes = d < 0.6 ? 30 + r.nextInt(20 * 60) : d < 0.85 ? 20 * 60 + r.nextInt(50 * 60) : 72 * 60 + r.nextInt(48 * 60);
                Instant sentAt = min(trigger0.plus(minutes, ChronoUnit.MINUTES), now);
                Answer ans = kemlu.post("/api/v1/obligations/" + id + "/notices",
                        Map.of("channel", r.nextDouble() < 0.6 ? "DIPLOMATIC_NOTE" : "EMAIL", "sentAt", sentAt.toString()));
                if (ans.status() == 409) {
                    count(existing, "Art. 37 obligations where no notice may go");
                } else if (!ans.ok()) {
                    fail("Art. 37 notice " + id + ": " + ans.problem());
                } else {
                    count(recorded, ans.body().path("late").asBoolean() ? "Art. 37 notices sent (late)" : "Art. 37 notices sent (in time)");
                }
            }
        }
    }

    /**
     * Kemlu's consular services log over the 90 days before the anchor, in the proportions of the seed (301 hotline
     * cases, 209 flight clearances, 13,514 persons evacuated, 4,780 EPO and diplomatic/service permit documents), scaled by
     * the cases per kind (300 gives the seed's figures). Each planned entry has a key (type, day, nationality, count,
     * text); entries already in the log with that key are left, so a second run adds nothing.
     */
    private void servicesLog() {
        java.time.LocalDate last = anchor.atZone(java.time.ZoneOffset.UTC).toLocalDate().minusDays(1);
        java.time.LocalDate first = last.minusDays(89);
        List<Map<String, Object>> plan = servicesPlan(seed, casesPerKind / 300.0, first);
        java.util.Set<String> there = new java.util.HashSet<>();
        for (int page = 0; ; page++) {
            JsonNode list = kemlu.mustGet("consular services", "/api/v1/consular-services?from=" + first + "&to=" + last
                    + "&size=500&page=" + page).body();
            list.forEach(e -> there.add(keyOf(e.path("serviceType").asText(), e.path("occurredOn").asText(),
                    e.path("nationality").asText(), e.path("count").asInt(), e.path("flightNumber").asText(e.path("summary").asText()))));
            if (list.size() < 500) {
                break;
            }
        }
        for (Map<String, Object> e : plan) {
            if (!there.add(keyOf(e))) {
                count(existing, "consular services log entries");
                continue;
            }
            try {
                kemlu.must("consular service", "/api/v1/consular-services", e);
                count(recorded, "consular services log entries");
            } catch (ApiException ex) {
                fail(ex.getMessage());
            }
        }
    }

    /** EPO plus diplomatic and service stay-permit documents Kemlu issued to September 2020 (the seed). */
    static final int DOCUMENTS = 4_780;
    /** How the demo splits those documents (the seed gives only their sum): EPO half, diplomatic 30 %, service the rest. */
    static final Map<String, Double> DOCUMENT_SPLIT = new LinkedHashMap<>(Map.of());

    static {
        DOCUMENT_SPLIT.put("EXIT_PERMIT_ONLY", 0.5);
        DOCUMENT_SPLIT.put("DIPLOMATIC_STAY_PERMIT", 0.3);
        DOCUMENT_SPLIT.put("SERVICE_STAY_PERMIT", 0.2);
    }

    /** The log entries of the 90 days from {@code first}, {@code scale} 1 giving the seed's figures (300 cases per kind). */
    static List<Map<String, Object>> servicesPlan(long seed, double scale, java.time.LocalDate first) {
        Random r = new Random(PresenceGenerator.mix(seed * 7919 + 4242));
        List<Map<String, Object>> plan = new ArrayList<>();
        java.util.function.Supplier<java.time.LocalDate> day = () -> first.plusDays(r.nextInt(90));
        java.util.function.Supplier<String> who = () -> DemoReference.NATIONALITY.pick(r).iso3();
        String[] hotline = {"Lost passport, asks for the embassy's contact", "Family asks whether a relative is detained",
                "Overstay: asks how to pay the charge", "Stranded after a cancelled flight", "Asks for consular access to a detainee"};
        for (int i = 0; i < Math.round(301 * scale); i++) {
            plan.add(entry("HOTLINE_CASE", day.get(), who.get(), 1, null, "summary", hotline[r.nextInt(hotline.length)] + " (demo)"));
        }
        String[] carriers = {"GA", "QZ", "JT", "SQ", "MH", "QF", "CX", "KE"};
        int clearances = (int) Math.round(209 * scale);
        while (clearances > 0) {
            int n = Math.min(clearances, 1 + r.nextInt(3));
            clearances -= n;
            plan.add(entry("FLIGHT_CLEARANCE", day.get(), who.get(), n, null, "flightNumber",
                    carriers[r.nextInt(carriers.length)] + (100 + r.nextInt(900))));
        }
        int evacuated = (int) Math.round(13_514 * scale);
        while (evacuated > 0) {
            int persons = Math.min(evacuated, 40 + r.nextInt(560));
            evacuated -= persons;
            plan.add(entry("EVACUATION_ASSISTANCE", day.get(), who.get(), persons, persons, null, null));
        }
        // The seed's 4,780 EPO and diplomatic/service stay-permit documents, split among the three (the seed gives only
        // the sum; the split is the demo's). Each entry is a day's batch of 1 to 15 documents of one type, numbered so
        // that two batches alike (type, day, nationality, count) are still two entries.
        long documents = Math.round(DOCUMENTS * scale);
        long assigned = 0;
        for (Map.Entry<String, Double> share : DOCUMENT_SPLIT.entrySet()) {
            long target = share.getKey().equals("SERVICE_STAY_PERMIT") ? documents - assigned : Math.round(documents * share.getValue());
            assigned += target;
            for (int batch = 1; target > 0; batch++) {
                int n = (int) Math.min(target, 1 + r.nextInt(15));
                target -= n;
                plan.add(entry(share.getKey(), day.get(), who.get(), n, null, "summary", "Documents issued, batch " + batch + " (demo)"));
            }
        }
        for (int i = 0; i < Math.round(12 * scale); i++) {
            plan.add(entry("HUMANITARIAN_DISCRETION", day.get(), who.get(), 1, null, "summary",
                    "Stay allowed on humanitarian grounds while a family member is treated in hospital (demo)"));
        }
        // Two planned entries alike would look like one already logged, and the second would be skipped: number the
        // repeats so that every planned entry is logged and the sums are the seed's.
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (Map<String, Object> e : plan) {
            String flight = (String) e.get("flightNumber");
            Object text = e.get("summary");
            for (int k = 2; !keys.add(keyOf(e)); k++) {
                if (flight != null) {
                    e.put("flightNumber", flight + (char) ('A' + k - 2));
                } else {
                    e.put("summary", (text == null ? "Logged entry" : text.toString()) + " #" + k);
                }
            }
        }
        return plan;
    }

    private static String keyOf(Map<String, Object> e) {
        Object text = e.getOrDefault("flightNumber", e.get("summary"));
        return keyOf((String) e.get("serviceType"), e.get("occurredOn").toString(), (String) e.get("nationality"),
                (Integer) e.get("count"), text == null ? "" : text.toString());
    }

    private static Map<String, Object> entry(String type, java.time.LocalDate on, String nationality, int count, Integer persons,
                                             String textField, String text) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("serviceType", type);
        e.put("occurredOn", on.toString());
        e.put("nationality", nationality);
        e.put("count", count);
        if (persons != null) {
            e.put("persons", persons);
        }
        if (textField != null) {
            e.put(textField, text);
        }
        return e;
    }

    private static String keyOf(String type, String on, String nationality, int count, String text) {
        return type + "|" + on + "|" + nationality + "|" + count + "|" + text;
    }

    private DemoData.Side side(String note, long t0) {
        Map<String, Integer> rec = new java.util.TreeMap<>();
        recorded.forEach((k, v) -> rec.put(k, v.get()));
        Map<String, Integer> ex = new java.util.TreeMap<>();
        existing.forEach((k, v) -> ex.put(k, v.get()));
        return new DemoData.Side(note, rec, ex, failed.get(), List.copyOf(failures), List.copyOf(details), (System.nanoTime() - t0) / 1e9);
    }

    private boolean hadCustody(String caseId) {
        JsonNode timeline = imigrasi.mustGet("case", "/api/v1/cases/" + caseId).body().path("timeline");
        for (JsonNode e : timeline) {
            if ("CUSTODY_STARTED".equals(e.path("type").asText())) {
                return true;
            }
        }
        return false;
    }

    /** The detention obligations of the cases, waited for (bounded) since notification-service learns of them by events. */
    private List<Target> obligations(ExecutorService pool, List<DemoCase> withCustody) {
        Map<DemoCase, List<String>> found = new ConcurrentHashMap<>();
        List<DemoCase> pending = withCustody;
        long deadline = System.nanoTime() + OBLIGATION_WAIT.toNanos();
        while (true) {
            parallel(pool, pending, c -> {
                List<String> ids = new ArrayList<>();
                kemlu.mustGet("obligations", "/api/v1/obligations?trigger=detention&caseId=" + c.caseId()).body()
                        .forEach(o -> ids.add(o.path("id").asText()));
                if (!ids.isEmpty()) {
                    found.put(c, ids);
                }
                return null;
            });
            pending = withCustody.stream().filter(c -> !found.containsKey(c)).toList();
            if (pending.isEmpty() || System.nanoTime() > deadline) {
                break;
            }
            progress.accept(String.format("consular: waiting for the obligations of %d of %d detention cases (notification-service consumes them)",
                    pending.size(), withCustody.size()));
            sleep(2000);
        }
        details.add(String.format("%d demo cases with custody, %d with their obligation in notification-service", withCustody.size(),
                found.size()));
        if (!pending.isEmpty()) {
            String which = pending.stream().limit(5).map(c -> c.kind() + " #" + c.i() + " (" + c.caseId() + ")").toList().toString();
            details.add("NOT FOUND after " + OBLIGATION_WAIT.toSeconds() + " s: the obligations of " + pending.size()
                    + " detention cases, e.g. " + which + "; is notification-service consuming wna.custody-notices.v1?");
            fail("obligations of " + pending.size() + " detention cases did not appear within " + OBLIGATION_WAIT.toSeconds() + " s");
        }
        List<Target> targets = new ArrayList<>();
        for (DemoCase c : withCustody) {
            found.getOrDefault(c, List.of()).stream().sorted().forEach(id -> targets.add(new Target(c, id)));
        }
        return targets;
    }

    private Random random(DemoCase c, int salt) {
        return new Random(PresenceGenerator.mix(PresenceGenerator.mix(seed * 131 + 17L * c.kind().ordinal() + salt) + c.i()));
    }

    private void count(Map<String, AtomicInteger> m, String what) {
        m.computeIfAbsent(what, k -> new AtomicInteger()).incrementAndGet();
    }

    private void fail(String what) {
        failed.incrementAndGet();
        if (failures.size() < 5) {
            failures.add(what);
        }
    }

    /** Advisement, notice and acknowledgement of one obligation, as its plan says; what is there already is left. */
    private void handle(Target t) {
        try {
            Random r = random(t.demoCase(), 1);
            JsonNode o = kemlu.mustGet("obligation", "/api/v1/obligations/" + t.obligationId()).body();
            String regime = o.path("regime").path("regime").asText();
            if (!regime.equals("ON_REQUEST") && !regime.equals("MANDATORY")) {
                count(existing, "obligations with no advisement or notice owed (" + regime + ")");
                return;
            }
            Instant now = Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
            Instant trigger = Instant.parse(o.path("triggeredAt").asText());
            String iso3 = o.path("nationality").asText();
            String province = o.path("province").path("name").asText("Indonesia");

            // the plan, drawn whole so that each choice is the same whatever is already there
            boolean advise = r.nextDouble() < 0.93;
            double a = r.nextDouble();
            String answer = a < 0.78 ? "REQUESTED" : a < 0.95 ? "DECLINED" : "NO_RESPONSE";
            long adviseMinutes = r.nextDouble() < 0.12 ? 6 * 60 + r.nextInt(14 * 60) : 15 + r.nextInt(5 * 60);
            boolean opposes = answer.equals("DECLINED") ? r.nextDouble() < 0.5 : r.nextDouble() < 0.03;
            boolean interpreter = r.nextDouble() < 0.7;
            String officer = OFFICERS[r.nextInt(OFFICERS.length)];
            boolean notify = r.nextDouble() < 0.88;
            double d = r.nextDouble();
            long noticeMinutes = d < 0.55 ? 60 + r.nextInt(23 * 60) : d < 0.82 ? 24 * 60 + r.nextInt(48 * 60) : 72 * 60 + r.nextInt(28 * 60);
            double c = r.nextDouble();
            String channel = c < 0.45 ? "EMAIL" : c < 0.70 ? "DIPLOMATIC_NOTE" : c < 0.85 ? "FAX" : c < 0.95 ? "PORTAL" : "PHONE";
            boolean acknowledge = r.nextDouble() < 0.65;
            boolean byMission = r.nextDouble() < 0.7;
            long ackMinutes = 30 + (long) (Math.exp(r.nextDouble() * Math.log(96 * 60.0)));
            String consul = CONSULS[r.nextInt(CONSULS.length)];

            JsonNode advisements = o.path("advisements");
            Instant advisedAt = null;
            if (!advisements.isEmpty()) {
                count(existing, "advisements");
                JsonNode latest = advisements.get(advisements.size() - 1);
                advisedAt = Instant.parse(latest.path("advisedAt").asText());
            } else if (advise) {
                advisedAt = min(trigger.plus(adviseMinutes, ChronoUnit.MINUTES), now);
                String language = DemoCases.language(DemoReference.NATIONALITIES.stream().filter(n -> n.iso3().equals(iso3))
                        .findFirst().orElse(DemoReference.nationality("USA")));
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("advisedAt", advisedAt.toString());
                body.put("answer", answer);
                body.put("language", language);
                boolean interp = interpreter && !language.equals("en") && !language.equals("ms");
                body.put("interpreterUsed", interp);
                if (interp) {
                    body.put("interpreterName", "Sworn interpreter (" + language + "), " + province);
                }
                body.put("opposesConsularAccess", opposes);
                body.put("advisedBy", officer + ", " + (o.path("trigger").asText().equals("DETENTION") ? "Imigrasi / Polri, " : "") + province);
                Answer ans = kemlu.post("/api/v1/obligations/" + t.obligationId() + "/advisement", body);
                if (ans.status() == 409) {
                    count(existing, "obligations with no advisement due");
                } else if (!ans.ok()) {
                    fail("advisement " + t.obligationId() + ": " + ans.problem());
                    return;
                } else {
                    count(recorded, "advisements " + answer);
                    o = kemlu.mustGet("obligation", "/api/v1/obligations/" + t.obligationId()).body();
                }
            }

            JsonNode notices = o.path("notices");
            JsonNode notice = null;
            for (JsonNode n : notices) {
                if (n.path("followUpId").isNull() || n.path("followUpId").isMissingNode()) {
                    notice = n;
                    break;
                }
            }
            if (notice != null) {
                count(existing, "notices");
            } else if (notify) {
                String status = o.path("status").asText();
                boolean allowed = regime.equals("MANDATORY") || (!o.path("regime").path("requestedAt").isNull()
                        && !o.path("regime").path("requestedAt").isMissingNode() && !status.equals("DECLINED"));
                if (!allowed) {
                    count(existing, "obligations where no notice may go (not requested or declined)");
                } else if (o.path("regime").path("postCode").isNull() || o.path("regime").path("postCode").asText().isEmpty()) {
                    count(existing, "obligations with no post in the directory");
                } else {
                    Instant sentAt = trigger.plus(noticeMinutes, ChronoUnit.MINUTES);
                    if (advisedAt != null && sentAt.isBefore(advisedAt.plus(10, ChronoUnit.MINUTES))) {
                        sentAt = advisedAt.plus(10 + r.nextInt(120), ChronoUnit.MINUTES);
                    }
                    sentAt = min(sentAt, now);
                    Answer ans = kemlu.post("/api/v1/obligations/" + t.obligationId() + "/notices",
                            Map.of("channel", channel, "sentAt", sentAt.toString()));
                    if (ans.status() == 409) {
                        count(existing, "obligations where no notice may go (" + ans.problem() + ")");
                    } else if (!ans.ok()) {
                        fail("notice " + t.obligationId() + ": " + ans.problem());
                        return;
                    } else {
                        notice = ans.body();
                        count(recorded, ans.body().path("late").asBoolean() ? "notices sent (late)" : "notices sent (in time)");
                    }
                }
            }

            if (notice == null) {
                return;
            }
            boolean acknowledged = !notice.path("acknowledgedAt").isNull() && !notice.path("acknowledgedAt").isMissingNode();
            if (acknowledged) {
                count(existing, "acknowledgements");
            } else if (acknowledge) {
                Instant sentAt = Instant.parse(notice.path("sentAt").asText());
                Instant at = min(sentAt.plus(ackMinutes, ChronoUnit.MINUTES), now);
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("acknowledgedAt", at.toString());
                body.put("acknowledgedBy", consul + ", " + notice.path("postCode").asText());
                DemoApi caller = kemlu;
                if (byMission) {
                    caller = mission(iso3);
                } else {
                    body.put("channel", r.nextBoolean() ? "EMAIL" : "DIPLOMATIC_NOTE");
                }
                Answer ans = caller.post("/api/v1/obligations/" + t.obligationId() + "/notices/" + notice.path("id").asText()
                        + "/acknowledgement", body);
                if (ans.status() == 409) {
                    count(existing, "acknowledgements");
                } else if (!ans.ok()) {
                    fail("acknowledgement " + t.obligationId() + (byMission ? " (mission officer " + iso3 + ")" : "") + ": " + ans.problem());
                } else {
                    count(recorded, byMission ? "acknowledgements by the post's mission officer" : "acknowledgements recorded by Kemlu");
                }
            }
        } catch (RuntimeException e) {
            fail(t.demoCase().kind() + " #" + t.demoCase().i() + ": " + e.getMessage());
        }
    }

    private DemoApi mission(String iso3) {
        return missions.computeIfAbsent(iso3, c -> {
            String token = keys.mint(LocalKeys.TokenRequest.forRole("mission-officer").country(c)
                    .subject("demo-mission-" + c.toLowerCase(java.util.Locale.ROOT)).ttl(Duration.ofHours(8)));
            return kemlu.as(() -> token);
        });
    }

    /**
     * A few consular access requests (at most a tenth of the cases per kind, at least 2), in a fixed order: of the
     * notified obligations whose custody goes on, those the plan picks; an obligation that has a request already counts
     * and gets no other.
     */
    private void access(List<Target> targets) {
        int cap = Math.max(2, casesPerKind / 10);
        int taken = 0;
        for (Target t : targets) {
            if (taken >= cap) {
                break;
            }
            try {
                Random r = random(t.demoCase(), 2);
                boolean pick = r.nextDouble() < 0.4;
                JsonNode list = kemlu.mustGet("access requests", "/api/v1/access-requests?obligationId=" + t.obligationId()).body();
                if (list.isArray() && !list.isEmpty()) {
                    count(existing, "access requests");
                    taken++;
                    continue;
                }
                if (!pick) {
                    continue;
                }
                JsonNode o = kemlu.mustGet("obligation", "/api/v1/obligations/" + t.obligationId()).body();
                String status = o.path("status").asText();
                JsonNode notice = o.path("notices").isEmpty() ? null : o.path("notices").get(0);
                if (notice == null || !o.path("derived").path("custodyEndedAt").isNull() && !o.path("derived").path("custodyEndedAt").isMissingNode()
                        || !(status.equals("NOTIFIED") || status.equals("ACKNOWLEDGED"))) {
                    continue;
                }
                if (conduct(t, o, notice, r)) {
                    taken++;
                }
            } catch (RuntimeException e) {
                fail("access " + t.demoCase().kind() + " #" + t.demoCase().i() + ": " + e.getMessage());
            }
        }
    }

    /** Creates the request and takes it as far as its plan and the clock allow; false when none may be made (409). */
    private boolean conduct(Target t, JsonNode o, JsonNode notice, Random r) {
        Instant now = Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        String iso3 = o.path("nationality").asText();
        String province = o.path("province").path("name").asText("Indonesia");
        boolean byPost = r.nextDouble() < 0.8;
        double m = r.nextDouble();
        String mode = m < 0.7 ? "IN_PERSON" : m < 0.9 ? "VIDEO" : "PHONE";
        double outcome = r.nextDouble();
        Instant requestedAt = min(Instant.parse(notice.path("sentAt").asText()).plus(2 + r.nextInt(70), ChronoUnit.HOURS), now);
        Instant reviewed = min(requestedAt.plus(1 + r.nextInt(6), ChronoUnit.HOURS), now);
        Instant approved = min(reviewed.plus(1 + r.nextInt(12), ChronoUnit.HOURS), now);
        Instant scheduledAt = approved.plus(12 + r.nextInt(60), ChronoUnit.HOURS);
        String consul = CONSULS[r.nextInt(CONSULS.length)] + ", " + notice.path("postCode").asText();

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("obligationId", t.obligationId());
        body.put("mode", mode);
        body.put("requestedBy", byPost ? "POST" : "DETAINEE");
        body.put("requestedAt", requestedAt.toString());
        body.put("notes", byPost ? "The post asks to see its national" : "The detainee asks to see the consul");
        DemoApi creator = byPost ? mission(iso3) : kemlu;
        Answer created = creator.post("/api/v1/access-requests", body);
        if (created.status() == 409) {
            count(existing, "obligations where no access can follow (" + created.problem() + ")");
            return false;
        }
        if (!created.ok()) {
            throw new ApiException("access request: POST /api/v1/access-requests → " + created.problem());
        }
        count(recorded, "access requests");
        String id = created.text("id");
        if (outcome < 0.1) {
            step(id, Map.of("to", "DECLINED_BY_DETAINEE", "at", reviewed.toString(), "reason", "The detainee does not wish to see the consul"));
            return true;
        }
        step(id, Map.of("to", "UNDER_REVIEW", "at", reviewed.toString()));
        if (outcome < 0.2) {
            step(id, Map.of("to", "DENIED", "at", approved.toString(), "legalBasis", "UU 6/2011 Pasal 83; security incident at the facility",
                    "approvingOfficial", "Head of the detention facility, " + province,
                    "reason", "Visits suspended at the facility for the time being"));
            return true;
        }
        step(id, Map.of("to", "APPROVED", "at", approved.toString()));
        if (outcome < 0.3) {
            return true; // approved, not yet scheduled
        }
        step(id, Map.of("to", "SCHEDULED", "at", approved.toString(), "scheduledAt", scheduledAt.toString(),
                "place", mode.equals("IN_PERSON") ? "Visiting room, detention facility in " + province : mode.equals("VIDEO") ? "Video link arranged by the facility" : "Facility telephone"));
        if (scheduledAt.isAfter(now)) {
            return true; // the visit is still to come
        }
        step(id, Map.of("to", "CONDUCTED", "at", scheduledAt.toString(), "durationMinutes", 20 + r.nextInt(70), "visitors", consul));
        count(recorded, "consular visits conducted");
        return true;
    }

    private void step(String id, Map<String, Object> body) {
        kemlu.must("access request " + body.get("to"), "/api/v1/access-requests/" + id + "/transitions", body);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    record Pair<T, R>(T item, R result) {
    }

    /** Runs {@code f} over the items on the pool, results in the items' order; a failure of one is thrown. */
    static <T, R> List<Pair<T, R>> parallel(ExecutorService pool, List<T> items, java.util.function.Function<T, R> f) {
        List<Future<R>> futures = new ArrayList<>();
        for (T item : items) {
            futures.add(pool.submit(() -> f.apply(item)));
        }
        List<Pair<T, R>> out = new ArrayList<>();
        try {
            for (int k = 0; k < items.size(); k++) {
                out.add(new Pair<>(items.get(k), futures.get(k).get()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException("interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new ApiException(String.valueOf(e.getCause()));
        }
        return out;
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
