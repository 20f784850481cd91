package id.go.wna.reciprocity.domain.score;

import id.go.wna.platform.disclosure.SmallCells;
import id.go.wna.reciprocity.domain.CountryFacts;
import id.go.wna.reciprocity.domain.VisaRegime;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The reciprocity method (docs/domain.md, Reciprocity): the five indicators, the composite with shrinkage toward neutral, the trend and
 * the small-cell suppression of the view partner agencies read. Pure functions of the facts: no clock, no database, a
 * fixed order everywhere, numbers rounded to 6 decimals, so a recompute from the same facts gives the same assessment.
 */
public final class Scores {

    /** The fewest countries an all-country median of offence rates is taken over. */
    public static final int MIN_COUNTRIES_FOR_MEDIAN = 3;
    private static final double LN4 = Math.log(4);

    private Scores() {
    }

    // ------------------------------------------------------------------ indicators

    /** p_in − p_out of two proportions, with the two Wilson intervals combined conservatively. */
    static IndicatorResult proportionAsymmetry(IndicatorCode code, Fact kIn, Fact nIn, Fact kOut, Fact nOut) {
        List<Fact> facts = List.of(kIn, nIn, kOut, nOut);
        double completeness = known(facts);
        Long ki = asLong(kIn), ni = asLong(nIn), ko = asLong(kOut), no = asLong(nOut);
        String missing = ki == null || ni == null || ko == null || no == null ? "an input is unknown"
                : ni == 0 || no == 0 ? "no cases on one side (a denominator is 0)"
                : ki > ni || ko > no ? "inconsistent inputs (more successes than cases)" : null;
        if (missing != null) {
            return new IndicatorResult(code, code.formula, null, null, null, null, completeness, 0, null, null, 0, false,
                    missing, facts);
        }
        double pIn = (double) ki / ni;
        double pOut = (double) ko / no;
        Wilson.Interval in = Wilson.of(ki, ni);
        Wilson.Interval out = Wilson.of(ko, no);
        return new IndicatorResult(code, code.formula, round(pIn - pOut), Math.min(ni, no), round(in.low() - out.high()),
                round(in.high() - out.low()), completeness, 0, null, null, 0, false, null, facts);
    }

    public static IndicatorResult notificationAsymmetry(CountryFacts.Inbound in, CountryFacts.Outbound out) {
        return proportionAsymmetry(IndicatorCode.NOTIFICATION_ASYMMETRY,
                Fact.inbound("notifiedWithin72h", in.notifiedWithin72h(), true),
                Fact.inbound("arrestsOwedNotice", in.arrestsOwedNotice(), true),
                Fact.outbound("wniNotifiedWithin72h", out.wniNotifiedWithin72h(), true),
                Fact.outbound("wniDetained", out.wniDetained(), true));
    }

    public static IndicatorResult accessAsymmetry(CountryFacts.Inbound in, CountryFacts.Outbound out) {
        return proportionAsymmetry(IndicatorCode.ACCESS_ASYMMETRY,
                Fact.inbound("accessConducted", in.accessConducted(), true),
                Fact.inbound("accessRequested", in.accessRequested(), true),
                Fact.outbound("wniAccessGranted", out.wniAccessGranted(), true),
                Fact.outbound("wniAccessRequested", out.wniAccessRequested(), true));
    }

    public static IndicatorResult visaOpenness(CountryFacts.VisaRegimes visa) {
        IndicatorCode code = IndicatorCode.VISA_OPENNESS_ASYMMETRY;
        VisaRegime toC = visa.indonesiaToCountry();
        VisaRegime toWni = visa.countryToIndonesia();
        List<Fact> facts = List.of(Fact.visa("indonesiaToCountry", toC == null ? null : toC.name()),
                Fact.visa("countryToIndonesia", toWni == null ? null : toWni.name()));
        double completeness = known(facts);
        if (toC == null || toWni == null) {
            return new IndicatorResult(code, code.formula, null, null, null, null, completeness, 0, null, null, 0, false,
                    "a visa regime is unknown", facts);
        }
        double v = round(toC.openness - toWni.openness);
        return new IndicatorResult(code, code.formula, v, null, v, v, completeness, 0, null, null, 0, false, null, facts);
    }

    /** Maps a log-ratio to [-1, 1]: ±1 at a four-fold difference. */
    static double logRatioScale(double lnRatio) {
        return clamp(lnRatio / LN4);
    }

