package id.go.wna.infra.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PresenceGeneratorTest {

    private static final Instant ANCHOR = Instant.parse("2026-11-01T00:00:00Z");
    private static final Set<String> ISO3 = Set.of(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3).toArray(String[]::new));
    private static final Set<String> PROVINCE_NAMES = new HashSet<>();

    static {
        DemoReference.PROVINCES.forEach(p -> PROVINCE_NAMES.add(p.name()));
    }

    private static List<PresenceRow> rows(long seed, int foreigners) {
        List<PresenceRow> out = new ArrayList<>();
        new PresenceGenerator(seed, foreigners, ANCHOR).forEachRemaining(out::add);
        return out;
    }

    @Test
    void theSameSeedGivesTheSameRowsIdsAndDocumentNumbers() {
        List<PresenceRow> a = rows(9303, 3_000);
        List<PresenceRow> b = rows(9303, 3_000);
        assertEquals(a, b);
        assertNotEquals(a, rows(9304, 3_000));
        // a foreigner does not depend on how many are generated: a larger load repeats the smaller one's rows first
        List<PresenceRow> more = rows(9303, 4_000);
        assertEquals(a, more.subList(0, a.size()));
    }

    @Test
    void everyRowMeetsTheImportContract() {
        List<PresenceRow> all = rows(9303, 20_000);
        ObjectMapper json = new ObjectMapper();
        Set<UUID> movementIds = new HashSet<>();
        Map<String, List<PresenceRow>> byDocument = new HashMap<>();
        Pattern port = Pattern.compile("[A-Z0-9_-]{2,20}");
        Pattern number = Pattern.compile("[A-Z0-9]{1,30}");
        Set<String> bases = Set.of("VISA_FREE", "VISA_ON_ARRIVAL", "E_VISA", "VISA", "STAY_PERMIT", "OTHER");
        Set<String> permits = Set.of("DIPLOMATIC", "SERVICE", "ITK", "ITAS", "ITAP", "EPO");
        for (PresenceRow r : all) {
            assertTrue(movementIds.add(r.movementId()), "movement ids are unique");
            assertNotNull(r.type());
            assertTrue(r.occurredAt().isBefore(ANCHOR), "every movement happens before the anchor");
            assertTrue(ISO3.contains(r.documentIssuingState()) || r.documentIssuingState().equals("D"), r.documentIssuingState());
            assertTrue(number.matcher(r.documentNumber()).matches());
            assertTrue(ISO3.contains(r.nationality()), r.nationality());
            assertTrue(Set.of("M", "F", "X").contains(r.sex()));
            if (r.birthDate() != null) {
                assertTrue(r.birthDate().isBefore(LocalDate.ofInstant(r.occurredAt(), ZoneOffset.UTC)));
            }
            assertTrue(PROVINCE_NAMES.contains(r.province()), r.province());
            switch (r.type()) {
                case ARRIVAL, DEPARTURE -> {
                    assertTrue(port.matcher(r.portCode()).matches());
                    assertNull(r.permitId());
                    if (r.type() == PresenceRow.Type.ARRIVAL) {
                        assertTrue(bases.contains(r.entryBasis()));
                    } else if (r.overstayDays() != null) {
                        assertTrue(r.overstayDays() > 0);
                    }
                }
                case PERMIT_ISSUED -> {
                    assertTrue(permits.contains(r.permitType()));
                    assertNotNull(r.permitId());
                    assertFalse(r.validUntil().isBefore(r.validFrom()));
                }
                case PERMIT_ENDED -> {
                    assertTrue(permits.contains(r.permitType()));
                    assertNotNull(r.permitId());
                    assertTrue(Set.of("EXPIRED", "CANCELLED", "CONVERTED", "SURRENDERED", "DECEASED", "OTHER").contains(r.endReason()));
                }
            }
            JsonNode line = assertDoesNotThrowJson(json, r.toNdjson());
            assertEquals(r.movementId().toString(), line.path("movementId").asText());
            assertEquals(r.type().name(), line.path("type").asText());
            assertEquals(r.occurredAt(), Instant.parse(line.path("occurredAt").asText()));
            byDocument.computeIfAbsent(r.documentIssuingState() + "/" + r.documentNumber(), k -> new ArrayList<>()).add(r);
        }
        assertEquals(20_000, byDocument.size(), "one travel document per foreigner");
        for (List<PresenceRow> person : byDocument.values()) {
            assertEquals(PresenceRow.Type.ARRIVAL, person.get(0).type(), "each foreigner arrives first");
            assertEquals(1, person.stream().filter(r -> r.type() == PresenceRow.Type.ARRIVAL).count());
            assertTrue(person.stream().anyMatch(r -> r.type() == PresenceRow.Type.PERMIT_ISSUED));
            for (int i = 1; i < person.size(); i++) {
                assertFalse(person.get(i).occurredAt().isBefore(person.get(i - 1).occurredAt()), "in time order");
            }
            assertEquals(1, person.stream().map(PresenceRow::nationality).distinct().count());
        }
    }

    private static JsonNode assertDoesNotThrowJson(ObjectMapper json, String line) {
        try {
            return json.readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }

    @Test
    void nationalitiesProvincesAndPermitsFollowPlausibleProportions() {
        int n = 50_000;
        Map<String, Integer> nationality = new HashMap<>();
        Map<String, Integer> province = new HashMap<>();
        Map<String, Integer> permit = new HashMap<>();
        Map<String, Integer> ended = new HashMap<>();
        int departures = 0;
        int diplomatsInJakarta = 0;
        int diplomats = 0;
        for (PresenceRow r : rows(9303, n)) {
            switch (r.type()) {
                case ARRIVAL -> {
                    nationality.merge(r.nationality(), 1, Integer::sum);
                    province.merge(r.province(), 1, Integer::sum);
                }
                case PERMIT_ISSUED -> {
                    permit.merge(r.permitType(), 1, Integer::sum);
                    if (r.permitType().equals("DIPLOMATIC") || r.permitType().equals("SERVICE")) {
                        diplomats++;
                        diplomatsInJakarta += r.province().equals("DKI Jakarta") ? 1 : 0;
                    }
                }
                case DEPARTURE -> departures++;
                case PERMIT_ENDED -> ended.merge(r.endReason(), 1, Integer::sum);
            }
        }
        // nationalities: as weighted, within 10 % of the expected share for the big ones
        for (String iso3 : List.of("CHN", "AUS", "JPN", "KOR", "MYS", "IND", "USA")) {
            double expected = DemoReference.NATIONALITY.share(DemoReference.nationality(iso3));
            double actual = nationality.getOrDefault(iso3, 0) / (double) n;
            assertEquals(expected, actual, expected * 0.1, iso3);
        }
        assertEquals("CHN", top(nationality));
        assertTrue(nationality.size() >= 55, "a long tail of nationalities: " + nationality.size());
        // provinces: Jakarta first, then Bali; every one of the 38 has someone
        assertEquals("DKI Jakarta", top(province));
        double jakarta = province.get("DKI Jakarta") / (double) n;
        assertTrue(jakarta > 0.15 && jakarta < 0.30, "Jakarta " + jakarta);
        double bali = province.get("Bali") / (double) n;
        assertTrue(bali > 0.12 && bali < 0.25, "Bali " + bali);
        double nickel = (province.get("Sulawesi Tengah") + province.get("Maluku Utara")) / (double) n;
        assertTrue(nickel > 0.05 && nickel < 0.15, "nickel provinces " + nickel);
        assertEquals(38, province.size());
        // permits: ITK the most, then ITAS, ITAP; diplomatic and service permits mostly in Jakarta
        assertTrue(permit.get("ITK") > permit.get("ITAS") && permit.get("ITAS") > permit.get("ITAP"), permit.toString());
        double itk = permit.get("ITK") / (double) n;
        assertTrue(itk > 0.30 && itk < 0.55, "ITK " + itk);
        assertTrue(diplomats > n * 0.004 && diplomatsInJakarta > diplomats * 0.8);
        // churn: a few percent leave, some permits end
        assertTrue(departures > n * 0.01 && departures < n * 0.06, "departures " + departures);
        assertTrue(ended.keySet().containsAll(Set.of("CANCELLED", "CONVERTED", "SURRENDERED")), ended.toString());
    }

    private static String top(Map<String, Integer> counts) {
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    @Test
    void aMillionRowsStreamWithFlatMemory() throws Exception {
        AtomicLong rows = new AtomicLong();
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        long maxUsed = 0;
        long lines = 0;
        try (InputStream in = new PresenceGenerator(1, 1_000_000, ANCHOR).ndjson(rows);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII), 8192)) {
            String line;
            while (lines < 1_000_000 && (line = reader.readLine()) != null) {
                assertTrue(line.startsWith("{\"movementId\":\""));
                if (++lines % 200_000 == 0) {
                    System.gc();
                    maxUsed = Math.max(maxUsed, rt.totalMemory() - rt.freeMemory());
                }
            }
        }
        assertEquals(1_000_000, lines);
        assertTrue(rows.get() >= 1_000_000 && rows.get() < 1_000_100, "lines handed out as read: " + rows.get());
        long growth = maxUsed - before;
        assertTrue(growth < 32L * 1024 * 1024, "heap grew by " + growth / 1024 / 1024 + " MB while streaming a million rows");
    }
}
