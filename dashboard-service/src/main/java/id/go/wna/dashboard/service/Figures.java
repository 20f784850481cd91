package id.go.wna.dashboard.service;

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

    public Figures(EntityManager em) {
        this.em = em;
    }

    // Summary ----------------------------------------------------------------------------------------------------------

    /**
     * All the summary's figures in one statement (one round trip): each part reads an aggregate table, or the
     * obligations through their partial indexes (open ones, notices sent in the period).
     */
    public Summary summary(Filters f) {
        String n = f.nationality() == null ? "" : " AND nationality = :n";
        String p = f.province() == null ? "" : " AND province = :p";
        String on = f.nationality() == null ? "" : " AND o.nationality = :n";
        String op = f.province() == null ? "" : " AND " + OBLIGATION_PROVINCE + " = :p";
        String joins = f.province() == null ? "" : OBLIGATION_JOINS;
        // Unfiltered flows come from the per-day totals (about 90 rows), not from every cell of every day.
        String flows = f.nationality() == null && f.province() == null ? "presence_daily_total WHERE day BETWEEN :from AND :to"
                : "presence_daily WHERE day BETWEEN :from AND :to" + n + p;
        Sql sql = Sql.of("SELECT"
                + " (SELECT COALESCE(SUM(version), 0) FROM projection_state),"
                + " (SELECT MAX(last_event_at) FROM projection_state),"
                + " (SELECT COALESCE(SUM(persons), 0) FROM population_cell WHERE present" + n + p + "),"
                + " (SELECT COALESCE(SUM(cases), 0) FROM case_tally WHERE status NOT IN ('RESOLVED', 'ARCHIVED')" + n + p + "),"
                + " (SELECT COALESCE(SUM(persons), 0) FROM custody_cell WHERE true" + n + p + "),"
                + " ob.open, ob.overdue, ns.sent, ns.w24, ns.w72, ns.median,"
                // Consular services have no province: the province filter does not narrow them.
                + " (SELECT COALESCE(SUM(services), 0) FROM consular_service_daily WHERE day BETWEEN :from AND :to" + n + "),"
                + " fl.arrivals, fl.departures,"
                + " (SELECT COALESCE(SUM(opened), 0) FROM case_daily WHERE day BETWEEN :from AND :to" + n + p + ")"
                + " FROM (SELECT COUNT(*) AS open, COUNT(*) FILTER (WHERE o.notification_breached_at IS NOT NULL) AS overdue"
                + "   FROM consular_obligation o " + joins + " WHERE o.notice_owed AND o.notified_at IS NULL" + on + op + ") ob,"
                + " (SELECT COUNT(*) AS sent, COUNT(*) FILTER (WHERE o.delay_minutes <= " + MINUTES_24H + ") AS w24,"
                + "   COUNT(*) FILTER (WHERE o.delay_minutes <= " + MINUTES_72H + ") AS w72,"
                + "   percentile_cont(0.5) WITHIN GROUP (ORDER BY o.delay_minutes) AS median"
                + "   FROM consular_obligation o " + joins + " WHERE o.notified_at >= :fromT AND o.notified_at < :toT" + on + op + ") ns,"
                + " (SELECT COALESCE(SUM(arrivals), 0) AS arrivals, COALESCE(SUM(departures), 0) AS departures FROM " + flows + ") fl")
                .bind("from", f.from()).bind("to", f.to()).bind("fromT", f.fromInstant()).bind("toT", f.toExclusive());
        if (f.nationality() != null) {
            sql.bind("n", f.nationality());
        }
        if (f.province() != null) {
            sql.bind("p", f.province());
        }
        Object[] r = sql.rows(em).get(0);
        long sent = Sql.num(r[7]), w24 = Sql.num(r[8]), w72 = Sql.num(r[9]);
        Compliance compliance = new Compliance("ALL", 0, 0, 0, sent, w24, w72, share(w24, sent), share(w72, sent),
                sent == 0 ? null : Sql.dbl(r[10]));
        return new Summary(Sql.num(r[0]), Sql.instant(r[1]), Sql.num(r[2]), Sql.num(r[3]), Sql.num(r[4]), Sql.num(r[5]),
                Sql.num(r[6]), compliance, Sql.num(r[11]), Sql.num(r[12]), Sql.num(r[13]), Sql.num(r[14]));
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

    /** The statuses a welfare report can reach, in the order Kemlu reports them (close contacts first). */
    public static final List<String> WELFARE_STATUSES =
            List.of("CLOSE_CONTACT", "CONFIRMED", "RECOVERED", "RETURNED_TO_HOME_COUNTRY", "DIED");

    public enum WelfareBy {
        NATIONALITY("nationality"), PROVINCE("COALESCE(province, 'UNKNOWN')"), CRISIS("crisis");
        final String column;

        WelfareBy(String column) {
            this.column = column;
        }
    }

    /**
     * Welfare monitoring per key: {@code persons} reports that reached any status in the period, and per status how many
     * reports reached it in the period (a report counts once per status: a person confirmed, recovered and then gone
     * home counts in all three, as Kemlu counts its monitoring).
     */
    public record WelfareReached(String key, long persons, Map<String, Long> reached) {
    }

    public List<WelfareReached> welfareReached(WelfareBy by, String crisis, Filters f) {
        Map<String, Map<String, Long>> reached = new LinkedHashMap<>();
        for (Object[] r : welfareSql(by.column + ", status, COUNT(*)", crisis, f).append("GROUP BY 1, 2").rows(em)) {
            reached.computeIfAbsent(Sql.str(r[0]), k -> new LinkedHashMap<>()).put(Sql.str(r[1]), Sql.num(r[2]));
        }
        List<WelfareReached> rows = new ArrayList<>();
        for (Object[] r : welfareSql(by.column + ", COUNT(DISTINCT welfare_report_id)", crisis, f).append("GROUP BY 1").rows(em)) {
            String key = Sql.str(r[0]);
            rows.add(new WelfareReached(key, Sql.num(r[1]), reached.getOrDefault(key, Map.of())));
        }
        rows.sort(Comparator.comparingLong(WelfareReached::persons).reversed().thenComparing(WelfareReached::key));
        return rows;
    }

    public WelfareReached welfareReachedTotal(String crisis, Filters f) {
        Map<String, Long> reached = new LinkedHashMap<>();
        for (Object[] r : welfareSql("status, COUNT(*)", crisis, f).append("GROUP BY 1").rows(em)) {
            reached.put(Sql.str(r[0]), Sql.num(r[1]));
        }
        return new WelfareReached("ALL", welfareSql("COUNT(DISTINCT welfare_report_id)", crisis, f).count(em), reached);
    }

    /** Per interval of the period (zero-filled; date = its first day): how many reports reached each status in it. */
    public record WelfarePoint(LocalDate date, Map<String, Long> reached) {
    }

    public List<WelfarePoint> welfareSeries(TimeSeries.Interval interval, String crisis, Filters f) {
        Map<LocalDate, Map<String, Long>> byStart = new LinkedHashMap<>();
        for (LocalDate start = interval.start(f.from()); !start.isAfter(f.to()); start = interval.next(start)) {
            byStart.put(start, new LinkedHashMap<>());
        }
        for (Object[] r : welfareSql("(reached_at AT TIME ZONE 'Asia/Jakarta')::date, status, COUNT(*)", crisis, f)
                .append("GROUP BY 1, 2").rows(em)) {
            byStart.get(interval.start(Sql.date(r[0]))).merge(Sql.str(r[1]), Sql.num(r[2]), Long::sum);
        }
        return byStart.entrySet().stream().map(e -> new WelfarePoint(e.getKey(), e.getValue())).toList();
    }

    private static Sql welfareSql(String select, String crisis, Filters f) {
        return Sql.of("SELECT " + select + " FROM welfare_status_reached WHERE reached_at >= :from AND reached_at < :to")
                .bind("from", f.fromInstant()).bind("to", f.toExclusive()).andIf(crisis, "crisis = :c", "c")
                .andIf(f.nationality(), "nationality = :n", "n").andIf(f.province(), "province = :p", "p");
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