    public static IndicatorResult enforcementRatio(CountryFacts.Inbound in, CountryFacts.Outbound out) {
        IndicatorCode code = IndicatorCode.ENFORCEMENT_RATIO;
        List<Fact> facts = List.of(Fact.inbound("deportations", in.deportations(), true),
                Fact.inbound("population", in.population(), true),
                Fact.outbound("wniDeported", out.wniDeported(), true),
                Fact.outbound("wniPresent", out.wniPresent(), true));
        double completeness = known(facts);
        Long dIn = in.deportations(), pop = in.population(), dOut = out.wniDeported(), wni = out.wniPresent();
        String missing = dIn == null || pop == null || dOut == null || wni == null ? "an input is unknown"
                : pop == 0 || wni == 0 ? "no one present on one side (a population is 0)" : null;
        if (missing != null) {
            return new IndicatorResult(code, code.formula, null, null, null, null, completeness, 0, null, null, 0, false,
                    missing, facts);
        }
        double rIn = (dIn + 0.5) / pop;
        double rOut = (dOut + 0.5) / wni;
        double ln = Math.log(rIn / rOut);
        double se = Math.sqrt(1 / (dIn + 0.5) + 1 / (dOut + 0.5));
        // −ln: deporting fewer of theirs than they deport of ours is positive; the mapping is decreasing, so the bounds swap
        return new IndicatorResult(code, code.formula, round(logRatioScale(-ln)), dIn + dOut,
                round(logRatioScale(-(ln + Wilson.Z95 * se))), round(logRatioScale(-(ln - Wilson.Z95 * se))),
                completeness, 0, null, null, 0, false, null, facts);
    }

    /** Offences per 1,000 present, with 0.5 added to the count; null when unknown or nobody is present. */
    public static Double offenceRate(CountryFacts.Inbound in) {
        if (in == null || in.offences() == null || in.population() == null || in.population() <= 0) {
            return null;
        }
        return (in.offences() + 0.5) / in.population() * 1000.0;
    }

    /** The median offence rate over the countries where it is known; null with fewer than 3 such countries. */
    public static Double medianOffenceRate(Collection<CountryFacts.Inbound> all) {
        List<Double> rates = all.stream().map(Scores::offenceRate).filter(Objects::nonNull).sorted().toList();
        if (rates.size() < MIN_COUNTRIES_FOR_MEDIAN) {
            return null;
        }
        int m = rates.size() / 2;
        return rates.size() % 2 == 1 ? rates.get(m) : (rates.get(m - 1) + rates.get(m)) / 2;
    }

    public static long countriesInMedian(Collection<CountryFacts.Inbound> all) {
        return all.stream().map(Scores::offenceRate).filter(Objects::nonNull).count();
    }

    public static IndicatorResult offenceRateIndicator(CountryFacts.Inbound in, Double median) {
        IndicatorCode code = IndicatorCode.OFFENCE_RATE;
        List<Fact> facts = List.of(Fact.inbound("offences", in.offences(), true),
                Fact.inbound("population", in.population(), true),
                Fact.derived("medianOffenceRate", median == null ? null : round(median)));
        double completeness = known(facts);
        Double rate = offenceRate(in);
        if (rate == null || median == null) {
            return new IndicatorResult(code, code.formula, null, null, null, null, completeness, 0, null, null, 0, false,
                    median == null ? "no all-country median (fewer than " + MIN_COUNTRIES_FOR_MEDIAN
                            + " countries with offences and population known)" : "offences or population unknown, or 0 present",
                    facts);
        }
        double ln = Math.log(rate / median);
        double se = 1 / Math.sqrt(in.offences() + 0.5);
        return new IndicatorResult(code, code.formula, round(logRatioScale(ln)), in.offences(),
                round(logRatioScale(ln - Wilson.Z95 * se)), round(logRatioScale(ln + Wilson.Z95 * se)), completeness, 0,
                null, null, 0, false, null, facts);
    }

    // ------------------------------------------------------------------ composite

