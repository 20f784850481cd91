package id.go.wna.infra.demo;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Kemlu's Covid-19 welfare monitoring for the demo, through notification-service's public welfare API: persons
 * reported as close contacts, some confirmed, of those some recovered and some died, and some gone home, so that the
 * number of reports that reached each status is the seed's (634 close contacts, 477 confirmed, 329 returned to their
 * home country, 321 recovered, 12 died, to September 2020) at full scale (300 cases per kind), scaled otherwise.
 *
 * <p>Every report starts as a close contact (the seed does not say how many confirmed cases were first traced as
 * contacts; counting every report once as a close contact is what keeps all five figures exact): the paths are
 * close contact → confirmed → died; close contact → confirmed → recovered (→ returned home for most); close contact →
 * confirmed; close contact (→ returned home for some). Which path each report takes, its nationality, province and
 * dates come from the seed alone, all inside the 90 days before the anchor (the dashboard's default period).
 */
final class DemoWelfare {

    static final String CRISIS = "COVID-19";

    /** The seed's monitoring figures at full scale. */
    static final int CLOSE_CONTACTS = 634, CONFIRMED = 477, RETURNED = 329, RECOVERED = 321, DIED = 12;

    /** The share of the returned home taken from the recovered (the rest are close contacts never confirmed): a demo choice. */
    static final double RETURNED_AFTER_RECOVERY = 0.78;

    record Step(String status, Instant at) {
    }

    /** One monitored person: nationality, province (BPS code), and the statuses observed in order. */
    record Monitored(int i, String nationality, String province, List<Step> steps) {
    }

    private DemoWelfare() {
    }

    /**
     * The reports to load, scaled ({@code scale} 1 gives the seed's figures), with dates in the 90 days ending the day
     * before {@code anchor}.
     */
    static List<Monitored> plan(long seed, double scale, Instant anchor) {
        int cc = (int) Math.round(CLOSE_CONTACTS * scale);
        int conf = Math.min(cc, (int) Math.round(CONFIRMED * scale));
        int died = Math.min(conf, (int) Math.round(DIED * scale));
        int rec = Math.min(conf - died, (int) Math.round(RECOVERED * scale));
        int ret = Math.min(cc - died, (int) Math.round(RETURNED * scale));
        // Who goes home: most of the recovered, then close contacts never confirmed, then the still confirmed.
        int retRecovered = Math.min(rec, (int) Math.round(ret * RETURNED_AFTER_RECOVERY));
        int retContacts = Math.min(cc - conf, ret - retRecovered);
        int retConfirmed = Math.min(conf - died - rec, ret - retRecovered - retContacts);
        retRecovered += Math.min(rec - retRecovered, ret - retRecovered - retContacts - retConfirmed);

        LocalDate first = anchor.atZone(ZoneOffset.UTC).toLocalDate().minusDays(90);
        List<Monitored> out = new ArrayList<>(cc);
        for (int i = 0; i < cc; i++) {
            Random r = new Random(PresenceGenerator.mix(seed * 6151 + i));
            DemoReference.Nationality nat = DemoReference.NATIONALITY.pick(r);
            String province = DemoReference.provincesFor(nat.iso3()).pick(r).code();
            List<String> path = new ArrayList<>(List.of("CLOSE_CONTACT"));
            if (i < conf) {
                path.add("CONFIRMED");
            }
            if (i < died) {
                path.add("DIED");
            } else if (i < died + rec) {
                path.add("RECOVERED");
                if (i < died + retRecovered) {
                    path.add("RETURNED_TO_HOME_COUNTRY");
                }
            } else if (i < conf) {
                if (i < died + rec + retConfirmed) {
                    path.add("RETURNED_TO_HOME_COUNTRY");
                }
            } else if (i < conf + retContacts) {
                path.add("RETURNED_TO_HOME_COUNTRY");
            }
            // First observed in the first 45 days, each change 1 to 10 days later: at most 75 days in, before the anchor.
            Instant at = first.plusDays(1 + r.nextInt(45)).atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(r.nextInt(86_400));
            List<Step> steps = new ArrayList<>();
            for (String status : path) {
                steps.add(new Step(status, at));
                at = at.plus(1 + r.nextInt(10), ChronoUnit.DAYS).plusSeconds(r.nextInt(3_600));
            }
            out.add(new Monitored(i, nat.iso3(), province, List.copyOf(steps)));
        }
        return out;
    }

    /** How many reports of the plan reached each status. */
    static Map<String, Integer> reached(List<Monitored> plan) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Monitored m : plan) {
            m.steps().stream().map(Step::status).distinct().forEach(s -> out.merge(s, 1, Integer::sum));
        }
        return out;
    }

    /**
     * Loads the plan. A report already there is found by its nationality, province, and a status with its time from
     * the plan (the list answers the current one); it is taken on from that step, so a second run adds nothing and an
     * interrupted one is completed.
     */
    static void load(DemoApi kemlu, List<Monitored> plan, Consumer<String> recorded, Consumer<String> existing,
                     Consumer<String> fail) {
        Map<String, String> there = new HashMap<>();
        for (int page = 0; ; page++) {
            JsonNode list = kemlu.mustGet("welfare reports", "/api/v1/welfare-reports?crisis=" + CRISIS + "&size=500&page=" + page).body();
            list.forEach(w -> there.put(key(w.path("nationality").asText(), w.path("provinceCode").asText(), w.path("status").asText(),
                    Instant.parse(w.path("observedAt").asText())), w.path("id").asText()));
            if (list.size() < 500) {
                break;
            }
        }
        for (Monitored m : plan) {
            String id = null;
            int next = 0;
            for (int k = m.steps().size() - 1; k >= 0 && id == null; k--) {
                Step s = m.steps().get(k);
                id = there.get(key(m.nationality(), m.province(), s.status(), s.at()));
                next = k + 1;
            }
            try {
                if (id == null) {
                    Step s = m.steps().get(0);
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("crisis", CRISIS);
                    body.put("nationality", m.nationality());
                    body.put("province", m.province());
                    body.put("status", s.status());
                    body.put("observedAt", s.at().toString());
                    id = kemlu.must("welfare report", "/api/v1/welfare-reports", body).text("id");
                    recorded.accept("welfare reports (Covid-19 monitoring)");
                    next = 1;
                } else {
                    existing.accept("welfare reports (Covid-19 monitoring)");
                }
                for (Step s : m.steps().subList(next, m.steps().size())) {
                    kemlu.must("welfare status " + s.status(), "/api/v1/welfare-reports/" + id + "/status",
                            Map.of("status", s.status(), "observedAt", s.at().toString()));
                    recorded.accept("welfare status changes");
                }
            } catch (DemoApi.ApiException e) {
                fail.accept(e.getMessage());
            }
        }
    }

    private static String key(String nationality, String province, String status, Instant at) {
        return nationality + "|" + province + "|" + status + "|" + at.truncatedTo(ChronoUnit.SECONDS);
    }
}
