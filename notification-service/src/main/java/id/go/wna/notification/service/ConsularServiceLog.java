package id.go.wna.notification.service;

import id.go.wna.notification.domain.ConsularServiceEntry;
import id.go.wna.notification.domain.ConsularServiceType;
import id.go.wna.notification.messaging.ConsularEvents;
import id.go.wna.platform.reference.Countries;
import id.go.wna.platform.refusal.Refusal;
import id.go.wna.platform.security.Caller;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Kemlu's consular services log: each entry checked for what its type needs and committed with its event. */
@ApplicationScoped
public class ConsularServiceLog {

    /** A service Kemlu gave, as the log records it: counts and a short description, never a person's identity. */
    public record ServiceGiven(ConsularServiceType serviceType, LocalDate occurredOn, String nationality, Integer count,
                               Integer persons, String flightNumber, String operator,
                               ConsularServiceEntry.HotlineStatus hotlineStatus, String summary, UUID obligationId) {
    }

    /** Service days are Indonesian days: Kemlu works in Jakarta time. */
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final ConsularEvents events;
    private final Caller caller;
    private final EntityManager em;

    public ConsularServiceLog(ConsularEvents events, Caller caller, EntityManager em) {
        this.events = events;
        this.caller = caller;
        this.em = em;
    }

    @Transactional
    public ConsularServiceEntry record(ServiceGiven r) {
        ConsularServiceType type = r.serviceType();
        if (r.occurredOn().isAfter(LocalDate.now(WIB))) {
            throw Refusal.ruleBroken("occurredOn", "is in the future: record a service once it was given");
        }
        if (r.nationality() != null && !Countries.isIsoCode(r.nationality())) {
            throw Refusal.ruleBroken("nationality", "'" + r.nationality() + "' is not an ISO 3166-1 alpha-3 country");
        }
        ConsularServiceEntry e = new ConsularServiceEntry();
        e.id = UUID.randomUUID();
        e.serviceType = type;
        e.occurredOn = r.occurredOn();
        e.nationality = r.nationality();
        e.summary = blankToNull(r.summary());
        e.obligationId = r.obligationId();
        e.recordedBy = caller.subject();
        e.recordedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);

        if (type != ConsularServiceType.FLIGHT_CLEARANCE && (r.flightNumber() != null || r.operator() != null)) {
            throw Refusal.ruleBroken(r.flightNumber() != null ? "flightNumber" : "operator",
                    "only a FLIGHT_CLEARANCE has a flight and its operator");
        }
        if (type != ConsularServiceType.HOTLINE_CASE && r.hotlineStatus() != null) {
            throw Refusal.ruleBroken("hotlineStatus", "only a HOTLINE_CASE is open or closed");
        }
        if (r.persons() != null && type != ConsularServiceType.FLIGHT_CLEARANCE
                && type != ConsularServiceType.EVACUATION_ASSISTANCE) {
            throw Refusal.ruleBroken("persons", "only an EVACUATION_ASSISTANCE or a FLIGHT_CLEARANCE counts persons; "
                    + "a " + type + " counts " + (type.isPermitDocument() ? "documents in count" : "one per entry"));
        }
        switch (type) {
            case HOTLINE_CASE -> {
                requireNationality(r, "the foreign national the call was about");
                requireSummary(e, "what the call was about, in a sentence and without names");
                e.count = single(r, "a hotline entry is one case: record each call as its own entry");
                e.hotlineStatus = r.hotlineStatus() == null ? ConsularServiceEntry.HotlineStatus.OPEN : r.hotlineStatus();
            }
            case FLIGHT_CLEARANCE -> {
                requireNationality(r, "the country of the mission whose evacuation flight was cleared");
                if (r.flightNumber() == null || r.flightNumber().isBlank()) {
                    throw Refusal.ruleBroken("flightNumber", "is required for a FLIGHT_CLEARANCE, e.g. LH 9921");
                }
                e.flightNumber = r.flightNumber().strip().toUpperCase(java.util.Locale.ROOT);
                e.operator = blankToNull(r.operator());
                e.count = r.count() == null ? 1 : r.count();
                e.persons = r.persons();
            }
            case EVACUATION_ASSISTANCE -> {
                requireNationality(r, "the country of the mission evacuating its nationals");
                if (r.persons() == null) {
                    throw Refusal.ruleBroken("persons", "is required for an EVACUATION_ASSISTANCE: how many persons "
                            + "the mission evacuated with Kemlu's help");
                }
                if (r.count() != null && !r.count().equals(r.persons())) {
                    throw Refusal.ruleBroken("count", "an EVACUATION_ASSISTANCE counts persons: leave count out or "
                            + "make it equal to persons (" + r.persons() + ")");
                }
                e.persons = r.persons();
                e.count = r.persons();
            }
            case EXIT_PERMIT_ONLY, DIPLOMATIC_STAY_PERMIT, SERVICE_STAY_PERMIT -> {
                if (r.count() == null) {
                    throw Refusal.ruleBroken("count", "is required for " + type + ": how many documents were issued");
                }
                e.count = r.count();
            }
            case HUMANITARIAN_DISCRETION -> {
                requireNationality(r, "the nationality of the person or group the discretion was granted to");
                requireSummary(e, "the reason for the discretion, in a sentence and without names");
                e.count = single(r, "a discretion is one entry: record each as its own entry");
            }
            case OTHER -> {
                requireSummary(e, "what the service was, in a sentence and without names");
                e.count = single(r, "an OTHER entry counts one service");
            }
        }
        e.persist();
        events.serviceRecorded(e);
        return e;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ConsularServiceEntry get(UUID id) {
        ConsularServiceEntry e = ConsularServiceEntry.findById(id);
        if (e == null) {
            throw Refusal.notFound("consular service", id);
        }
        return e;
    }