    /**
     * The assessment of one country: the five indicators, each shrunk by n / (n + k), weighted, and summed into the
     * composite. {@code median} is the all-country median offence rate of the period. No trend yet: see {@link #withTrend}.
     */
    public static Assessment assess(CountryFacts facts, Double median, long countriesInMedian, Method method) {
        CountryFacts.Inbound in = inbound(facts);
        CountryFacts.Outbound out = outbound(facts);
        CountryFacts.VisaRegimes visa = visa(facts);
        List<IndicatorResult> raw = List.of(notificationAsymmetry(in, out), accessAsymmetry(in, out), visaOpenness(visa),
                enforcementRatio(in, out), offenceRateIndicator(in, median));
        Map<String, Map<String, Object>> factMap = new LinkedHashMap<>();
        factMap.put("inbound", components(in, CountryFacts.Inbound.class));
        factMap.put("outbound", components(out, CountryFacts.Outbound.class));
        factMap.put("visa", components(visa, CountryFacts.VisaRegimes.class));
        Map<String, Object> derived = new LinkedHashMap<>();
        derived.put("medianOffenceRate", median == null ? null : round(median));
        derived.put("countriesInMedian", countriesInMedian);
        factMap.put("derived", derived);
        Double outShare = out.wniNotifiedWithin72h() == null || out.wniDetained() == null || out.wniDetained() == 0
                ? null : round((double) out.wniNotifiedWithin72h() / out.wniDetained());
        return compose(facts.iso3(), facts.period().code(), facts.period().previous().code(), raw, method, outShare,
                factMap, List.of(), false);
    }

    /** Weights, shrinkage and contributions over the indicators that have a value. */
    static Assessment compose(String iso3, String period, String previousPeriod, List<IndicatorResult> indicators,
                              Method method, Double outShare, Map<String, Map<String, Object>> facts,
                              List<String> suppressedFacts, boolean shared) {
        List<IndicatorResult> weighted = new ArrayList<>();
        double totalWeight = 0;
        int weightedIndicators = 0;
        int withValue = 0;
        long n = 0;
        for (IndicatorResult i : indicators) {
            double w = method.weight(i.indicator());
            Double shrink = i.value() == null ? null : i.n() == null ? 1.0 : round(shrinkage(i.n(), method.shrinkageK()));
            Double adjusted = i.value() == null ? null : round(i.value() * shrink);
            weighted.add(new IndicatorResult(i.indicator(), i.formula(), i.value(), i.n(), i.low(), i.high(),
                    i.completeness(), w, shrink, adjusted, 0, i.suppressed(), i.note(), i.facts()));
            if (w > 0) {
                weightedIndicators++;
                if (i.value() != null) {
                    withValue++;
                    totalWeight += w;
                    n += i.n() == null ? 0 : i.n();
                }
            }
        }
        Double composite = null, low = null, high = null;
        List<IndicatorResult> result = new ArrayList<>();
        if (totalWeight > 0) {
            double c = 0, lo = 0, hi = 0;
            for (IndicatorResult i : weighted) {
                double contribution = 0;
                if (i.value() != null && i.weight() > 0) {
                    contribution = i.weight() * i.adjustedValue() / totalWeight;
                    c += contribution;
                    lo += i.weight() * i.shrinkage() * i.low() / totalWeight;
                    hi += i.weight() * i.shrinkage() * i.high() / totalWeight;
                }
                result.add(i.withContribution(contribution));
            }
            composite = round(c);
            low = round(Math.min(lo, c));
            high = round(Math.max(hi, c));
        } else {
            result.addAll(weighted);
        }
        double completeness = weightedIndicators == 0 ? 0 : round((double) withValue / weightedIndicators);
        return new Assessment(iso3, period, method.version(), composite, low, high, completeness,
                confidence(composite, n, completeness), n, previousPeriod, null, null, outShare, List.copyOf(result),
                facts, suppressedFacts, shared);
    }

    /** n / (n + k): 0 cases count nothing, many cases count almost fully. */
    public static double shrinkage(long n, double k) {
        return n + k == 0 ? 1.0 : n / (n + k);
    }

    /** HIGH: n ≥ 100 and completeness ≥ 0.75; MEDIUM: n ≥ 30 and completeness ≥ 0.5; LOW otherwise; NONE without a score. */
    public static String confidence(Double composite, long n, double completeness) {
        if (composite == null) {
            return "NONE";
        }
        if (n >= 100 && completeness >= 0.75) {
            return "HIGH";
        }
        if (n >= 30 && completeness >= 0.5) {
            return "MEDIUM";
        }
        return "LOW";
    }

    /** The assessment with its trend against the previous period's (same view: analysts' or shared). */
    public static Assessment withTrend(Assessment current, Assessment previous) {
        return current.withTrend(previous == null ? null : previous.composite());
    }

