package id.go.wna.reciprocity.domain;

import id.go.wna.reciprocity.domain.score.Assessment;
import id.go.wna.reciprocity.domain.score.Fact;
import id.go.wna.reciprocity.domain.score.IndicatorCode;
import id.go.wna.reciprocity.domain.score.IndicatorResult;
import id.go.wna.reciprocity.domain.score.Method;
import id.go.wna.reciprocity.domain.score.Scores;
import id.go.wna.reciprocity.domain.score.Wilson;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The method against hand-computed examples (docs/reciprocity-service.md, "Indicators and scores"). Plain JUnit: no Quarkus. */
class IndicatorsTest {

    private static final double EPS = 1e-6;
    private static final Period Q3 = Period.parse("2025-Q3");

    static CountryFacts.Inbound inbound(Long population, Long offences, Long deportations, Long owed, Long notified72,
                                        Long accessRequested, Long accessConducted) {
        return new CountryFacts.Inbound(population, null, offences, Map.of(), null, Map.of(), deportations, null, null,
                null, null, null, owed, null, notified72, null, accessRequested, accessConducted, null, null, null);
    }

    static CountryFacts.Outbound outbound(Long present, Long detained, Long notified72, Long accessRequested,
                                          Long accessGranted, Long deported) {
        return new CountryFacts.Outbound(present, null, detained, null, notified72, accessRequested, accessGranted, deported);
    }

    /** The worked example: every indicator computable. */
    static CountryFacts example() {
        return new CountryFacts("MYS", Q3, inbound(10_000L, 19L, 7L, 20L, 18L, 10L, 8L),
                outbound(5_000L, 12L, 6L, 10L, 9L, 5L),
                new CountryFacts.VisaRegimes(VisaRegime.VISA_ON_ARRIVAL_OR_EVISA, VisaRegime.VISA_REQUIRED, 30, 30));
    }

    // ------------------------------------------------------------------ Wilson

    @Test
    void wilsonAtZeroAllOneAndSmallN() {
        assertInterval(Wilson.of(0, 10), 0.0, 0.277533);      // k = 0: the lower bound is 0, the upper is not
        assertInterval(Wilson.of(10, 10), 0.722467, 1.0);     // k = n
        assertInterval(Wilson.of(1, 1), 0.206549, 1.0);       // n = 1
        assertInterval(Wilson.of(0, 1), 0.0, 0.793451);
        assertInterval(Wilson.of(2, 5), 0.117621, 0.769276);  // small n: wide
        assertInterval(Wilson.of(50, 100), 0.403832, 0.596168);
        assertInterval(Wilson.of(0, 0), 0.0, 1.0);            // n = 0: nothing known
    }

    private static void assertInterval(Wilson.Interval i, double low, double high) {
        assertEquals(low, i.low(), EPS, "low");
        assertEquals(high, i.high(), EPS, "high");
    }

    // ------------------------------------------------------------------ the indicators

    @Test
    void notificationAsymmetryIsTheDifferenceOfTheTwoSharesWithTheWilsonIntervalsCombined() {
        CountryFacts f = example();
        IndicatorResult r = Scores.notificationAsymmetry(f.inbound(), f.outbound());
        assertEquals(0.4, r.value(), EPS);                        // 18/20 − 6/12 = 0.9 − 0.5
        assertEquals(12L, r.n());                                 // min(20, 12)
        assertEquals(0.698966 - 0.746218, r.low(), EPS);          // low(18/20) − high(6/12)
        assertEquals(0.972134 - 0.253782, r.high(), EPS);         // high(18/20) − low(6/12)
        assertEquals(1.0, r.completeness());
        assertEquals(List.of("notifiedWithin72h", "arrestsOwedNotice", "wniNotifiedWithin72h", "wniDetained"),
                r.facts().stream().map(Fact::name).toList());
        assertEquals(List.of(Fact.INBOUND, Fact.INBOUND, Fact.OUTBOUND, Fact.OUTBOUND),
                r.facts().stream().map(Fact::source).toList());
        assertEquals("facts.outbound.wniDetained", r.facts().get(3).path());
    }

    @Test
    void accessAsymmetryIsNegativeWhenTheCountryGrantsMoreAccessThanIndonesia() {
        CountryFacts f = example();
        IndicatorResult r = Scores.accessAsymmetry(f.inbound(), f.outbound());
        assertEquals(-0.1, r.value(), EPS);                       // 8/10 − 9/10
        assertEquals(10L, r.n());
        assertEquals(-0.491961, r.low(), EPS);                    // 0.490162 − 0.982124
        assertEquals(0.347468, r.high(), EPS);                    // 0.943318 − 0.595850
    }

