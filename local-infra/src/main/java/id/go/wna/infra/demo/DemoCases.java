package id.go.wna.infra.demo;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.wna.infra.demo.DemoApi.Answer;
import id.go.wna.infra.demo.DemoApi.ApiException;
import id.go.wna.infra.demo.DemoReference.Nationality;
import id.go.wna.infra.demo.DemoReference.Province;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static id.go.wna.infra.demo.PresenceGenerator.WIB;

/**
 * Case flows of every kind, through case-service's public API only: a person registered from a passport MRZ, a case
 * opened and moved through its lifecycle as the state machine allows, custody started, moved and ended, immigration
 * offences, administrative actions (deportations with entry bans, overstay charges, permit cancellations),
 * deportations completed, deaths in and out of custody, guardianship needs and wrecks or crashes. Case {@code i} of a
 * kind is planned from the seed alone; a person who already has cases (an earlier run) is skipped.
 */
final class DemoCases {

    enum Kind { CRIMINAL, CIVIL, IMMIGRATION_CRIME, ADMINISTRATIVE_ACTION, DEATH, GUARDIANSHIP, WRECK_OR_CRASH }

    /** What was recorded, for the summary. */
    static final class Tally {
        final Map<Kind, AtomicInteger> opened = new EnumMap<>(Kind.class);
        final Map<Kind, AtomicInteger> skipped = new EnumMap<>(Kind.class);
        final Map<String, AtomicInteger> records = new ConcurrentHashMap<>();
        final AtomicInteger failed = new AtomicInteger();
        final List<String> firstFailures = Collections.synchronizedList(new ArrayList<>());
        /** The demo's cases of the kinds that may have custody, by kind and number (this run's and an earlier one's). */
        final Map<String, DemoCase> custodyKindCases = new ConcurrentHashMap<>();

        Tally() {
            for (Kind k : Kind.values()) {
                opened.put(k, new AtomicInteger());
                skipped.put(k, new AtomicInteger());
            }
        }

        void count(String what) {
            records.computeIfAbsent(what, k -> new AtomicInteger()).incrementAndGet();
        }

        int count(Map<Kind, AtomicInteger> m) {
            return m.values().stream().mapToInt(AtomicInteger::get).sum();
        }

        void failure(String message) {
            failed.incrementAndGet();
            if (firstFailures.size() < 5) {
                firstFailures.add(message);
            }
        }
    }

    /**
     * A demo case of a kind that may have custody: {@code custody} true or false when this run opened it, null when an
     * earlier run did (the consular part reads the case's timeline then).
     */
    record DemoCase(Kind kind, int i, String caseId, Boolean custody) {
    }

    static boolean mayHaveCustody(Kind k) {
        return k == Kind.CRIMINAL || k == Kind.IMMIGRATION_CRIME || k == Kind.ADMINISTRATIVE_ACTION;
    }

    /** The reference lists the flows use, read from the API once. */
    record Reference(List<JsonNode> rudenims, List<String> offenceArticles, Map<String, Integer> actionMaxMonths) {
        static Reference read(DemoApi api) {
            List<JsonNode> rudenims = new ArrayList<>();
            api.mustGet("reference", "/api/v1/reference/detention-facilities").body()
                    .forEach(f -> { if ("RUDENIM".equals(f.path("facilityType").asText())) rudenims.add(f); });
            List<String> articles = new ArrayList<>();
            api.mustGet("reference", "/api/v1/reference/offences").body().forEach(o -> articles.add(o.path("article").asText()));
            Map<String, Integer> months = new HashMap<>();
            api.mustGet("reference", "/api/v1/reference/administrative-actions").body().forEach(a ->
                    months.put(a.path("actionType").asText(), a.path("maxMonths").isNumber() ? a.path("maxMonths").asInt() : null));
            if (rudenims.isEmpty()) {
                throw new ApiException("reference: GET /api/v1/reference/detention-facilities lists no RUDENIM");
            }
            return new Reference(rudenims, articles, months);
        }
    }

    private final DemoApi api;
    private final long seed;
    private final Reference ref;
    private final Tally tally;

    DemoCases(DemoApi api, long seed, Reference ref, Tally tally) {
        this.api = api;
        this.seed = seed;
        this.ref = ref;
        this.tally = tally;
    }