    /** Every filter optional; from and to are service days, both inclusive. */
    public record Query(ConsularServiceType type, String nationality, LocalDate from, LocalDate to) {
    }

    /** The most recent service day first, then the latest recorded; ties broken by id, so paging is stable. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ConsularServiceEntry> search(Query q, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (q.type() != null) {
            where.add("serviceType = :type");
            params.and("type", q.type());
        }
        if (q.nationality() != null) {
            where.add("nationality = :nationality");
            params.and("nationality", q.nationality());
        }
        if (q.from() != null) {
            where.add("occurredOn >= :from");
            params.and("from", q.from());
        }
        if (q.to() != null) {
            where.add("occurredOn <= :to");
            params.and("to", q.to());
        }
        Sort newestFirst = Sort.descending("occurredOn", "recordedAt").and("id");
        return (where.isEmpty() ? ConsularServiceEntry.<ConsularServiceEntry>findAll(newestFirst)
                : ConsularServiceEntry.<ConsularServiceEntry>find(String.join(" and ", where), newestFirst, params))
                .page(Page.of(page, size)).list();
    }

    /** Entries, their count and their persons per type over service days from..to. */
    public record TypeTotal(ConsularServiceType type, long entries, long count, long persons) {
    }

    /** One aggregate query (GROUP BY type) over the day index; every type in the answer, zeros included. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TypeTotal> totals(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw Refusal.ruleBroken("to", "is before from");
        }
        List<String> where = new ArrayList<>();
        if (from != null) {
            where.add("occurred_on >= :from");
        }
        if (to != null) {
            where.add("occurred_on <= :to");
        }
        var query = em.createNativeQuery("SELECT service_type, count(*), coalesce(sum(unit_count), 0), coalesce(sum(persons), 0) "
                + "FROM consular_service" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " GROUP BY service_type");
        if (from != null) {
            query.setParameter("from", from);
        }
        if (to != null) {
            query.setParameter("to", to);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<ConsularServiceType, TypeTotal> byType = new EnumMap<>(ConsularServiceType.class);
        for (Object[] row : rows) {
            ConsularServiceType type = ConsularServiceType.valueOf((String) row[0]);
            byType.put(type, new TypeTotal(type, ((Number) row[1]).longValue(), ((Number) row[2]).longValue(),
                    ((Number) row[3]).longValue()));
        }
        List<TypeTotal> all = new ArrayList<>();
        for (ConsularServiceType type : ConsularServiceType.values()) {
            all.add(byType.getOrDefault(type, new TypeTotal(type, 0, 0, 0)));
        }
        return all;
    }

    private static void requireNationality(ServiceGiven r, String what) {
        if (r.nationality() == null) {
            throw Refusal.ruleBroken("nationality", "is required for a " + r.serviceType() + ": " + what);
        }
    }

    private static void requireSummary(ConsularServiceEntry e, String what) {
        if (e.summary == null) {
            throw Refusal.ruleBroken("summary", "is required for a " + e.serviceType + ": " + what);
        }
    }

    private static int single(ServiceGiven r, String why) {
        if (r.count() != null && r.count() != 1) {
            throw Refusal.ruleBroken("count", why);
        }
        return 1;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
