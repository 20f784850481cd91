package id.go.wna.reciprocity.service;

import id.go.wna.reciprocity.domain.ConsularCompliance;
import id.go.wna.reciprocity.domain.CountryFacts;
import id.go.wna.reciprocity.domain.InboundCounters;
import id.go.wna.reciprocity.domain.Months;
import id.go.wna.reciprocity.domain.Period;
import id.go.wna.reciprocity.domain.Stays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static id.go.wna.reciprocity.domain.InboundCounters.ADMINISTRATIVE_ACTION;
import static id.go.wna.reciprocity.domain.InboundCounters.DEPORTATION;
import static id.go.wna.reciprocity.domain.InboundCounters.DETENTION_DAYS;
import static id.go.wna.reciprocity.domain.InboundCounters.OFFENCE;
import static id.go.wna.reciprocity.domain.InboundCounters.OVERSTAY;
import static id.go.wna.reciprocity.domain.InboundCounters.OVERSTAY_DAYS;
import static id.go.wna.reciprocity.domain.InboundCounters.TRAVEL_DOCUMENT_WAIT;
import static id.go.wna.reciprocity.domain.InboundCounters.TRAVEL_DOCUMENT_WAIT_DAYS;

/**
 * The inbound side of a country's facts, from the projections of the platform's events: the months of the period
 * summed, the population as the stock at the period's end.
 *
 * <p>Null or 0: each figure comes from one topic (its <em>source</em>). A count is {@code null} ("no data") when its
 * source has never had an event about the country's nationals before the period's end; once it has, a period
 * without any such event is 0. A median is {@code null} when there is nothing to take the median of.
 */
@ApplicationScoped
public class InboundFacts {

    private final InboundCounters counters;
    private final Stays stays;
    private final ConsularCompliance compliance;

    public InboundFacts(InboundCounters counters, Stays stays, ConsularCompliance compliance) {
        this.counters = counters;
        this.stays = stays;
        this.compliance = compliance;
    }

    /** The country's inbound facts for the period (nulls where nothing is known). */
    @Transactional
    public CountryFacts.Inbound of(String iso3, Period period) {
        String from = Months.of(period.start());
        String to = Months.of(period.endExclusive());

        // wna.case-events.v1
        boolean cases = counters.covered(iso3, to);
        Map<String, Long> byArticle = new TreeMap<>();
        Map<String, Long> byType = new TreeMap<>();
        Map<String, Long> totals = new TreeMap<>();
        for (InboundCounters.Total t : counters.totals(iso3, from, to)) {
            totals.merge(t.metric(), t.value(), Long::sum);
            if (OFFENCE.equals(t.metric())) {
                byArticle.put(t.dimension(), t.value());
            } else if (ADMINISTRATIVE_ACTION.equals(t.metric())) {
                byType.put(t.dimension(), t.value());
            }
        }

        // wna.presence-events.v1
        Instant start = Months.startOf(period.start());
        Instant end = Months.startOf(period.endExclusive());
        Stays.Presence presence = stays.of(iso3, start, end);

        // kemlu.consular-events.v1
        ConsularCompliance.Figures c = compliance.of(iso3, from, to);

        return new CountryFacts.Inbound(
                known(presence.covered(), presence.population()),
                known(presence.covered(), presence.arrivals()),
                cases ? totals.getOrDefault(OFFENCE, 0L) : null,
                cases ? Collections.unmodifiableMap(byArticle) : null,
                cases ? totals.getOrDefault(ADMINISTRATIVE_ACTION, 0L) : null,
                cases ? Collections.unmodifiableMap(byType) : null,
                cases ? totals.getOrDefault(DEPORTATION, 0L) : null,
                cases ? totals.getOrDefault(OVERSTAY, 0L) : null,
                cases ? totals.getOrDefault(OVERSTAY_DAYS, 0L) : null,
                cases ? totals.getOrDefault(DETENTION_DAYS, 0L) : null,
                cases ? totals.getOrDefault(TRAVEL_DOCUMENT_WAIT, 0L) : null,
                cases ? totals.getOrDefault(TRAVEL_DOCUMENT_WAIT_DAYS, 0L) : null,
                known(c.covered(), c.arrestsOwedNotice()),
                known(c.covered(), c.notifiedWithin24h()),
                known(c.covered(), c.notifiedWithin72h()),
                c.medianNotificationDelayHours(),
                known(c.covered(), c.accessRequested()),
                known(c.covered(), c.accessConducted()),
                c.medianDaysToFirstVisit(),
                known(c.covered(), c.acknowledgements()),
                c.medianAcknowledgementHours());
    }

    /**
     * The countries with any inbound fact in the period: a case event counted in it, nationals present at its end or
     * arrived in it, an obligation opened or a notice acknowledged in it.
     */
    @Transactional
    public Set<String> countries(Period period) {
        String from = Months.of(period.start());
        String to = Months.of(period.endExclusive());
        Set<String> countries = new TreeSet<>(counters.countries(from, to));
        countries.addAll(stays.countries(Months.startOf(period.start()), Months.startOf(period.endExclusive())));
        countries.addAll(compliance.countries(from, to));
        return Collections.unmodifiableSet(countries);
    }

    private static Long known(boolean covered, long value) {
        return covered ? value : null;
    }
}