    /** Runs case {@code i} of {@code kind}; failures are counted, never thrown. */
    void run(Kind kind, int i) {
        try {
            Random r = new Random(PresenceGenerator.mix(PresenceGenerator.mix(seed * 31 + kind.ordinal()) + i));
            Flow f = new Flow(kind, i, r);
            if (!f.registerPerson()) {
                tally.skipped.get(kind).incrementAndGet();
                if (mayHaveCustody(kind) && f.earlierCaseId != null) {
                    tally.custodyKindCases.put(kind + "#" + i, new DemoCase(kind, i, f.earlierCaseId, null));
                }
                return;
            }
            try {
                switch (kind) {
                    case CRIMINAL -> f.criminal();
                    case CIVIL -> f.civil();
                    case IMMIGRATION_CRIME -> f.immigrationCrime();
                    case ADMINISTRATIVE_ACTION -> f.administrativeAction();
                    case DEATH -> f.death();
                    case GUARDIANSHIP -> f.guardianship();
                    case WRECK_OR_CRASH -> f.wreck();
                }
            } finally {
                if (mayHaveCustody(kind) && f.caseId != null) {
                    tally.custodyKindCases.put(kind + "#" + i, new DemoCase(kind, i, f.caseId, f.custodyStarted));
                }
            }
        } catch (RuntimeException e) {
            tally.failure(kind + " #" + i + ": " + e.getMessage());
        }
    }

    private static final Weighted<String> REFUGEE_NATIONALITIES = Weighted.of("AFG", 5, "MMR", 3, "SOM", 2, "YEM", 1, "SDN", 1, "IRQ", 1);
    private static final Weighted<String> FLAG_STATES = Weighted.of("PAN", 20, "LBR", 14, "MHL", 12, "SGP", 10, "MYS", 8, "CHN", 8,
            "VNM", 8, "HKG", 5, "PHL", 4, "BHS", 3, "MLT", 3, "THA", 3, "KOR", 2, "TWN", 2, "AUS", 2, "JPN", 1, "PNG", 1);
    private static final Weighted<String> SEA_PROVINCES = Weighted.of("21", 10, "36", 5, "14", 3, "12", 3, "35", 4, "73", 3,
            "81", 2, "61", 2, "53", 2, "94", 1, "71", 2, "82", 2, "51", 3, "64", 2);
    private static final Map<String, String> SEAS = Map.ofEntries(Map.entry("21", "Selat Singapura"), Map.entry("36", "Selat Sunda"),
            Map.entry("14", "Selat Malaka"), Map.entry("12", "Selat Malaka"), Map.entry("35", "Laut Jawa"),
            Map.entry("73", "Selat Makassar"), Map.entry("81", "Laut Banda"), Map.entry("61", "Laut Natuna"),
            Map.entry("53", "Laut Sawu"), Map.entry("94", "Samudra Pasifik"), Map.entry("71", "Laut Sulawesi"),
            Map.entry("82", "Laut Maluku"), Map.entry("51", "Selat Lombok"), Map.entry("64", "Selat Makassar"));
    private static final String[] SHIP_NAMES = {"OCEAN STAR", "PACIFIC HARMONY", "GOLDEN BRIDGE", "EASTERN GLORY", "SEA PIONEER",
            "BLUE MARLIN", "ORIENT PEARL", "NEW HORIZON", "JADE FORTUNE", "SILVER WAVE", "CORAL QUEEN", "MERIDIAN SPIRIT"};
    private static final Map<String, String> AIRCRAFT_PREFIX = Map.of("SGP", "9V-", "MYS", "9M-", "AUS", "VH-", "CHN", "B-",
            "PHL", "RP-C", "JPN", "JA", "KOR", "HL", "THA", "HS-", "TWN", "B-", "PNG", "P2-");

    /** One case, planned from its own random source. */
    private final class Flow {
        final Kind kind;
        final int i;
        final Random r;
        final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Nationality nationality;
        Province province;
        String personId;
        String caseId;
        List<String> allowed = List.of();
        String custodyId;
        boolean custodyStarted;
        String earlierCaseId;
        Instant last;
        LocalDate birthDate;

        Flow(Kind kind, int i, Random r) {
            this.kind = kind;
            this.i = i;
            this.r = r;
            // the incident, spread over the last twelve months
            this.last = now.minus(Duration.ofMinutes(60L * 24 * 3 + r.nextInt(60 * 24 * 357)));
        }

