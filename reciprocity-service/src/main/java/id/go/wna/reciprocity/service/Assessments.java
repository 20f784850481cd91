package id.go.wna.reciprocity.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.go.wna.contracts.EventTypes;
import id.go.wna.contracts.Topics;
import id.go.wna.contracts.reciprocity.AssessmentComputed;
import id.go.wna.contracts.reciprocity.IndicatorValue;
import id.go.wna.contracts.reciprocity.ThresholdCrossed;
import id.go.wna.platform.outbox.Outbox;
import id.go.wna.platform.refusal.Refusal;
import id.go.wna.reciprocity.domain.CountryFacts;
import id.go.wna.reciprocity.domain.Period;
import id.go.wna.reciprocity.domain.score.Assessment;
import id.go.wna.reciprocity.domain.score.Method;
import id.go.wna.reciprocity.domain.score.Scores;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Computes assessments from the facts (InboundFacts, OutboundFacts), keeps a snapshot per distinct result in
 * {@code assessment}, and publishes AssessmentComputed.v1 when the numbers changed and ThresholdCrossed.v1 when a
 * configured threshold was crossed, in the transaction that stores the snapshot. Deterministic: countries in code
 * order, no clock inside the numbers, so a recompute from the same facts stores and publishes nothing.
 */
@ApplicationScoped
public class Assessments {