    @Test
    void visaOpennessAsymmetryComparesTheRegimesEachWay() {
        IndicatorResult r = Scores.visaOpenness(example().visa());
        assertEquals(0.3, r.value(), EPS);                        // VoA 0.6 given, visa 0.3 received
        assertNull(r.n(), "a rule, not a sample");
        assertEquals(0.3, r.low(), EPS);
        assertEquals(0.3, r.high(), EPS);
        assertEquals(-1.0, Scores.visaOpenness(new CountryFacts.VisaRegimes(VisaRegime.RESTRICTED, VisaRegime.VISA_FREE,
                null, null)).value(), EPS);
        IndicatorResult half = Scores.visaOpenness(new CountryFacts.VisaRegimes(VisaRegime.VISA_FREE, null, null, null));
        assertNull(half.value());
        assertEquals(0.5, half.completeness());
    }

    @Test
    void enforcementRatioIsTheLogRatioOfDeportationRatesOverLn4() {
        CountryFacts f = example();
        IndicatorResult r = Scores.enforcementRatio(f.inbound(), f.outbound());
        // r_in = 7.5/10000 = 0.00075, r_out = 5.5/5000 = 0.0011: −ln(0.681818)/ln 4 = 0.382992/1.386294
        assertEquals(0.276271, r.value(), EPS);
        assertEquals(12L, r.n());                                 // 7 + 5 deportations
        // ln ratio ± 1.96·√(1/7.5 + 1/5.5), mapped (the mapping reverses the bounds)
        assertEquals(-0.517422, r.low(), EPS);
        assertEquals(1.0, r.high(), EPS);
        // four-fold or more: ±1; equal rates: 0
        assertEquals(-1.0, Scores.enforcementRatio(inbound(1000L, null, 99L, null, null, null, null),
                outbound(1000L, null, null, null, null, 4L)).value(), EPS);
        assertEquals(0.0, Scores.enforcementRatio(inbound(1000L, null, 10L, null, null, null, null),
                outbound(1000L, null, null, null, null, 10L)).value(), EPS);
        assertNull(Scores.enforcementRatio(inbound(0L, null, 1L, null, null, null, null),
                outbound(1000L, null, null, null, null, 1L)).value(), "nobody present: no rate");
    }

    @Test
    void offenceRateIsAgainstTheMedianOfEveryCountry() {
        CountryFacts.Inbound a = inbound(10_000L, 9L, null, null, null, null, null);   // 0.95 per 1,000
        CountryFacts.Inbound b = inbound(10_000L, 19L, null, null, null, null, null);  // 1.95
        CountryFacts.Inbound c = inbound(10_000L, 39L, null, null, null, null, null);  // 3.95
        Double median = Scores.medianOffenceRate(List.of(c, a, b));
        assertEquals(1.95, median, EPS);
        assertEquals(0.0, Scores.offenceRateIndicator(b, median).value(), EPS);
        IndicatorResult high = Scores.offenceRateIndicator(c, median);
        assertEquals(0.509189, high.value(), EPS);                // ln(3.95/1.95)/ln 4: offends more than the median
        assertEquals(39L, high.n());
        assertEquals(0.284235, high.low(), EPS);
        assertEquals(0.734143, high.high(), EPS);
        assertTrue(Scores.offenceRateIndicator(a, median).value() < 0);
        assertNull(Scores.medianOffenceRate(List.of(a, b)), "fewer than 3 countries: no median");
    }

    @Test
    void anEvenNumberOfCountriesTakesTheMeanOfTheMiddleTwo() {
        CountryFacts.Inbound a = inbound(1000L, 0L, null, null, null, null, null);   // 0.5
        CountryFacts.Inbound b = inbound(1000L, 1L, null, null, null, null, null);   // 1.5
        CountryFacts.Inbound c = inbound(1000L, 2L, null, null, null, null, null);   // 2.5
        CountryFacts.Inbound d = inbound(1000L, 9L, null, null, null, null, null);   // 9.5
        assertEquals(2.0, Scores.medianOffenceRate(List.of(a, b, c, d)), EPS);
    }

    @Test
    void anIndicatorWithoutDataHasNoValueAndSaysWhy() {
        IndicatorResult r = Scores.notificationAsymmetry(inbound(null, null, null, 0L, 0L, null, null),
                outbound(null, 5L, 5L, null, null, null));
        assertNull(r.value());
        assertEquals(1.0, r.completeness(), "all four known, but Indonesia owed no notice");
        assertTrue(r.note().contains("denominator is 0"));
        IndicatorResult unknown = Scores.accessAsymmetry(inbound(null, null, null, null, null, 4L, null),
                outbound(null, null, null, 3L, 3L, null));
        assertNull(unknown.value());
        assertEquals(0.75, unknown.completeness());
    }

