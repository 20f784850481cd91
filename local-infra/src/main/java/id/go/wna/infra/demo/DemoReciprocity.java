package id.go.wna.infra.demo;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.wna.infra.LocalKeys;
import id.go.wna.infra.demo.DemoApi.Answer;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The joint team's side of the demo, through reciprocity-service's public API only ({@code joint-analyst}; the outbound
 * reports, Kemlu's data, as {@code kemlu-consular}): outbound reports on Indonesians (WNI) in the ten most frequent nationalities' countries for the anchor's month and the two
 * before (one national source, "Portal Peduli WNI"; numbers plausible for each country and drawn from the seed), visa
 * regimes for those countries the service has not seeded (it never overwrites one), then a recompute of the anchor's
 * quarter and one example assessment: the country with the most data. Months and quarter come from the anchor, kept
 * with the data, so a run on another day posts the same reports; one already stored (same country, month and source) is
 * left alone.
 */
final class DemoReciprocity {

    static final String SOURCE = "Portal Peduli WNI";
    static final int COUNTRIES = 10;

    /** Indonesians in a country and what happens to them there in a month: a plausible order of magnitude. */
    private record Profile(long present, int detained, double notified, double within72h, double accessAsked, double granted,
                           int deported) {
    }

    private static final Map<String, Profile> PROFILES = Map.of(
            "MYS", new Profile(1_650_000, 420, 0.55, 0.60, 0.25, 0.85, 1_900),
            "SGP", new Profile(160_000, 35, 0.95, 0.95, 0.40, 0.97, 60),
            "AUS", new Profile(95_000, 9, 0.90, 0.85, 0.60, 1.00, 12),
            "JPN", new Profile(150_000, 30, 0.85, 0.80, 0.30, 0.95, 45),
            "KOR", new Profile(52_000, 18, 0.70, 0.75, 0.30, 0.90, 70),
            "CHN", new Profile(22_000, 8, 0.50, 0.50, 0.35, 0.60, 10),
            "IND", new Profile(3_500, 2, 0.60, 0.60, 0.50, 0.75, 2),
            "USA", new Profile(110_000, 12, 0.75, 0.70, 0.50, 0.95, 25),
            "GBR", new Profile(11_000, 2, 0.90, 0.90, 0.50, 1.00, 3),
            "PHL", new Profile(9_000, 6, 0.70, 0.60, 0.40, 0.80, 5));
    private static final Profile ELSEWHERE = new Profile(5_000, 3, 0.7, 0.7, 0.4, 0.8, 4);

    /** Visa regimes for countries the service may not have seeded: Indonesia's side, the country's side, stays. */
    private static final Map<String, Object[]> VISAS = Map.of(
            "CHN", new Object[]{"VISA_ON_ARRIVAL_OR_EVISA", "VISA_REQUIRED", 30, null},
            "KOR", new Object[]{"VISA_ON_ARRIVAL_OR_EVISA", "VISA_REQUIRED", 30, null},
            "IND", new Object[]{"VISA_ON_ARRIVAL_OR_EVISA", "VISA_ON_ARRIVAL_OR_EVISA", 30, 30},
            "GBR", new Object[]{"VISA_ON_ARRIVAL_OR_EVISA", "VISA_REQUIRED", 30, null},
            "MYS", new Object[]{"VISA_FREE", "VISA_FREE", 30, 30},
            "SGP", new Object[]{"VISA_FREE", "VISA_FREE", 30, 30},
            "PHL", new Object[]{"VISA_FREE", "VISA_FREE", 30, 30});
    private static final Object[] OTHER_VISA = {"VISA_ON_ARRIVAL_OR_EVISA", "VISA_REQUIRED", 30, null};

    private final DemoApi api;
    /** Outbound reports are Kemlu's to write (its posts' facts); the rest is the joint team's. */
    private final DemoApi kemlu;
    private final long seed;
    private final Instant anchor;
    private final Consumer<String> progress;
    private final Map<String, Integer> recorded = new TreeMap<>();
    private final Map<String, Integer> existing = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private final List<String> details = new ArrayList<>();
    private int failed;

    DemoReciprocity(String url, LocalKeys keys, long seed, Instant anchor, Consumer<String> progress) {
        String token = keys.mint(LocalKeys.TokenRequest.forRole("joint-analyst").subject(DemoData.SUBJECT).ttl(Duration.ofHours(8)));
        this.api = new DemoApi(url, () -> token);
        String kemluToken = keys.mint(LocalKeys.TokenRequest.forRole("kemlu-consular").subject(DemoData.SUBJECT).ttl(Duration.ofHours(8)));
        this.kemlu = new DemoApi(url, () -> kemluToken);
        this.seed = seed;
        this.anchor = anchor;
        this.progress = progress;
    }

    static List<String> countries() {
        return DemoReference.NATIONALITIES.stream().limit(COUNTRIES).map(DemoReference.Nationality::iso3).toList();
    }

    static String quarter(Instant anchor) {
        YearMonth m = YearMonth.from(anchor.atZone(ZoneOffset.UTC));
        return m.getYear() + "-Q" + ((m.getMonthValue() - 1) / 3 + 1);
    }

    /** The country with the most data is the one with the most indicators with a value, then the largest n. */
    DemoData.Side run(String consumerToWaitFor) {
        long t0 = System.nanoTime();
        YearMonth last = YearMonth.from(anchor.atZone(ZoneOffset.UTC));
        List<YearMonth> months = List.of(last.minusMonths(2), last.minusMonths(1), last);
        for (String iso3 : countries()) {
            try {
                reports(iso3, months);
                visa(iso3);
            } catch (RuntimeException e) {
                fail(iso3 + ": " + e.getMessage());
            }
        }
        String period = quarter(anchor);
        try {
            waitForConsularFacts(consumerToWaitFor);
            JsonNode done = api.must("recompute", "/api/v1/assessments/recompute?period=" + period, Map.of()).body();
            details.add(String.format("recomputed %s: %d countries, %d changed, %d thresholds crossed", period,
                    done.path("countries").size(), done.path("changed").size(), done.path("thresholdsCrossed").asInt()));
            example(period);
        } catch (RuntimeException e) {
            fail("assessment " + period + ": " + e.getMessage());
        }
        return new DemoData.Side(null, recorded, existing, failed, List.copyOf(failures), List.copyOf(details),
                (System.nanoTime() - t0) / 1e9);
    }

    private void fail(String what) {
        failed++;
        if (failures.size() < 5) {
            failures.add(what);
        }
    }

    private void reports(String iso3, List<YearMonth> months) {
        Set<String> stored = new HashSet<>();
        JsonNode list = api.mustGet("outbound reports", "/api/v1/outbound-reports?country=" + iso3 + "&from=" + months.get(0)
                + "&to=" + months.get(months.size() - 1) + "&size=1000").body();
        JsonNode items = list.isArray() ? list : list.path("items");
        items.forEach(r -> {
            if (SOURCE.equalsIgnoreCase(r.path("source").asText())) {
                stored.add(r.path("month").asText());
            }
        });
        Profile p = PROFILES.getOrDefault(iso3, ELSEWHERE);
        for (YearMonth m : months) {
            if (stored.contains(m.toString())) {
                existing.merge("outbound reports", 1, Integer::sum);
                continue;
            }
            Random r = new Random(PresenceGenerator.mix(PresenceGenerator.mix(seed * 977 + iso3.hashCode()) + m.hashCode()));
            long detained = Math.max(0, Math.round(p.detained() * (0.75 + 0.5 * r.nextDouble())));
            long notified = binomial(r, detained, p.notified());
            long within = binomial(r, notified, p.within72h());
            long asked = binomial(r, detained, p.accessAsked());
            long granted = binomial(r, asked, p.granted());
            long deported = Math.round(p.deported() * (0.75 + 0.5 * r.nextDouble()));
            long cases = Math.round(detained * (1.2 + 0.4 * r.nextDouble())) + r.nextInt(3);
            long present = Math.round(p.present() * (0.99 + 0.02 * r.nextDouble()));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("country", iso3);
            body.put("month", m.toString());
            body.put("source", SOURCE);
            body.put("wniPresent", present);
            body.put("wniCases", cases);
            body.put("wniDetained", detained);
            body.put("wniNotified", notified);
            body.put("wniNotifiedWithin72h", within);
            body.put("wniAccessRequested", asked);
            body.put("wniAccessGranted", granted);
            body.put("wniDeported", deported);
            Answer a = kemlu.post("/api/v1/outbound-reports", body);
            if (a.status() == 409) {
                existing.merge("outbound reports", 1, Integer::sum);
            } else if (!a.ok()) {
                fail("outbound report " + iso3 + " " + m + ": " + a.problem());
            } else {
                recorded.merge("outbound reports", 1, Integer::sum);
            }
        }
    }

    private static long binomial(Random r, long n, double p) {
        long k = 0;
        for (long j = 0; j < n; j++) {
            if (r.nextDouble() < p) {
                k++;
            }
        }
        return k;
    }

    private void visa(String iso3) {
        JsonNode v = api.mustGet("visa regime", "/api/v1/countries/" + iso3 + "/visa-regime").body();
        if (v.path("configured").asBoolean()) {
            existing.merge("visa regimes (seeded or set before: left alone)", 1, Integer::sum);
            return;
        }
        Object[] x = VISAS.getOrDefault(iso3, OTHER_VISA);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("indonesiaToCountry", x[0]);
        body.put("countryToIndonesia", x[1]);
        if (x[2] != null) {
            body.put("stayDaysIndonesiaGrants", x[2]);
        }
        if (x[3] != null) {
            body.put("stayDaysCountryGrants", x[3]);
        }
        body.put("notes", "Demo data loaded by ./wna demo: plausible, not verified");
        Answer a = api.put("/api/v1/countries/" + iso3 + "/visa-regime", body);
        if (!a.ok()) {
            fail("visa regime " + iso3 + ": " + a.problem());
        } else {
            recorded.merge("visa regimes", 1, Integer::sum);
        }
    }

    /**
     * The consular events the demo just caused reach reciprocity-service by its consumer: wait (at most a minute) until
     * the consumer's count stops moving, so the recompute sees them. Presence events of a large import may take minutes
     * more; the service's own refresh takes them in later.
     */
    private void waitForConsularFacts(String consumer) {
        if (consumer == null) {
            return;
        }
        Pattern line = Pattern.compile("wna_events_consumed_total\\{[^}]*consumer=\"" + Pattern.quote(consumer) + "\"[^}]*} ([0-9.E+]+)");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        double previous = -1;
        while (System.nanoTime() < deadline) {
            double total = 0;
            Matcher m = line.matcher(api.get("/q/metrics").raw());
            while (m.find()) {
                total += Double.parseDouble(m.group(1));
            }
            if (total == previous) {
                return;
            }
            previous = total;
            DemoConsular.sleep(3000);
        }
    }

    private void example(String period) {
        JsonNode ranking = api.mustGet("ranking", "/api/v1/assessments?period=" + period).body();
        JsonNode best = null;
        for (JsonNode c : ranking) {
            if (c.path("composite").isNull() || c.path("composite").isMissingNode()) {
                continue;
            }
            // the most data: the most indicators with a value, then the most cases behind them
            if (best == null || c.path("completeness").asDouble() > best.path("completeness").asDouble()
                    || c.path("completeness").asDouble() == best.path("completeness").asDouble()
                    && c.path("sampleSize").asLong() > best.path("sampleSize").asLong()) {
                best = c;
            }
        }
        if (best == null) {
            details.add("no country has a composite for " + period + " yet (" + ranking.size() + " countries assessed)");
            return;
        }
        String iso3 = best.path("iso3").asText();
        JsonNode a = api.mustGet("assessment", "/api/v1/countries/" + iso3 + "/assessment?period=" + period).body();
        details.add(String.format(Locale.ROOT, "example assessment (the country with the most data, of %d assessed): %s %s: composite %s [%s, %s], "
                        + "confidence %s (n %d, completeness %.2f), trend %s vs %s",
                ranking.size(), iso3, period, num(a.path("composite")), num(a.path("low")), num(a.path("high")),
                a.path("confidence").asText(), a.path("sampleSize").asLong(), a.path("completeness").asDouble(),
                num(a.path("trend")), a.path("previousPeriod").asText()));
        for (JsonNode i : a.path("indicators")) {
            details.add(String.format(Locale.ROOT, "    %-24s value %s, n %s, weight %s, contribution %s%s", i.path("indicator").asText(),
                    num(i.path("value")), i.path("n").isNull() || i.path("n").isMissingNode() ? "–" : i.path("n").asText(),
                    num(i.path("weight")), num(i.path("contribution")),
                    i.path("note").isNull() || i.path("note").isMissingNode() ? "" : " (" + i.path("note").asText() + ")"));
        }
        progress.accept("reciprocity: " + iso3 + " " + period + " composite " + num(a.path("composite")));
    }

    private static String num(JsonNode n) {
        return n.isNull() || n.isMissingNode() ? "–" : String.format(Locale.ROOT, "%.4f", n.asDouble());
    }
}
