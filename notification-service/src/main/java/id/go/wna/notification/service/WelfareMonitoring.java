package id.go.wna.notification.service;

import id.go.wna.notification.domain.WelfareReport;
import id.go.wna.notification.domain.WelfareStatus;
import id.go.wna.notification.domain.WelfareStatusChange;
import id.go.wna.notification.messaging.ConsularEvents;
import id.go.wna.platform.reference.Countries;
import id.go.wna.platform.reference.Provinces;
import id.go.wna.platform.refusal.ExpectedVersion;
import id.go.wna.platform.refusal.Refusal;
import id.go.wna.platform.security.Caller;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Foreign nationals monitored in a crisis: a report, its status changes along {@link WelfareStatus#next()}, each
 * committed with its {@code WelfareStatusChanged.v1}.
 */
@ApplicationScoped
public class WelfareMonitoring {

    /** A foreign national to monitor in a crisis, with the status first observed: no name, no document. */
    public record Report(String crisis, String nationality, String province, UUID personRef, UUID obligationId,
                         WelfareStatus status, Instant observedAt) {
    }

    /** The monitored person's new status and when it was observed. */
    public record StatusChange(WelfareStatus status, Instant observedAt) {
    }

    /** Clocks of the reporting devices may run a little ahead; more than this is a typing error. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final java.util.regex.Pattern CRISIS = java.util.regex.Pattern.compile("[A-Z0-9][A-Z0-9-]{1,39}");

    private final ConsularEvents events;
    private final Caller caller;
    private final EntityManager em;

    public WelfareMonitoring(ConsularEvents events, Caller caller, EntityManager em) {
        this.events = events;
        this.caller = caller;
        this.em = em;
    }

    @Transactional
    public WelfareReport report(Report r) {
        String crisis = crisis("crisis", r.crisis());
        if (!Countries.isIsoCode(r.nationality())) {
            throw Refusal.ruleBroken("nationality", "'" + r.nationality() + "' is not an ISO 3166-1 alpha-3 country");
        }
        Instant observedAt = observed(r.observedAt());
        if (r.personRef() != null && WelfareReport.count("personRef = ?1 and crisis = ?2 and status not in ?3", r.personRef(),
                crisis, List.of(WelfareStatus.DIED, WelfareStatus.RETURNED_TO_HOME_COUNTRY)) > 0) {
            throw Refusal.conflict("the person " + r.personRef() + " is already monitored in " + crisis
                    + ": change the status of that report instead");
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        WelfareReport w = new WelfareReport();
        w.id = UUID.randomUUID();
        w.crisis = crisis;
        w.nationality = r.nationality();
        if (r.province() != null && !r.province().isBlank()) {
            Provinces.Province p = Provinces.find(r.province()).orElseThrow(() -> Refusal.ruleBroken("province",
                    "'" + r.province() + "' is not an Indonesian province: give its BPS code (e.g. 51), a Kemendagri code only as kemendagri:94, or its name (e.g. Bali)"));
            w.provinceCode = p.code();
            w.province = p.name();
        }
        w.personRef = r.personRef();
        w.obligationId = r.obligationId();
        w.status = r.status();
        w.observedAt = observedAt;
        w.reportedBy = caller.subject();
        w.reportedAt = now;
        w.updatedAt = now;
        w.persist();
        events.welfareStatusChanged(w, history(w, null, now));
        em.flush();
        return w;
    }

    /**
     * A step {@link WelfareStatus#next()} forbids (a dead person recovering, anything after the return home, the same
     * status again) is a 409 listing the allowed ones; a stale If-Match a 412.
     */
    @Transactional
    public WelfareReport change(UUID id, StatusChange r, ExpectedVersion expected) {
        WelfareReport w = get(id);
        expected.check(w.version, "welfare report", id);
        WelfareStatus from = w.status;
        if (!from.allows(r.status())) {
            List<String> allowed = from.allowedNames();
            throw Refusal.forbiddenTransition("a person monitored as " + from + " cannot become " + r.status()
                    + (allowed.isEmpty() ? "; " + from + " is final" : "; allowed: " + String.join(", ", allowed)), allowed);
        }
        Instant observedAt = observed(r.observedAt());
        if (observedAt.isBefore(w.observedAt)) {
            throw Refusal.ruleBroken("observedAt", "is before the current status was observed (" + w.observedAt + ")");
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        w.status = r.status();
        w.observedAt = observedAt;
        w.updatedAt = now;
        events.welfareStatusChanged(w, history(w, from, now));
        em.flush(); // the version the caller gets back (ETag) is the one just written
        return w;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WelfareReport get(UUID id) {
        WelfareReport w = WelfareReport.findById(id);
        if (w == null) {
            throw Refusal.notFound("welfare report", id);
        }
        return w;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WelfareStatusChange> history(UUID id) {
        return WelfareStatusChange.of(id);
    }

    /** Every filter optional. */
    public record Query(String crisis, String nationality, WelfareStatus status, String provinceCode) {
    }

    /** The most recently changed first; ties broken by id, so paging is stable. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WelfareReport> search(Query q, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (q.crisis() != null) {
            where.add("crisis = :crisis");
            params.and("crisis", crisis("crisis", q.crisis()));
        }
        if (q.nationality() != null) {
            where.add("nationality = :nationality");
            params.and("nationality", q.nationality());
        }
        if (q.status() != null) {
            where.add("status = :status");
            params.and("status", q.status());
        }
        if (q.provinceCode() != null) {
            where.add("provinceCode = :province");
            params.and("province", q.provinceCode());
        }
        Sort newestFirst = Sort.descending("updatedAt").and("id");
        return (where.isEmpty() ? WelfareReport.<WelfareReport>findAll(newestFirst)
                : WelfareReport.<WelfareReport>find(String.join(" and ", where), newestFirst, params))
                .page(Page.of(page, size)).list();
    }

    /** Per status: where the reports of a crisis stand now, and how many ever reached it. */
    public record Summary(String crisis, long reports, Map<WelfareStatus, Long> current, Map<WelfareStatus, Long> everReached) {
    }

    /** Two aggregate queries (GROUP BY status) over the crisis's reports and their history. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Summary summary(String crisisCode) {
        String crisis = crisis("crisis", crisisCode);
        Map<WelfareStatus, Long> current = counts(em.createNativeQuery(
                "SELECT status, count(*) FROM welfare_report WHERE crisis = ?1 GROUP BY status").setParameter(1, crisis));
        Map<WelfareStatus, Long> ever = counts(em.createNativeQuery("""
                        SELECT c.status, count(DISTINCT c.report_id) FROM welfare_status_change c
                        JOIN welfare_report r ON r.id = c.report_id
                        WHERE r.crisis = ?1 GROUP BY c.status""").setParameter(1, crisis));
        return new Summary(crisis, current.values().stream().mapToLong(Long::longValue).sum(), current, ever);
    }

    /** A crisis code, as reference data writes it: "COVID-19". */
    public static String crisis(String field, String code) {
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!CRISIS.matcher(c).matches()) {
            throw Refusal.ruleBroken(field, "'" + code + "' is not a crisis code: capitals, digits and hyphens, "
                    + "e.g. COVID-19");
        }
        return c;
    }

    private static Map<WelfareStatus, Long> counts(jakarta.persistence.Query query) {
        Map<WelfareStatus, Long> counts = new LinkedHashMap<>();
        for (WelfareStatus s : WelfareStatus.values()) {
            counts.put(s, 0L);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        for (Object[] row : rows) {
            counts.put(WelfareStatus.valueOf((String) row[0]), ((Number) row[1]).longValue());
        }
        return counts;
    }

    private static Instant observed(Instant observedAt) {
        if (observedAt.isAfter(Instant.now().plus(CLOCK_SKEW))) {
            throw Refusal.ruleBroken("observedAt", "is in the future");
        }
        return observedAt.truncatedTo(ChronoUnit.MICROS);
    }

    private WelfareStatusChange history(WelfareReport w, WelfareStatus previous, Instant now) {
        WelfareStatusChange c = new WelfareStatusChange();
        c.id = UUID.randomUUID();
        c.reportId = w.id;
        c.previousStatus = previous;
        c.status = w.status;
        c.observedAt = w.observedAt;
        c.changedBy = caller.subject();
        c.changedAt = now;
        c.persist();
        return c;
    }
}