    // ------------------------------------------------------------------ shrinkage and composite

    @Test
    void shrinkageIsNOverNPlusK() {
        assertEquals(0.0, Scores.shrinkage(0, 10), EPS);
        assertEquals(0.5, Scores.shrinkage(10, 10), EPS);
        assertEquals(0.9, Scores.shrinkage(90, 10), EPS);
        assertEquals(1.0, Scores.shrinkage(5, 0), EPS);
    }

    @Test
    void theCompositeIsTheWeightedMeanOfTheShrunkIndicatorsAndTheContributionsAddUpToIt() {
        Assessment a = Scores.assess(example(), 1.95, 3, Method.defaults());
        // notification 0.4 × 12/22 = 0.218182; access −0.1 × 10/20 = −0.05; visa 0.3 × 1; enforcement 0.276271 × 12/22
        // = 0.150693; offence rate weight 0. (0.218182 − 0.05 + 0.3 + 0.150693) / 4 = 0.154719
        assertEquals(0.154719, a.composite(), EPS);
        assertEquals(0.218182 / 4, a.indicator(IndicatorCode.NOTIFICATION_ASYMMETRY).contribution(), EPS);
        assertEquals(-0.05 / 4, a.indicator(IndicatorCode.ACCESS_ASYMMETRY).contribution(), EPS);
        assertEquals(0.3 / 4, a.indicator(IndicatorCode.VISA_OPENNESS_ASYMMETRY).contribution(), EPS);
        assertEquals(0.0, a.indicator(IndicatorCode.OFFENCE_RATE).contribution(), EPS);
        assertEquals(0.0, a.indicator(IndicatorCode.OFFENCE_RATE).value(), EPS, "reported even with weight 0");
        double sum = a.indicators().stream().mapToDouble(IndicatorResult::contribution).sum();
        assertEquals(a.composite(), sum, 2e-6);
        assertEquals(12.0 / 22, a.indicator(IndicatorCode.NOTIFICATION_ASYMMETRY).shrinkage(), EPS);
        assertEquals(1.0, a.indicator(IndicatorCode.VISA_OPENNESS_ASYMMETRY).shrinkage(), EPS);
        assertTrue(a.low() <= a.composite() && a.composite() <= a.high());
        assertEquals(1.0, a.completeness());
        assertEquals(34, a.sampleSize());                         // 12 + 10 + 12
        assertEquals("MEDIUM", a.confidence());                   // n ≥ 30, complete
        assertEquals(0.5, a.notificationOutShare(), EPS);
        assertEquals("2025-Q2", a.previousPeriod());
        assertEquals(6L, a.facts().get("outbound").get("wniNotifiedWithin72h"));
    }

    @Test
    void missingIndicatorsLeaveTheWeightedMeanOverThoseThatHaveAValue() {
        CountryFacts f = example();
        CountryFacts noAccess = new CountryFacts("MYS", Q3, f.inbound(), new CountryFacts.Outbound(5_000L, null, 12L, null,
                6L, null, null, 5L), f.visa());
        Assessment a = Scores.assess(noAccess, 1.95, 3, Method.defaults());
        assertNull(a.indicator(IndicatorCode.ACCESS_ASYMMETRY).value());
        assertEquals(0.0, a.indicator(IndicatorCode.ACCESS_ASYMMETRY).contribution());
        assertEquals((0.218182 + 0.3 + 0.150693) / 3, a.composite(), EPS);
        assertEquals(0.75, a.completeness());
        Assessment none = Scores.assess(new CountryFacts("XXX", Q3, null, null, null), null, 0, Method.defaults());
        assertNull(none.composite());
        assertEquals("NONE", none.confidence());
        assertEquals(0.0, none.completeness());
    }

    @Test
    void aFewCasesShrinkTowardNeutral() {
        // the same shares on 2 arrests each way instead of 20 and 12: 0.5 − 0 = 0.5, but it counts 2/12 of it
        CountryFacts small = new CountryFacts("FJI", Q3, inbound(null, null, null, 2L, 1L, null, null),
                outbound(null, 2L, 0L, null, null, null), null);
        Assessment a = Scores.assess(small, null, 0, Method.defaults());
        assertEquals(0.5, a.indicator(IndicatorCode.NOTIFICATION_ASYMMETRY).value(), EPS);
        assertEquals(0.5 * 2 / 12, a.composite(), EPS);
        assertEquals("LOW", a.confidence());
    }