        /** Registers the case's person; false when the person is already known and has cases (an earlier run). */
        boolean registerPerson() {
            String iso3 = switch (kind) {
                case GUARDIANSHIP -> r.nextBoolean() ? REFUGEE_NATIONALITIES.pick(r) : DemoReference.NATIONALITY.pick(r).iso3();
                case WRECK_OR_CRASH -> FLAG_STATES.pick(r);
                default -> DemoReference.NATIONALITY.pick(r).iso3();
            };
            if (kind == Kind.WRECK_OR_CRASH) {
                province = DemoReference.province(SEA_PROVINCES.pick(r));
            }
            nationality = kind == Kind.WRECK_OR_CRASH ? flagState(iso3) : DemoReference.nationality(iso3);
            // A wreck's person is its master, a national of the flag state: a case about a registered person carries
            // the person's nationality, and a wreck case's nationality is the flag state.
            Nationality personNat = nationality;
            if (province == null) {
                province = DemoReference.provincesFor(iso3).pick(r);
            }
            String sex = kind == Kind.WRECK_OR_CRASH || r.nextDouble() < 0.72 ? "M" : "F";
            LocalDate today = LocalDate.ofInstant(now, WIB);
            boolean minor = kind == Kind.GUARDIANSHIP && r.nextDouble() < 0.8;
            int age = minor ? 3 + r.nextInt(14) : kind == Kind.DEATH ? 25 + r.nextInt(60) : 20 + r.nextInt(45);
            birthDate = today.minusYears(age).minusDays(1 + r.nextInt(360));
            String[] name = DemoReference.name(personNat, sex, r);
            String number = "K" + (char) ('A' + kind.ordinal()) + String.format(Locale.ROOT, "%07d", i);
            LocalDate expiry = today.plusYears(1 + r.nextInt(9)).plusDays(r.nextInt(300));
            String mrz = Mrz.td3(personNat.icao(), name[0], name[1], number, personNat.icao(), birthDate, sex, expiry);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("mrz", mrz);
            body.put("languages", List.of(language(personNat)));
            body.put("stayPermit", stayPermit(today));
            if (kind == Kind.GUARDIANSHIP && REFUGEE_NATIONALITIES.share(iso3) > 0) {
                body.put("vulnerability", Map.of("asylumSeekerOrRefugee", true,
                        "unhcrNumber", String.format(Locale.ROOT, "UNHCR-%03d-%08d", 100 + r.nextInt(800), r.nextInt(100_000_000)),
                        "traffickingVictim", false));
            }
            Answer a = api.post("/api/v1/persons", body);
            if (a.status() == 201) {
                personId = a.text("id");
                tally.count("persons registered");
                return true;
            }
            if (a.status() == 409 && a.location().isPresent()) {
                String loc = a.location().get();
                personId = loc.substring(loc.lastIndexOf('/') + 1);
                Answer cases = api.mustGet("person's cases", "/api/v1/persons/" + personId + "/cases");
                if (cases.body().isArray() && !cases.body().isEmpty()) {
                    earlierCaseId = cases.body().get(cases.body().size() - 1).path("id").asText(null);
                }
                return cases.body().isArray() && cases.body().isEmpty();
            }
            throw new ApiException("register person: POST /api/v1/persons → " + a.problem());
        }

        private Map<String, Object> stayPermit(LocalDate today) {
            String type = kind == Kind.DEATH || kind == Kind.WRECK_OR_CRASH || r.nextDouble() < 0.45 ? "ITK" : r.nextDouble() < 0.9 ? "ITAS" : "ITAP";
            LocalDate from = LocalDate.ofInstant(last, WIB).minusDays(r.nextInt(200));
            LocalDate until = from.plusDays(type.equals("ITK") ? 29 : type.equals("ITAS") ? 364 : 1824);
            return Map.of("type", type, "validFrom", from.toString(), "validUntil", until.toString());
        }

        private Nationality flagState(String iso3) {
            return DemoReference.NATIONALITIES.stream().filter(n -> n.iso3().equals(iso3)).findFirst()
                    .orElse(new Nationality(iso3, iso3, 0, DemoReference.Names.ANGLO, 1, 1));
        }

        void open(String reporting, String lead, String summary) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("kind", kind.name());
            body.put("nationality", nationality.iso3());
            body.put("province", province.code());
            body.put("summary", summary);
            body.put("personId", personId);
            body.put("reportingAgency", reporting);
            body.put("leadAgency", lead);
            Answer a = api.must("open case", "/api/v1/cases", body);
            caseId = a.text("id");
            allowed = strings(a.body().path("allowedTransitions"));
            tally.opened.get(kind).incrementAndGet();
        }

        /** A move the state machine allows now (checked against the case's allowedTransitions). */
        void move(String step, String reason) {
            if (!allowed.contains(step)) {
                throw new ApiException("case " + caseId + ": " + step + " is not allowed now; allowed: " + allowed);
            }
            Map<String, Object> body = new LinkedHashMap<>();
            String[] parts = step.split(":");
            body.put("status", parts[0]);
            if (parts.length > 1) {
                body.put(parts[0].equals("ACTIVE") ? "stage" : "outcome", parts[1]);
            }
            body.put("reason", reason);
            Answer a = api.must("transition " + step, "/api/v1/cases/" + caseId + "/transitions", body);
            allowed = strings(a.body().path("allowedTransitions"));
            tally.count("transitions");
        }