    /** Canonical JSON for the hash and the stored documents: properties and map keys sorted. */
    static final ObjectMapper CANONICAL = JsonMapper.builder().addModule(new JavaTimeModule())
            .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false)
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .build();

    private final FactSource facts;
    private final ScoringSettings settings;
    private final EntityManager em;
    private final Outbox outbox;

    public Assessments(FactSource facts, ScoringSettings settings, EntityManager em, Outbox outbox) {
        this.facts = facts;
        this.settings = settings;
        this.em = em;
        this.outbox = outbox;
    }

    /** The analysts' and the partner agencies' view of one country, trends included. */
    public record Computed(Assessment full, Assessment shared) {
    }

    /** A stored snapshot. */
    public record Snapshot(UUID id, String iso3, String period, Instant computedAt, String hash, Assessment full,
                           Assessment shared) {

        public Assessment view(boolean sharedView) {
            return sharedView ? shared : full;
        }
    }

    /** What a recompute did. */
    public record Outcome(String period, List<String> countries, List<String> changed, int thresholdsCrossed) {
    }

    // ------------------------------------------------------------------ computing (no writes)

    /** The countries with any fact in the period, in code order. */
    public List<String> countries(Period period) {
        TreeSet<String> all = new TreeSet<>(facts.inboundCountries(period));
        all.addAll(facts.outboundCountries(period));
        return List.copyOf(all);
    }

    private CountryFacts facts(String iso3, Period period) {
        return new CountryFacts(iso3, period, facts.inbound(iso3, period), facts.outbound(iso3, period), facts.visa(iso3));
    }

    /** The inbound facts of every country of the period (the offence-rate median is taken over them). */
    private Map<String, CountryFacts.Inbound> allInbound(Period period) {
        Map<String, CountryFacts.Inbound> all = new TreeMap<>();
        for (String c : new TreeSet<>(facts.inboundCountries(period))) {
            all.put(c, facts.inbound(c, period));
        }
        return all;
    }

    /** Assesses the given countries for the period, with their trends against the previous period. */
    public Map<String, Computed> compute(Period period, List<String> countries) {
        Method method = settings.method();
        Period previous = period.previous();
        Map<String, CountryFacts.Inbound> now = allInbound(period);
        Map<String, CountryFacts.Inbound> before = allInbound(previous);
        Double median = Scores.medianOffenceRate(now.values());
        Double medianBefore = Scores.medianOffenceRate(before.values());
        long inMedian = Scores.countriesInMedian(now.values());
        long inMedianBefore = Scores.countriesInMedian(before.values());
        Map<String, Computed> result = new LinkedHashMap<>();
        for (String iso3 : countries.stream().sorted().distinct().toList()) {
            Assessment current = Scores.assess(facts(iso3, period), median, inMedian, method);
            Assessment prior = Scores.assess(facts(iso3, previous), medianBefore, inMedianBefore, method);
            result.put(iso3, new Computed(Scores.withTrend(current, prior),
                    Scores.withTrend(Scores.shared(current, method), Scores.shared(prior, method))));
        }
        return result;
    }

    // ------------------------------------------------------------------ recomputing (snapshots and events)

    /** Recomputes every country of the period. */
    @Transactional
    public Outcome recompute(Period period) {
        return store(period, compute(period, countries(period)));
    }

    /** Recomputes some countries of the period (those the facts changed for). */
    @Transactional
    public Outcome recompute(Period period, List<String> iso3s) {
        List<String> known = countries(period);
        return store(period, compute(period, iso3s.stream().filter(known::contains).toList()));
    }

    private Outcome store(Period period, Map<String, Computed> computed) {
        List<String> changed = new ArrayList<>();
        int crossed = 0;
        for (Map.Entry<String, Computed> e : computed.entrySet()) {
            String iso3 = e.getKey();
            Computed c = e.getValue();
            em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))")
                    .setParameter(1, "assessment:" + iso3 + ":" + period.code()).getSingleResult();
            String document = json(c.full());
            String hash = sha256(document);
            Optional<Snapshot> before = latest(iso3, period.code());
            if (before.isPresent() && before.get().hash().equals(hash)) {
                continue;
            }
            UUID id = UUID.randomUUID();
            Instant at = Instant.now(Clock.systemUTC()).truncatedTo(ChronoUnit.MICROS); // as stored
            em.createNativeQuery("UPDATE assessment SET latest = false WHERE iso3 = ?1 AND period = ?2 AND latest")
                    .setParameter(1, iso3).setParameter(2, period.code()).executeUpdate();
            em.createNativeQuery("""
                            INSERT INTO assessment (id, iso3, period, computed_at, method_version, composite, shared_composite,
                                                    document, shared_document, hash, latest)
                            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, CAST(?8 AS jsonb), CAST(?9 AS jsonb), ?10, true)""")
                    .setParameter(1, id).setParameter(2, iso3).setParameter(3, period.code())
                    .setParameter(4, Timestamp.from(at)).setParameter(5, c.full().methodVersion())
                    .setParameter(6, c.full().composite()).setParameter(7, c.shared().composite())
                    .setParameter(8, document).setParameter(9, json(c.shared())).setParameter(10, hash)
                    .executeUpdate();
            changed.add(iso3);
            Snapshot stored = byId(id).orElseThrow();
            crossed += crossings(stored, before.map(Snapshot::shared).orElse(null));
            publish(stored);
        }
        return new Outcome(period.code(), List.copyOf(computed.keySet()), changed, crossed);
    }

    /**
     * Stores the thresholds the new snapshot crossed against the one before it (none before: from the
     * measure's neutral value). The threshold is a setting that may change later: what was crossed is kept with the
     * snapshot, so ThresholdCrossed states stored facts only.
     */
    private int crossings(Snapshot stored, Assessment before) {
        Assessment shared = stored.shared();
        int crossed = 0;
        for (Map.Entry<String, Double> t : settings.thresholds().entrySet()) {
            String measure = t.getKey();
            double threshold = t.getValue();
            Double now = shared.measure(measure);
            if (now == null) {
                continue;
            }
            Double previousValue = before == null ? null : before.measure(measure);
            double from = previousValue == null ? ScoringSettings.neutral(measure) : previousValue;
            String direction = from < threshold && now >= threshold ? "UPWARD"
                    : from >= threshold && now < threshold ? "DOWNWARD" : null;
            if (direction != null) {
                em.createNativeQuery("""
                                INSERT INTO threshold_crossing (assessment_id, measure, threshold, direction, value,
                                                                previous_value, crossed_at)
                                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)""")
                        .setParameter(1, stored.id()).setParameter(2, measure).setParameter(3, threshold).setParameter(4, direction)
                        .setParameter(5, now).setParameter(6, previousValue).setParameter(7, Timestamp.from(stored.computedAt()))
                        .executeUpdate();
                crossed++;
            }
        }
        return crossed;
    }

    /**
     * The events of a changed assessment, from what was stored: the snapshot (its shared view, small cells suppressed:
     * the topic is read by partner agencies) and the thresholds it crossed. No AssessmentComputed without a composite
     * (nothing to score yet).
     */
    private void publish(Snapshot stored) {
        Assessment shared = stored.shared();
        if (shared.composite() != null) {
            List<IndicatorValue> indicators = shared.indicators().stream().map(i -> new IndicatorValue(
                    i.indicator().name(), i.value(), i.weight(), i.contribution(),
                    i.n() == null ? null : (int) Math.min(Integer.MAX_VALUE, i.n()), i.suppressed())).toList();
            outbox.record(Topics.RECIPROCITY_EVENTS, "Country", stored.iso3(), EventTypes.ASSESSMENT_COMPUTED,
                    new AssessmentComputed(stored.id(), stored.iso3(), stored.period(), shared.composite(), shared.low(),
                            shared.high(), shared.completeness(), shared.trend(), indicators, null,
                            shared.methodVersion(), stored.computedAt()));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT measure, threshold, direction, value, previous_value, crossed_at
                          FROM threshold_crossing WHERE assessment_id = ?1 ORDER BY measure""")
                .setParameter(1, stored.id()).getResultList();
        for (Object[] r : rows) {
            outbox.record(Topics.RECIPROCITY_EVENTS, "Country", stored.iso3(), EventTypes.THRESHOLD_CROSSED,
                    new ThresholdCrossed(stored.iso3(), stored.id(), stored.period(), (String) r[0],
                            ((Number) r[1]).doubleValue(), (String) r[2], ((Number) r[3]).doubleValue(),
                            r[4] == null ? null : ((Number) r[4]).doubleValue(), Findings.instant(r[5])));
        }
    }

    // ------------------------------------------------------------------ reading

    /** The current snapshot of a country and period, if any was stored. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Snapshot> latest(String iso3, String period) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT id, iso3, period, computed_at, hash, CAST(document AS text), CAST(shared_document AS text)
                          FROM assessment WHERE iso3 = ?1 AND period = ?2 AND latest""")
                .setParameter(1, iso3).setParameter(2, period).getResultList();
        return rows.stream().findFirst().map(Assessments::snapshot);
    }

    /** A snapshot by id, current or not. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Snapshot> byId(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT id, iso3, period, computed_at, hash, CAST(document AS text), CAST(shared_document AS text)
                          FROM assessment WHERE id = ?1""")
                .setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(Assessments::snapshot);
    }

    /**
     * The current assessment of a country: the stored snapshot, or computed and stored now when the period was never
     * assessed for it. 404 when the country has no fact in the period.
     */
    @Transactional
    public Snapshot current(String iso3, Period period) {
        Optional<Snapshot> s = latest(iso3, period.code());
        if (s.isPresent()) {
            return s.get();
        }
        if (!countries(period).contains(iso3)) {
            throw Refusal.notFound("Assessment of " + iso3 + " for", period.code()
                    + " (no fact about the country in the period)");
        }
        recompute(period, List.of(iso3));
        return latest(iso3, period.code()).orElseThrow();
    }

    /** The current assessments of every country of the period, computing those never assessed. */
    @Transactional
    public List<Snapshot> all(Period period) {
        List<String> countries = countries(period);
        List<String> missing = new ArrayList<>();
        List<Snapshot> found = new ArrayList<>();
        for (String iso3 : countries) {
            latest(iso3, period.code()).ifPresentOrElse(found::add, () -> missing.add(iso3));
        }
        if (!missing.isEmpty()) {
            recompute(period, missing);
            for (String iso3 : missing) {
                latest(iso3, period.code()).ifPresent(found::add);
            }
        }
        return found;
    }

    private static Snapshot snapshot(Object[] r) {
        Instant at = r[3] instanceof Timestamp t ? t.toInstant() : r[3] instanceof OffsetDateTime o ? o.toInstant()
                : (Instant) r[3];
        try {
            return new Snapshot((UUID) r[0], ((String) r[1]).strip(), ((String) r[2]).strip(), at, ((String) r[4]).strip(),
                    CANONICAL.readValue((String) r[5], Assessment.class), CANONICAL.readValue((String) r[6], Assessment.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored assessment " + r[0] + " cannot be read: " + e.getMessage(), e);
        }
    }

    static String json(Object value) {
        try {
            return CANONICAL.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