    @Test
    void theTrendIsAgainstThePreviousPeriodsComposite() {
        Assessment now = Scores.assess(example(), 1.95, 3, Method.defaults());
        CountryFacts f = example();
        CountryFacts before = new CountryFacts("MYS", Q3.previous(), f.inbound(), f.outbound(),
                new CountryFacts.VisaRegimes(VisaRegime.VISA_REQUIRED, VisaRegime.VISA_REQUIRED, null, null));
        Assessment prior = Scores.assess(before, 1.95, 3, Method.defaults());
        assertEquals(0.154719 - 0.3 / 4, prior.composite(), EPS);   // visa 0 then
        Assessment withTrend = Scores.withTrend(now, prior);
        assertEquals(0.075, withTrend.trend(), EPS);
        assertEquals(prior.composite(), withTrend.previousComposite());
        assertNull(Scores.withTrend(now, null).trend(), "no previous period: no trend");
    }

    @Test
    void theSameFactsGiveTheSameAssessment() {
        assertEquals(Scores.assess(example(), 1.95, 3, Method.defaults()), Scores.assess(example(), 1.95, 3, Method.defaults()));
    }

    // ------------------------------------------------------------------ suppression

    @Test
    void partnerAgenciesDoNotSeeCountsBelowFiveNorTheIndicatorsRestingOnThem() {
        CountryFacts f = example();
        CountryFacts smallCells = new CountryFacts("MYS", Q3, inbound(10_000L, 3L, 7L, 20L, 18L, 10L, 8L),
                outbound(5_000L, 4L, 2L, 10L, 9L, 5L), f.visa());
        Method m = Method.defaults();
        Assessment full = Scores.assess(smallCells, 1.95, 3, m);
        Assessment shared = Scores.shared(full, m);

        assertFalse(full.shared());
        assertEquals(4L, full.facts().get("outbound").get("wniDetained"), "analysts see everything");
        assertEquals(0.4, full.indicator(IndicatorCode.NOTIFICATION_ASYMMETRY).value(), EPS);    // 18/20 − 2/4, n = 4

        assertTrue(shared.shared());
        IndicatorResult notification = shared.indicator(IndicatorCode.NOTIFICATION_ASYMMETRY);
        assertTrue(notification.suppressed());
        assertNull(notification.value());
        assertNull(notification.n());
        assertNull(notification.low());
        assertEquals(0.0, notification.contribution());
        assertNull(notification.facts().get(3).value(), "wniDetained = 4 withheld");
        assertTrue(notification.facts().get(3).suppressed());
        assertEquals(20L, notification.facts().get(1).value(), "arrestsOwedNotice = 20 is no small cell");
        assertNull(shared.facts().get("outbound").get("wniDetained"));
        assertNull(shared.facts().get("outbound").get("wniNotifiedWithin72h"));
        assertNull(shared.facts().get("inbound").get("offences"));
        assertTrue(shared.suppressedFacts().containsAll(List.of("facts.outbound.wniDetained",
                "facts.outbound.wniNotifiedWithin72h", "facts.inbound.offences")));
        assertNull(shared.notificationOutShare(), "2 of 4: a small cell");
        assertTrue(shared.indicator(IndicatorCode.OFFENCE_RATE).suppressed(), "offences = 3");
        // the composite is taken over what is left, so nothing withheld can be worked back from it
        assertEquals((-0.05 + 0.3 + 0.150693) / 3, shared.composite(), EPS);
        assertEquals(0.75, shared.completeness());
        assertFalse(shared.indicator(IndicatorCode.ENFORCEMENT_RATIO).suppressed(), "5 deportations: shown");
    }

    @Test
    void aZeroIsNoSmallCellButAnIndicatorOnFewerThanFiveCasesIsWithheld() {
        CountryFacts zero = new CountryFacts("AAA", Q3, inbound(null, null, null, 20L, 18L, 3L, 3L),
                outbound(null, 20L, 0L, 3L, 0L, null), null);
        Assessment shared = Scores.shared(Scores.assess(zero, null, 0, Method.defaults()), Method.defaults());
        assertEquals(0.9, shared.indicator(IndicatorCode.NOTIFICATION_ASYMMETRY).value(), EPS, "0 of 20 notified is shown");
        assertEquals(0L, shared.facts().get("outbound").get("wniNotifiedWithin72h"));
        assertTrue(shared.indicator(IndicatorCode.ACCESS_ASYMMETRY).suppressed(), "3 requests each way: n < 5");
        assertEquals(0.0, shared.notificationOutShare(), EPS);
    }
}