        /** The next moment of the story: after the last one, before now. */
        Instant later(double maxShare) {
            long span = Duration.between(last, now.minus(Duration.ofMinutes(30))).getSeconds();
            if (span > 120) {
                last = last.plusSeconds(60 + (long) (r.nextDouble() * maxShare * (span - 60)));
            }
            return last;
        }

        void startCustody(String custodyType, String facilityType, String code, String name, String provinceName,
                          String authority, List<Map<String, String>> charges) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("custodyType", custodyType);
            body.put("facilityType", facilityType);
            if (code != null) {
                body.put("facilityCode", code);
            }
            body.put("facilityName", name);
            body.put("province", provinceName);
            body.put("arrestingAuthority", authority);
            body.put("arrestPlace", pick(new String[]{"Hotel in " + province.city(), "Residence in " + province.city(),
                    "Bandara " + province.port(), "Workplace in " + province.city(), "Street, " + province.city()}));
            body.put("startedAt", later(0.15).toString());
            Instant identified = last.plusSeconds(600 + r.nextInt(7200));
            if (r.nextDouble() < 0.2 && identified.isBefore(now)) {
                body.put("identifiedForeignAt", identified.toString());
            }
            body.put("charges", charges);
            body.put("interpreterNeeded", !List.of("MYS", "SGP", "BRN", "TLS").contains(nationality.iso3()) && r.nextDouble() < 0.7);
            custodyId = api.must("start custody", "/api/v1/cases/" + caseId + "/custody", body).text("id");
            custodyStarted = true;
            tally.count("custody started");
        }

        void transfer(String facilityType, String code, String name, String provinceName, String reason) {
            if (custodyId == null) {
                return;
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("facilityType", facilityType);
            if (code != null) {
                body.put("facilityCode", code);
            }
            body.put("facilityName", name);
            body.put("province", provinceName);
            body.put("reason", reason);
            body.put("transferredAt", later(0.3).toString());
            api.must("transfer custody", "/api/v1/cases/" + caseId + "/custody/" + custodyId + "/transfer", body);
            tally.count("custody transfers");
        }

        void endCustody(String reason) {
            if (custodyId == null) {
                return;
            }
            api.must("end custody", "/api/v1/cases/" + caseId + "/custody/" + custodyId + "/end",
                    Map.of("reason", reason, "endedAt", later(0.3).toString()));
            custodyId = null;
            tally.count("custody ended");
        }

        void toRudenim(String reason) {
            JsonNode rud = rudenim();
            transfer("RUDENIM", rud.path("code").asText(), rud.path("name").asText(), rud.path("province").asText(), reason);
        }

        JsonNode rudenim() {
            List<JsonNode> here = ref.rudenims().stream().filter(f -> province.code().equals(f.path("provinceCode").asText())).toList();
            List<JsonNode> from = here.isEmpty() ? ref.rudenims() : here;
            return from.get(r.nextInt(from.size()));
        }

        void offence(String article, String description) {
            String base = article.replaceAll("[^0-9]", "");
            if (!ref.offenceArticles().contains(base)) {
                article = "122 a";
            }
            api.must("record offence", "/api/v1/cases/" + caseId + "/offences", Map.of("article", article,
                    "committedOn", LocalDate.ofInstant(last, WIB).minusDays(r.nextInt(60)).toString(), "description", description));
            tally.count("offences");
        }

        String decisionNumber() {
            return String.format(Locale.ROOT, "W%s.IMI-GR.02.01-%d%05d", province.code(), kind.ordinal() + 1, i);
        }

        /** A deportation with an entry ban; completed (the person left) with probability {@code completion}. */
        void deport(String reason, double completion) {
            Instant decided = later(0.4);
            LocalDate on = LocalDate.ofInstant(decided, WIB);
            boolean awaiting = r.nextDouble() < 0.2;
            Map<String, Object> deportation = new LinkedHashMap<>();
            deportation.put("destinationCountry", nationality.iso3());
            deportation.put("plannedDepartureOn", on.plusDays(3 + r.nextInt(28)).toString());
            deportation.put("costBorneBy", pick(new String[]{"PERSON", "PERSON", "PERSON", "SPONSOR", "SPONSOR", "FAMILY", "STATE", "MISSION"}));
            // At most the 10 years of UU 63/2024 Pasal 102 (the last day included).
            deportation.put("entryBanUntil", on.plusMonths(6 + r.nextInt(114)).toString());
            deportation.put("awaitingTravelDocument", awaiting);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("actionType", "DEPORTATION");
            body.put("decisionNumber", decisionNumber());
            body.put("decidedOn", on.toString());
            body.put("reason", reason);
            body.put("deportation", deportation);
            String actionId = api.must("deportation", "/api/v1/cases/" + caseId + "/administrative-actions", body).text("id");
            tally.count("deportations decided");
            if (r.nextDouble() < completion) {
                Instant departed = later(0.5);
                if (LocalDate.ofInstant(departed, WIB).isBefore(on)) {
                    return;
                }
                Map<String, Object> done = new LinkedHashMap<>();
                done.put("departedAt", departed.toString());
                done.put("portOfExit", "TPI-" + (r.nextDouble() < 0.6 ? "CGK" : province.port()));
                if (awaiting) {
                    LocalDate issued = on.plusDays(r.nextInt((int) Math.max(1, ChronoUnit.DAYS.between(on, LocalDate.ofInstant(departed, WIB)) + 1)));
                    done.put("travelDocumentIssuedOn", issued.toString());
                }
                api.must("deportation completed", "/api/v1/cases/" + caseId + "/administrative-actions/" + actionId
                        + "/deportation/completion", done);
                tally.count("deportations completed");
                custodyId = null;
                if (allowed.contains("RESOLVED:DEPORTED")) {
                    allowed = List.of("ARCHIVED");
                }
            }
        }

        void action(String type, String reason, Map<String, Object> extra) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("actionType", type);
            body.put("decisionNumber", decisionNumber());
            body.put("decidedOn", LocalDate.ofInstant(later(0.3), WIB).toString());
            body.put("reason", reason);
            body.putAll(extra);
            api.must(type.toLowerCase(Locale.ROOT), "/api/v1/cases/" + caseId + "/administrative-actions", body);
            tally.count("administrative actions (other than deportation)");
        }

        void die(boolean inCustody) {
            Instant at = later(0.5);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("diedOn", LocalDate.ofInstant(at, WIB).toString());
            if (r.nextDouble() < 0.75) {
                body.put("diedAt", at.toString());
            }
            String category = inCustody ? pick(new String[]{"ILLNESS", "ILLNESS", "ILLNESS", "SUICIDE", "VIOLENCE", "UNKNOWN"})
                    : pick(new String[]{"ILLNESS", "ILLNESS", "ILLNESS", "ILLNESS", "ACCIDENT", "ACCIDENT", "ACCIDENT", "UNKNOWN", "SUICIDE", "VIOLENCE"});
            body.put("placeOfDeath", inCustody ? "RS Bhayangkara " + province.city()
                    : category.equals("ACCIDENT") ? pick(new String[]{"Road near " + province.city(), "Beach, " + province.city(),
                    "Dive site off " + province.city()}) : pick(new String[]{"RSUD " + province.city(), "Hotel in " + province.city(),
                    "Residence in " + province.city()}));
            body.put("province", province.code());
            body.put("cause", switch (category) {
                case "ILLNESS" -> pick(new String[]{"Cardiac arrest", "Stroke", "Pneumonia", "Dengue fever", "Cancer"});
                case "ACCIDENT" -> pick(new String[]{"Motorcycle accident", "Drowning", "Fall", "Diving accident"});
                case "SUICIDE" -> "Suicide";
                case "VIOLENCE" -> "Injuries from an assault";
                default -> "Under investigation";
            });
            body.put("causeCategory", category);
            body.put("remainsLocation", "Instalasi Forensik RSUD " + province.city());
            String[] kin = DemoReference.name(nationality, "X", r);
            body.put("nextOfKin", List.of(Map.of("name", kin[1] + " " + kin[0],
                    "relationship", pick(new String[]{"SPOUSE", "PARENT", "SIBLING", "CHILD"}), "country", nationality.iso3(),
                    "informed", r.nextDouble() < 0.6)));
            api.must("record death", "/api/v1/cases/" + caseId + "/death", body);
            tally.count(inCustody ? "deaths in custody" : "deaths (not in custody)");
            custodyId = null;
            if (allowed.contains("RESOLVED:DECEASED")) {
                allowed = List.of("ARCHIVED");
            }
        }

        private List<Map<String, String>> charge(String statute, String article, String description) {
            return List.of(Map.of("statute", statute, "article", article, "description", description));
        }

        // --- the kinds ---

        void criminal() {
            String[][] crimes = {
                    {"UU 35/2009", "112", "Possession of narcotics", "BNN"},
                    {"UU 35/2009", "114", "Trafficking in narcotics", "BNN"},
                    {"KUHP", "378", "Fraud", "POLRI"},
                    {"UU 1/2024", "28", "Online fraud syndicate (ITE)", "POLRI"},
                    {"KUHP", "303", "Online gambling operation", "POLRI"},
                    {"KUHP", "362", "Theft", "POLRI"},
                    {"KUHP", "351", "Assault", "POLRI"},
                    {"UU 22/2009", "310", "Traffic accident causing injury", "POLRI"}};
            String[] crime = crimes[r.nextInt(crimes.length)];
            open(crime[3], crime[3], crime[2] + " (" + crime[0] + " Pasal " + crime[1] + ")");
            move("VERIFIED", "Identity confirmed against the passport");
            move("ACTIVE:INVESTIGATION", "Investigation opened");
            if (r.nextDouble() < 0.85) {
                startCustody("ARREST", "POLICE_CELL", null, "Ruang Tahanan Polda " + province.name(), province.name(), crime[3],
                        charge(crime[0], crime[1], crime[2]));
            }
            double p = r.nextDouble();
            if (p < 0.40) {
                maybeDieInCustody(0.05);
                return;
            }
            if (p < 0.52) {
                endCustody(r.nextBoolean() ? "RELEASED" : "RELEASED_ON_BAIL");
                move(r.nextBoolean() ? "RESOLVED:RELEASED" : "RESOLVED:WITHDRAWN", "Investigation stopped (SP3)");
                return;
            }
            move("ACTIVE:PROSECUTION", "File complete (P-21)");
            transfer("RUTAN", null, "Rutan Kelas I " + province.city(), province.name(), "COURT_PROCEEDINGS");
            if (p < 0.72) {
                return;
            }
            move("ACTIVE:TRIAL", "Indictment filed");
            if (p < 0.86) {
                maybeDieInCustody(0.02);
                return;
            }
            move("ACTIVE:SERVING_SENTENCE", "Sentenced");
            transfer("LAPAS", null, "Lapas Kelas IIA " + province.city(), province.name(), "SENTENCE");
            if (r.nextDouble() < 0.4) {
                move("ACTIVE:DETAINED_AWAITING_DEPORTATION", "Sentence served; awaiting deportation");
                toRudenim("AWAITING_DEPORTATION");
                deport("Sentence served (Pasal 75(2)(f))", 0.6);
            }
        }

        void maybeDieInCustody(double p) {
            if (custodyId != null && r.nextDouble() < p) {
                die(true);
            }
        }

        void civil() {
            String[] matters = {"Divorce proceedings", "Commercial contract dispute", "Child custody dispute",
                    "Land ownership dispute (nominee arrangement)", "Labour dispute with employer", "Inheritance dispute"};
            open(pick(new String[]{"PENGADILAN", "PENGADILAN", "OTHER", "FOREIGN_MISSION"}), "PENGADILAN", pick(matters));
            move("VERIFIED", "Parties identified");
            if (r.nextDouble() < 0.15) {
                return;
            }
            move(r.nextDouble() < 0.7 ? "ACTIVE:TRIAL" : "ACTIVE:ADMINISTRATIVE_PROCESS", "Proceedings under way");
            if (r.nextDouble() < 0.3) {
                move(r.nextBoolean() ? "RESOLVED:RELEASED" : "RESOLVED:WITHDRAWN", "Proceedings concluded");
                if (r.nextDouble() < 0.4) {
                    move("ARCHIVED", "Closed");
                }
            }
        }

        void immigrationCrime() {
            String article = pick(new String[]{"122 a", "122 a", "122 a", "122 a", "122 b", "119", "119", "119", "119", "119",
                    "116", "116", "124 b", "124 b", "123", "123", "113", "121", "118", "120", "126"});
            String what = switch (article.substring(0, 3)) {
                case "122" -> "Stay permit misused for paid work";
                case "119" -> "Staying without a valid travel document and visa";
                case "116" -> "Failure to report to the immigration office";
                case "124" -> "Employing foreigners whose permits had expired";
                case "123" -> "False information to obtain a stay permit";
                case "113" -> "Entry outside a border post";
                case "121" -> "Forged stay permit";
                case "118" -> "Sponsor gave false information";
                case "120" -> "People smuggling";
                default -> "Misuse of an Indonesian travel document";
            };
            open(r.nextDouble() < 0.8 ? "IMIGRASI" : "POLRI", "IMIGRASI", what + " (UU 6/2011 Pasal " + article + ")");
            move("VERIFIED", "Identity and permit checked");
            move("ACTIVE:INVESTIGATION", "PPNS investigation opened");
            offence(article, what);
            if (r.nextDouble() < 0.15) {
                offence("116", "Failure to report to the immigration office");
            }
            if (r.nextDouble() < 0.8) {
                startCustody("ARREST", "RUANG_DETENSI", null, "Ruang Detensi Kantor Imigrasi " + province.city(), province.name(),
                        "IMIGRASI", charge("UU 6/2011", article, what));
            }
            double p = r.nextDouble();
            if (p < 0.33) {
                maybeDieInCustody(0.04);
                return;
            }
            if (p < 0.38) {
                endCustody("RELEASED");
                move("RESOLVED:RELEASED", "Insufficient evidence");
                return;
            }
            if (p < 0.50) {
                move("ACTIVE:DETAINED_AWAITING_DEPORTATION", "Handled by TAK instead of prosecution");
                toRudenim("AWAITING_DEPORTATION");
                deport("Pasal 75(2)(f): deportation instead of prosecution", 0.6);
                return;
            }
            move("ACTIVE:PROSECUTION", "File complete (P-21)");
            transfer("RUTAN", null, "Rutan Kelas I " + province.city(), province.name(), "COURT_PROCEEDINGS");
            if (p < 0.68) {
                return;
            }
            move("ACTIVE:TRIAL", "Indictment filed");
            if (p < 0.82) {
                return;
            }
            move("ACTIVE:SERVING_SENTENCE", "Sentenced");
            transfer("LAPAS", null, "Lapas Kelas IIA " + province.city(), province.name(), "SENTENCE");
            if (r.nextDouble() < 0.5) {
                move("ACTIVE:DETAINED_AWAITING_DEPORTATION", "Sentence served; awaiting deportation");
                toRudenim("AWAITING_DEPORTATION");
                deport("Sentence served (Pasal 75(2)(f))", 0.5);
            }
        }

        void administrativeAction() {
            double ground = r.nextDouble();
            String summary = ground < 0.28 ? "Overstay under 60 days" : ground < 0.5 ? "Overstay of 60 days or more"
                    : ground < 0.75 ? "Working on a visit stay permit" : ground < 0.9 ? "Disturbing public order"
                    : "No valid travel document";
            open("IMIGRASI", "IMIGRASI", summary + " (TIMPORA)");
            move("VERIFIED", "Identity and permit checked");
            if (ground < 0.28) {
                move("ACTIVE:ADMINISTRATIVE_PROCESS", "Overstay charge");
                LocalDate decided = LocalDate.ofInstant(later(0.2), WIB);
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("actionType", "CHARGE");
                body.put("decisionNumber", decisionNumber());
                body.put("decidedOn", decided.toString());
                body.put("permitValidUntil", decided.minusDays(1 + r.nextInt(55)).toString());
                body.put("reason", "Overstay (Pasal 78(2))");
                api.must("overstay charge", "/api/v1/cases/" + caseId + "/administrative-actions", body);
                tally.count("overstay charges");
                if (r.nextDouble() < 0.7) {
                    move("RESOLVED:RELEASED", "Charge paid");
                }
                return;
            }
            boolean detained = r.nextDouble() < 0.75;
            move("ACTIVE:ADMINISTRATIVE_PROCESS", "TAK procedure");
            if (detained) {
                JsonNode rud = rudenim();
                startCustody("IMMIGRATION_DETENTION", "RUDENIM", rud.path("code").asText(), rud.path("name").asText(),
                        rud.path("province").asText(), "IMIGRASI", List.of());
            }
            if (ground >= 0.5 && ground < 0.75) {
                action("STAY_PERMIT_CANCELLATION", "Activity outside the permit's purpose", Map.of());
            } else if (r.nextDouble() < 0.08) {
                Integer max = ref.actionMaxMonths().get("RESIDENCE_OBLIGATION");
                action("RESIDENCE_OBLIGATION", "To reside at the sponsor's address pending the decision",
                        max == null ? Map.of() : Map.of("durationMonths", Math.min(3, max)));
            }
            if (detained) {
                move("ACTIVE:DETAINED_AWAITING_DEPORTATION", "Awaiting deportation");
                if (r.nextDouble() < 0.1) {
                    toRudenim("CAPACITY");
                }
            }
            if (r.nextDouble() < 0.9) {
                deport(summary + " (Pasal 75(2)(f))", 0.6);
            }
            maybeDieInCustody(0.03);
        }

        void death() {
            String reporting = pick(new String[]{"HOSPITAL", "HOSPITAL", "POLRI", "POLRI", "PEMERINTAH_DAERAH"});
            open(reporting, r.nextDouble() < 0.3 ? "KEMLU" : "IMIGRASI", "Death of a foreign national reported by " + reporting.toLowerCase(Locale.ROOT));
            if (r.nextDouble() < 0.7) {
                move("VERIFIED", "Identity confirmed");
                if (r.nextBoolean()) {
                    move("ACTIVE:ADMINISTRATIVE_PROCESS", "Repatriation of remains being arranged");
                }
            }
            die(false);
            if (r.nextDouble() < 0.35) {
                move("ARCHIVED", "Remains repatriated");
            }
        }

        void guardianship() {
            open(pick(new String[]{"PEMERINTAH_DAERAH", "POLRI", "IMIGRASI"}), "PEMERINTAH_DAERAH", "Needs a guardian");
            move("VERIFIED", "Identity established");
            move("ACTIVE:ADMINISTRATIVE_PROCESS", "Care arranged");
            boolean minor = birthDate.isAfter(LocalDate.ofInstant(now, WIB).minusYears(17));
            String reason = minor ? (r.nextDouble() < 0.6 ? "UNACCOMPANIED_MINOR" : "MINOR_WITH_PARENTS_DETAINED_OR_DECEASED")
                    : (r.nextDouble() < 0.75 ? "ADULT_LACKING_CAPACITY" : "OTHER");
            api.must("guardianship need", "/api/v1/cases/" + caseId + "/guardianship", Map.of("reason", reason,
                    "identifiedAt", later(0.2).toString(), "province", province.code(),
                    "currentCare", pick(new String[]{"Shelter of Dinas Sosial " + province.city(), "IOM-supported shelter in " + province.city(),
                            "Foster family in " + province.city(), "RSUD " + province.city()})));
            tally.count("guardianship needs");
            if (r.nextDouble() < 0.3) {
                move(r.nextBoolean() ? "RESOLVED:TRANSFERRED_ABROAD" : "RESOLVED:RELEASED", "Guardian appointed");
            }
        }

        void wreck() {
            boolean aircraft = AIRCRAFT_PREFIX.containsKey(nationality.iso3()) && r.nextDouble() < 0.15;
            String sea = SEAS.getOrDefault(province.code(), "Laut Jawa");
            open(aircraft ? "KNKT" : pick(new String[]{"BASARNAS", "BAKAMLA", "TNI"}), aircraft ? "KNKT" : "BASARNAS",
                    aircraft ? "Aircraft accident" : "Ship wrecked or aground");
            move("VERIFIED", "Flag state confirmed");
            move("ACTIVE:ADMINISTRATIVE_PROCESS", "Search and rescue, consular notification");
            int onBoard = aircraft ? 2 + r.nextInt(12) : 5 + r.nextInt(30);
            int dead = r.nextDouble() < 0.6 ? 0 : r.nextInt(Math.max(1, onBoard / 4));
            int missing = r.nextDouble() < 0.7 ? 0 : r.nextInt(Math.max(1, (onBoard - dead) / 4));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("craftType", aircraft ? "AIRCRAFT" : "SHIP");
            body.put("craft", aircraft ? "Charter flight " + (100 + r.nextInt(900)) : "MV " + pick(SHIP_NAMES) + " " + (1 + r.nextInt(30)));
            body.put("registration", aircraft ? AIRCRAFT_PREFIX.get(nationality.iso3()) + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26))
                    + (char) ('A' + r.nextInt(26)) : "IMO " + imo());
            body.put("occurredAt", later(0.1).toString());
            body.put("place", aircraft ? "Near " + province.city() + " airport" : sea + ", " + (2 + r.nextInt(30)) + " nm off " + province.city());
            body.put("province", province.code());
            body.put("personsOnBoard", onBoard);
            body.put("dead", dead);
            body.put("missing", missing);
            api.must("wreck or crash", "/api/v1/cases/" + caseId + "/wreck-or-crash", body);
            tally.count("wrecks or crashes");
            if (r.nextDouble() < 0.35) {
                move("RESOLVED:RELEASED", "Crew repatriated");
            }
        }

        /** A seven-digit IMO number whose last digit checks the first six (weights 7 to 2). */
        private String imo() {
            int[] d = new int[6];
            int sum = 0;
            d[0] = 9;
            for (int k = 1; k < 6; k++) {
                d[k] = r.nextInt(10);
            }
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < 6; k++) {
                sum += d[k] * (7 - k);
                b.append(d[k]);
            }
            return b.append(sum % 10).toString();
        }

        private String pick(String[] values) {
            return values[r.nextInt(values.length)];
        }
    }

    static String language(Nationality n) {
        return switch (n.names()) {
            case CHINESE -> "zh";
            case JAPANESE -> "ja";
            case KOREAN -> "ko";
            case SLAVIC -> "ru";
            case SOUTH_ASIAN -> "hi";
            case MALAY -> "ms";
            case FILIPINO -> "tl";
            case THAI -> "th";
            case VIETNAMESE -> "vi";
            case TIMORESE -> "pt";
            case BURMESE -> "my";
            case ARABIC -> "ar";
            case AFGHAN -> "fa";
            case LATIN -> "es";
            case EUROPEAN -> "de";
            default -> "en";
        };
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    static Optional<String> firstFailure(Tally t) {
        return t.firstFailures.isEmpty() ? Optional.empty() : Optional.of(t.firstFailures.get(0));
    }
}