    // ------------------------------------------------------------------ suppression

    /**
     * The view partner agencies read: every count of 1 to 4 behind a figure is withheld (null, its path listed in
     * suppressedFacts), an indicator resting on a withheld count or on n below 5 is withheld (value, n, interval null,
     * contribution 0, suppressed true), and the composite is recomputed from the indicators left, so that nothing
     * withheld can be worked back from it. The trend is then taken between two shared views ({@link #withTrend}).
     */
    public static Assessment shared(Assessment a, Method method) {
        Map<String, Map<String, Object>> facts = new LinkedHashMap<>();
        List<String> suppressed = new ArrayList<>();
        a.facts().forEach((group, values) -> {
            Map<String, Object> copy = new LinkedHashMap<>();
            values.forEach((name, value) -> {
                if (value instanceof Map<?, ?> byKey) {
                    Map<String, Object> inner = new TreeMap<>();
                    byKey.forEach((k, v) -> {
                        if (isSmallCount(v)) {
                            inner.put(String.valueOf(k), null);
                            suppressed.add("facts." + group + "." + name + "." + k);
                        } else {
                            inner.put(String.valueOf(k), v);
                        }
                    });
                    copy.put(name, inner);
                } else if (isSmallCount(value) && !"derived".equals(group)) {
                    copy.put(name, null);
                    suppressed.add("facts." + group + "." + name);
                } else {
                    copy.put(name, value);
                }
            });
            facts.put(group, copy);
        });
        List<IndicatorResult> indicators = new ArrayList<>();
        for (IndicatorResult i : a.indicators()) {
            List<Fact> shown = i.facts().stream().map(f -> f.smallCell() ? f.withheld() : f).toList();
            boolean withhold = shown.stream().anyMatch(Fact::suppressed)
                    || (i.n() != null && i.n() < Assessment.SMALL_CELL);
            indicators.add(withhold ? i.withheld(shown) : i);
        }
        IndicatorResult notification = a.indicator(IndicatorCode.NOTIFICATION_ASYMMETRY);
        boolean outShareSmall = notification.facts().stream()
                .filter(f -> f.source().equals(Fact.OUTBOUND)).anyMatch(f -> f.smallCell())
                || !(facts.get("outbound").get("wniDetained") instanceof Number d && d.longValue() >= Assessment.SMALL_CELL);
        return compose(a.iso3(), a.period(), a.previousPeriod(), indicators, method,
                outShareSmall ? null : a.notificationOutShare(), facts, List.copyOf(suppressed), true);
    }

    private static boolean isSmallCount(Object v) {
        return v instanceof Long l && SmallCells.isSmall(l);
    }

    // ------------------------------------------------------------------ helpers

    public static double round(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            throw new ArithmeticException("not a finite number: " + v);
        }
        return BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_EVEN).doubleValue();
    }

    static double clamp(double v) {
        return Math.max(-1.0, Math.min(1.0, v));
    }

    private static double known(List<Fact> facts) {
        return round(facts.stream().filter(f -> f.value() != null).count() / (double) facts.size());
    }

    private static Long asLong(Fact f) {
        return f.value() instanceof Number n ? n.longValue() : null;
    }

    static CountryFacts.Inbound inbound(CountryFacts f) {
        return f.inbound() != null ? f.inbound() : new CountryFacts.Inbound(null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    static CountryFacts.Outbound outbound(CountryFacts f) {
        return f.outbound() != null ? f.outbound() : new CountryFacts.Outbound(null, null, null, null, null, null, null, null);
    }

    static CountryFacts.VisaRegimes visa(CountryFacts f) {
        return f.visa() != null ? f.visa() : new CountryFacts.VisaRegimes(null, null, null, null);
    }

    /** A record's fields by name, in declaration order; maps sorted by key; enums by name. */
    private static Map<String, Object> components(Record r, Class<? extends Record> type) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (RecordComponent c : type.getRecordComponents()) {
            Object v;
            try {
                v = c.getAccessor().invoke(r);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (v instanceof Map<?, ?> map) {
                Map<String, Object> sorted = new TreeMap<>();
                map.forEach((k, x) -> sorted.put(String.valueOf(k), x));
                v = sorted;
            } else if (v instanceof Enum<?> e) {
                v = e.name();
            } else if (v instanceof Double d) {
                v = round(d);
            }
            m.put(c.getName(), v);
        }
        return m;
    }
}
