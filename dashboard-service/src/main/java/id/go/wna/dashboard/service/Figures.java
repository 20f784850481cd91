package id.go.wna.dashboard.service;

import id.go.wna.dashboard.domain.CaseTallies;
import id.go.wna.dashboard.domain.Filters;
import id.go.wna.dashboard.domain.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's read side: every figure is read from the aggregate tables (cells, daily rows) or from obligation
 * rows through an index; per-person rows are never scanned. Group-by columns come from enums, never from the caller.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Figures {

    /** Minutes within which a first notice counts as prompt: 24 h and 72 h (the usual "without delay" yardsticks). */
    static final long MINUTES_24H = 24 * 60, MINUTES_72H = 72 * 60;

    /** Where an obligation counts: the province where its custody started, else its case's, else UNKNOWN. */
    static final String OBLIGATION_PROVINCE = "COALESCE(cu.start_province, cr.province, 'UNKNOWN')";
    static final String OBLIGATION_JOINS = """
            LEFT JOIN custody_record cu ON cu.custody_id = o.custody_id
            LEFT JOIN case_record cr ON cr.case_id = o.case_id""";

    public record KeyCount(String key, long count) {
    }

    public record Compliance(String key, long obligations, long open, long overdue, long noticesSent, long within24h,
                             long within72h, Double shareWithin24h, Double shareWithin72h, Double medianDelayMinutes) {
    }

    public record Summary(long version, Instant lastEventAt, long foreignersPresent, long openCases, long inCustody,
                          long openObligations, long overdueNotifications, Compliance compliance, long consularServices,
                          long arrivals, long departures, long casesOpened) {
    }

    public enum PopulationBy {
        NATIONALITY("nationality"), PROVINCE("province"), PERMITTYPE("permit_type");
        final String column;

        PopulationBy(String column) {
            this.column = column;
        }
    }

    public enum CustodyBy {
        NATIONALITY("nationality"), PROVINCE("province"), CUSTODYTYPE("custody_type");
        final String column;

        CustodyBy(String column) {
            this.column = column;
        }
    }

    public enum ComplianceBy {
        NATIONALITY, PROVINCE, MONTH
    }

    public enum ServicesBy {
        TYPE("service_type"), NATIONALITY("nationality");
        final String column;

        ServicesBy(String column) {
            this.column = column;
        }
    }

    public record Assessment(String country, String period, double score, double confidenceLow, double confidenceHigh,
                             double completeness, Double trend, Instant computedAt) {
    }

    public record Crossing(String country, String period, String measure, String direction, double value,
                           double threshold, Instant crossedAt) {
    }

    private final EntityManager em;
    private final CaseTallies cases;
    private final ProjectionState state;

    public Figures(EntityManager em, CaseTallies cases, ProjectionState state) {
        this.em = em;
        this.cases = cases;
        this.state = state;
    }

    // Summary ----------------------------------------------------------------------------------------------------------

    public Summary summary(Filters f) {
        ProjectionState.State s = state.current();
        long present = Sql.of("SELECT COALESCE(SUM(persons), 0) FROM population_cell WHERE present")
                .andIf(f.nationality(), "nationality = :n", "n").andIf(f.province(), "province = :p", "p").count(em);
        long inCustody = Sql.of("SELECT COALESCE(SUM(persons), 0) FROM custody_cell WHERE true")
                .andIf(f.nationality(), "nationality = :n", "n").andIf(f.province(), "province = :p", "p").count(em);
        Sql open = Sql.of("SELECT COUNT(*), COUNT(*) FILTER (WHERE o.notification_breached_at IS NOT NULL) FROM consular_obligation o");
        if (f.province() != null) {
            open.append(OBLIGATION_JOINS);
        }
        open.append("WHERE o.notice_owed AND o.notified_at IS NULL").andIf(f.nationality(), "o.nationality = :n", "n")
                .andIf(f.province(), OBLIGATION_PROVINCE + " = :p", "p");
        Object[] o = open.rows(em).get(0);
        long[] flows = presenceFlows(f);
        long casesOpened = Sql.of("SELECT COALESCE(SUM(opened), 0) FROM case_daily WHERE day BETWEEN :from AND :to")
                .bind("from", f.from()).bind("to", f.to())
                .andIf(f.nationality(), "nationality = :n", "n").andIf(f.province(), "province = :p", "p").count(em);
        return new Summary(s.version(), s.lastEventAt(), present, cases.open(f.nationality(), f.province()), inCustody,
                Sql.num(o[0]), Sql.num(o[1]), complianceTotal(f), consularServices(f), flows[0], flows[1], casesOpened);
    }

    /** Arrivals and departures in the period: from the per-day totals when unfiltered (about 90 rows). */
    private long[] presenceFlows(Filters f) {
        Sql sql = f.nationality() == null && f.province() == null
                ? Sql.of("SELECT COALESCE(SUM(arrivals), 0), COALESCE(SUM(departures), 0) FROM presence_daily_total WHERE day BETWEEN :from AND :to")
                : Sql.of("SELECT COALESCE(SUM(arrivals), 0), COALESCE(SUM(departures), 0) FROM presence_daily WHERE day BETWEEN :from AND :to")
                .andIf(f.nationality(), "nationality = :n", "n").andIf(f.province(), "province = :p", "p");
        Object[] r = sql.bind("from", f.from()).bind("to", f.to()).rows(em).get(0);
        return new long[]{Sql.num(r[0]), Sql.num(r[1])};
    }

    /** Consular services have no province: the province filter does not narrow them. */
    private long consularServices(Filters f) {
        return Sql.of("SELECT COALESCE(SUM(services), 0) FROM consular_service_daily WHERE day BETWEEN :from AND :to")
                .bind("from", f.from()).bind("to", f.to()).andIf(f.nationality(), "nationality = :n", "n").count(em);
    }

    // Population -------------------------------------------------------------------------------------------------------

    /** The stock present at the end of {@code date}: today's cells minus the changes of every later day. */
    public List<KeyCount> population(PopulationBy by, LocalDate date, Filters f) {
        Sql sql = Sql.of("SELECT k, SUM(n) FROM (SELECT " + by.column + " AS k, persons AS n FROM population_cell WHERE present")
                .andIf(f.nationality(), "nationality = :n", "n").andIf(f.province(), "province = :p", "p")
                .append("UNION ALL SELECT " + by.column + ", -delta FROM presence_daily WHERE day > :date")
                .bind("date", date)
                .andIf(f.nationality(), "nationality = :n", "n").andIf(f.province(), "province = :p", "p")
                .append(") x GROUP BY k HAVING SUM(n) <> 0 ORDER BY SUM(n) DESC, k");
        return keyCounts(sql);
    }

    // Custody ----------------------------------------------------------------------------------------------------------

    public List<KeyCount> custody(CustodyBy by, Filters f) {
        Sql sql = Sql.of("SELECT " + by.column + ", SUM(persons) FROM custody_cell WHERE true")
                .andIf(f.nationality(), "nationality = :n", "n").andIf(f.province(), "province = :p", "p")
                .append("GROUP BY " + by.column + " HAVING SUM(persons) <> 0 ORDER BY SUM(persons) DESC, " + by.column);
        return keyCounts(sql);
    }

    // Consular ---------------------------------------------------------------------------------------------------------

    /**
     * Obligations triggered in the period (with how many of them are open and overdue now), and first notices sent in
     * the period (prompt shares, median delay), per key.
     */
    public List<Compliance> compliance(ComplianceBy by, Filters f) {
        Map<String, long[]> obligations = new LinkedHashMap<>();
        for (Object[] r : obligationsTriggered(keyOf(by, "o.triggered_at"), f).rows(em)) {
            obligations.put(Sql.str(r[0]), new long[]{Sql.num(r[1]), Sql.num(r[2]), Sql.num(r[3])});
        }
        Map<String, Object[]> notices = new LinkedHashMap<>();
        for (Object[] r : noticesSent(keyOf(by, "o.notified_at"), f).rows(em)) {
            notices.put(Sql.str(r[0]), r);
        }
        List<String> keys = new ArrayList<>(obligations.keySet());
        notices.keySet().stream().filter(k -> !obligations.containsKey(k)).forEach(keys::add);
        List<Compliance> rows = new ArrayList<>();
        for (String k : keys) {
            rows.add(compliance(k, obligations.get(k), notices.get(k)));
        }
        Comparator<Compliance> order = by == ComplianceBy.MONTH ? Comparator.comparing(Compliance::key)
                : Comparator.comparingLong(Compliance::obligations).reversed()
                .thenComparing(Comparator.comparingLong(Compliance::noticesSent).reversed()).thenComparing(Compliance::key);
        rows.sort(order);
        return rows;
    }

    public Compliance complianceTotal(Filters f) {
        List<Object[]> o = obligationsTriggered("'ALL'", f).rows(em);
        List<Object[]> n = noticesSent("'ALL'", f).rows(em);
        long[] counts = o.isEmpty() ? null : new long[]{Sql.num(o.get(0)[1]), Sql.num(o.get(0)[2]), Sql.num(o.get(0)[3])};
        return compliance("ALL", counts, n.isEmpty() ? null : n.get(0));
    }

    private static String keyOf(ComplianceBy by, String time) {
        return switch (by) {
            case NATIONALITY -> "o.nationality";
            case PROVINCE -> OBLIGATION_PROVINCE;
            case MONTH -> "to_char(" + time + " AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM')";
        };
    }

    private Sql obligationsTriggered(String key, Filters f) {
        return Sql.of("SELECT " + key + ", COUNT(*), COUNT(*) FILTER (WHERE o.notice_owed AND o.notified_at IS NULL),"
                        + " COUNT(*) FILTER (WHERE o.notice_owed AND o.notified_at IS NULL AND o.notification_breached_at IS NOT NULL)"
                        + " FROM consular_obligation o " + OBLIGATION_JOINS
                        + " WHERE o.triggered_at >= :from AND o.triggered_at < :to")
                .bind("from", f.fromInstant()).bind("to", f.toExclusive())
                .andIf(f.nationality(), "o.nationality = :n", "n").andIf(f.province(), OBLIGATION_PROVINCE + " = :p", "p")
                .append("GROUP BY 1");
    }

    private Sql noticesSent(String key, Filters f) {
        return Sql.of("SELECT " + key + ", COUNT(*), COUNT(*) FILTER (WHERE o.delay_minutes <= " + MINUTES_24H + "),"
                        + " COUNT(*) FILTER (WHERE o.delay_minutes <= " + MINUTES_72H + "),"
                        + " percentile_cont(0.5) WITHIN GROUP (ORDER BY o.delay_minutes)"
                        + " FROM consular_obligation o " + OBLIGATION_JOINS
                        + " WHERE o.notified_at >= :from AND o.notified_at < :to")
                .bind("from", f.fromInstant()).bind("to", f.toExclusive())
                .andIf(f.nationality(), "o.nationality = :n", "n").andIf(f.province(), OBLIGATION_PROVINCE + " = :p", "p")
                .append("GROUP BY 1");
    }

    private static Compliance compliance(String key, long[] obligations, Object[] notices) {
        long sent = notices == null ? 0 : Sql.num(notices[1]);
        long w24 = notices == null ? 0 : Sql.num(notices[2]);
        long w72 = notices == null ? 0 : Sql.num(notices[3]);
        return new Compliance(key, obligations == null ? 0 : obligations[0], obligations == null ? 0 : obligations[1],
                obligations == null ? 0 : obligations[2], sent, w24, w72, share(w24, sent), share(w72, sent),
                sent == 0 ? null : Sql.dbl(notices[4]));
    }

    static Double share(long part, long of) {
        return of == 0 ? null : (double) part / of;
    }

    public List<KeyCount> services(ServicesBy by, Filters f) {
        Sql sql = Sql.of("SELECT " + by.column + ", SUM(services) FROM consular_service_daily WHERE day BETWEEN :from AND :to")
                .bind("from", f.from()).bind("to", f.to()).andIf(f.nationality(), "nationality = :n", "n")
                .append("GROUP BY " + by.column + " HAVING SUM(services) <> 0 ORDER BY SUM(services) DESC, " + by.column);
        return keyCounts(sql);
    }

    /** Current status of the reports of one crisis (all crises when null). */
    public List<KeyCount> welfare(String crisis, Filters f) {
        Sql sql = Sql.of("SELECT status, COUNT(*) FROM welfare_report WHERE true").andIf(crisis, "crisis = :c", "c")
                .andIf(f.nationality(), "nationality = :n", "n").andIf(f.province(), "province = :p", "p")
                .append("GROUP BY status ORDER BY COUNT(*) DESC, status");
        return keyCounts(sql);
    }

    // Reciprocity ------------------------------------------------------------------------------------------------------

    public List<Assessment> assessments(String country) {
        return Sql.of("""
                        SELECT iso3, period, score, confidence_low, confidence_high, completeness, trend, computed_at
                        FROM reciprocity_assessment WHERE true""").andIf(country, "iso3 = :c", "c")
                .append("ORDER BY score, iso3").rows(em).stream()
                .map(r -> new Assessment(Sql.str(r[0]), Sql.str(r[1]), Sql.dbl(r[2]), Sql.dbl(r[3]), Sql.dbl(r[4]),
                        Sql.dbl(r[5]), Sql.dbl(r[6]), Sql.instant(r[7]))).toList();
    }

    public List<Crossing> latestCrossings(String country, int limit) {
        return Sql.of("SELECT iso3, period, measure, direction, value, threshold, crossed_at FROM threshold_crossing WHERE true")
                .andIf(country, "iso3 = :c", "c")
                .append("ORDER BY crossed_at DESC, iso3, measure LIMIT " + limit).rows(em).stream()
                .map(r -> new Crossing(Sql.str(r[0]), Sql.str(r[1]), Sql.str(r[2]), Sql.str(r[3]), Sql.dbl(r[4]),
                        Sql.dbl(r[5]), Sql.instant(r[6]))).toList();
    }

    private List<KeyCount> keyCounts(Sql sql) {
        return sql.rows(em).stream().map(r -> new KeyCount(Sql.str(r[0]), Sql.num(r[1]))).toList();
    }
}
