package id.go.wna.infra.demo;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo loads the seed's figures (Kemlu, to September 2020): the Covid-19 welfare monitoring (634 close contacts, 477
 * confirmed, 329 returned home, 321 recovered, 12 died) and 4,780 EPO and diplomatic/service stay-permit documents, at
 * full scale (300 cases per kind), and the same proportions scaled.
 */
class DemoSeedFiguresTest {

    private static final Instant ANCHOR = Instant.parse("2026-11-01T00:00:00Z");
    private static final long SEED = DemoData.DEFAULT_SEED;

    /** The changes notification-service's welfare model allows (a report's first status is any). */
    private static final Map<String, Set<String>> NEXT = Map.of(
            "CLOSE_CONTACT", Set.of("CONFIRMED", "RETURNED_TO_HOME_COUNTRY", "DIED"),
            "CONFIRMED", Set.of("RECOVERED", "RETURNED_TO_HOME_COUNTRY", "DIED"),
            "RECOVERED", Set.of("CLOSE_CONTACT", "CONFIRMED", "RETURNED_TO_HOME_COUNTRY", "DIED"),
            "RETURNED_TO_HOME_COUNTRY", Set.of(), "DIED", Set.of());

    static Stream<Arguments> scales() {
        return Stream.of(
                Arguments.of("full scale: the seed's figures exactly", 300, 634, 477, 321, 329, 12),
                Arguments.of("a tenth (30 cases per kind)", 30, 63, 48, 32, 33, 1),
                Arguments.of("a third", 100, 211, 159, 107, 110, 4));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scales")
    void welfareMonitoringReachesTheSeedsFiguresScaledByTheCasesPerKind(String situation, int casesPerKind, int closeContacts,
                                                                        int confirmed, int recovered, int returned, int died) {
        List<DemoWelfare.Monitored> plan = DemoWelfare.plan(SEED, casesPerKind / 300.0, ANCHOR);
        assertEquals(Map.of("CLOSE_CONTACT", closeContacts, "CONFIRMED", confirmed, "RECOVERED", recovered,
                "RETURNED_TO_HOME_COUNTRY", returned, "DIED", died), DemoWelfare.reached(plan), situation);
    }

    @Test
    void everyWelfarePathIsOneTheApiAcceptsInOrderAndInsideTheDashboardsDefaultPeriod() {
        List<DemoWelfare.Monitored> plan = DemoWelfare.plan(SEED, 1.0, ANCHOR);
        Instant first = LocalDate.ofInstant(ANCHOR, ZoneOffset.UTC).minusDays(89).atStartOfDay(ZoneOffset.UTC).toInstant();
        for (DemoWelfare.Monitored m : plan) {
            List<DemoWelfare.Step> steps = m.steps();
            for (int k = 1; k < steps.size(); k++) {
                assertTrue(NEXT.get(steps.get(k - 1).status()).contains(steps.get(k).status()), m.toString());
                assertTrue(steps.get(k).at().isAfter(steps.get(k - 1).at()), "observed in order: " + m);
            }
            assertTrue(!steps.get(0).at().isBefore(first) && steps.get(steps.size() - 1).at().isBefore(ANCHOR), m.toString());
            assertTrue(DemoReference.PROVINCES.stream().anyMatch(p -> p.code().equals(m.province())), m.province());
        }
        assertEquals(plan, DemoWelfare.plan(SEED, 1.0, ANCHOR), "the same seed gives the same reports");
        assertTrue(plan.stream().map(DemoWelfare.Monitored::nationality).distinct().count() > 20, "many nationalities");
    }

    static Stream<Arguments> documentScales() {
        return Stream.of(
                Arguments.of("full scale: the seed's 4,780 documents", 300, 4_780, 301, 209, 13_514),
                Arguments.of("a tenth", 30, 478, 30, 21, 1_351),
                Arguments.of("a third", 100, 1_593, 100, 70, 4_505));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentScales")
    void theServicesLogHasTheSeedsEpoAndDiplomaticAndServiceStayPermitDocuments(String situation, int casesPerKind, int documents,
                                                                               int hotline, int clearances, int evacuated) {
        List<Map<String, Object>> plan = DemoConsular.servicesPlan(SEED, casesPerKind / 300.0, LocalDate.of(2026, 8, 3));
        Map<String, Integer> sums = new java.util.TreeMap<>();
        for (Map<String, Object> e : plan) {
            sums.merge((String) e.get("serviceType"), (Integer) e.get("count"), Integer::sum);
        }
        assertEquals(documents, sums.get("EXIT_PERMIT_ONLY") + sums.get("DIPLOMATIC_STAY_PERMIT") + sums.get("SERVICE_STAY_PERMIT"), situation);
        // The split among the three is the demo's (the seed gives the sum): EPO half, diplomatic 30 %, service 20 %.
        assertEquals(Math.round(documents * 0.5), (long) sums.get("EXIT_PERMIT_ONLY"), situation);
        assertEquals(Math.round(documents * 0.3), (long) sums.get("DIPLOMATIC_STAY_PERMIT"), situation);
        assertEquals(hotline, sums.get("HOTLINE_CASE"), situation);
        assertEquals(clearances, sums.get("FLIGHT_CLEARANCE"), situation);
        assertEquals(evacuated, sums.get("EVACUATION_ASSISTANCE"), situation);
        // Every planned entry is distinct, so none is taken for one already logged and skipped.
        assertEquals(plan.size(), plan.stream().map(e -> e.get("serviceType") + "|" + e.get("occurredOn") + "|" + e.get("nationality")
                + "|" + e.get("count") + "|" + e.getOrDefault("flightNumber", e.get("summary"))).distinct().count(), situation);
    }
}
