package id.go.wna.dashboard.service;

import id.go.wna.dashboard.domain.Filters;
import id.go.wna.dashboard.domain.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Time series of the dashboard's metrics: daily values from the daily tables, summed per interval (flows) or taken
 * at the interval's last day (stocks: today's stock minus the changes of later days). Zero-filled.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TimeSeries {

    public enum Interval {
        DAY, WEEK, MONTH;

        /** The first day of the interval holding {@code d}; weeks start on Monday (ISO 8601). */
        LocalDate start(LocalDate d) {
            return switch (this) {
                case DAY -> d;
                case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                case MONTH -> d.withDayOfMonth(1);
            };
        }

        LocalDate next(LocalDate start) {
            return switch (this) {
                case DAY -> start.plusDays(1);
                case WEEK -> start.plusWeeks(1);
                case MONTH -> start.plusMonths(1);
            };
        }
    }

    public enum Metric {
        FOREIGNERS_PRESENT(true), ARRIVALS(false), DEPARTURES(false), CASES_OPENED(false), CUSTODY_STARTED(false),
        IN_CUSTODY(true), OBLIGATIONS_OPENED(false), NOTICES_SENT(false), NOTICES_WITHIN_72H_SHARE(false),
        DEADLINE_BREACHES(false), ACCESS_TARGETS_MISSED(false), CONSULAR_SERVICES(false);

        final boolean stock;

        Metric(boolean stock) {
            this.stock = stock;
        }

        public String path() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Optional<Metric> of(String path) {
            for (Metric m : values()) {
                if (m.path().equals(path)) {
                    return Optional.of(m);
                }
            }
            return Optional.empty();
        }
    }

    public record Point(LocalDate date, Double value) {
    }

    private static final String WIB_DAY = "(%s AT TIME ZONE 'Asia/Jakarta')::date";

    private final EntityManager em;

    public TimeSeries(EntityManager em) {
        this.em = em;
    }

    public List<Point> series(Metric metric, Interval interval, Filters f) {
        if (metric == Metric.NOTICES_WITHIN_72H_SHARE) {
            Map<LocalDate, Long> sent = daily(noticesSql("COUNT(*)", f));
            Map<LocalDate, Long> prompt = daily(noticesSql("COUNT(*) FILTER (WHERE o.delay_minutes <= " + Figures.MINUTES_72H + ")", f));
            List<Point> points = new ArrayList<>();
            for (LocalDate start = interval.start(f.from()); !start.isAfter(f.to()); start = interval.next(start)) {
                long s = sum(sent, start, interval.next(start), f), p = sum(prompt, start, interval.next(start), f);
                points.add(new Point(start, Figures.share(p, s)));
            }
            return points;
        }
        if (metric.stock) {
            return stock(metric, interval, f);
        }
        Map<LocalDate, Long> values = daily(flowSql(metric, f));
        List<Point> points = new ArrayList<>();
        for (LocalDate start = interval.start(f.from()); !start.isAfter(f.to()); start = interval.next(start)) {
            points.add(new Point(start, (double) sum(values, start, interval.next(start), f)));
        }
        return points;
    }

    /** Flows inside the period only: the first and last intervals may be partial. */
    private static long sum(Map<LocalDate, Long> values, LocalDate start, LocalDate end, Filters f) {
        long total = 0;
        for (LocalDate d = start.isBefore(f.from()) ? f.from() : start; d.isBefore(end) && !d.isAfter(f.to()); d = d.plusDays(1)) {
            total += values.getOrDefault(d, 0L);
        }
        return total;
    }

    private List<Point> stock(Metric metric, Interval interval, Filters f) {
        boolean presence = metric == Metric.FOREIGNERS_PRESENT;
        long now = (presence
                ? Sql.of("SELECT COALESCE(SUM(persons), 0) FROM population_cell WHERE present")
                : Sql.of("SELECT COALESCE(SUM(persons), 0) FROM custody_cell WHERE true"))
                .andIf(f.nationality(), "nationality = :n", "n").andIf(f.province(), "province = :p", "p").count(em);
        Sql deltas = presence && f.nationality() == null && f.province() == null
                ? Sql.of("SELECT day, delta FROM presence_daily_total WHERE day > :from")
                : Sql.of("SELECT day, SUM(delta) FROM " + (presence ? "presence_daily" : "custody_daily") + " WHERE day > :from")
                .andIf(f.nationality(), "nationality = :n", "n").andIf(f.province(), "province = :p", "p").append("GROUP BY day");
        Map<LocalDate, Long> byDay = new HashMap<>();
        long after = 0; // sum of the changes of the days after the one considered
        for (Object[] r : deltas.bind("from", f.from()).rows(em)) {
            byDay.put(Sql.date(r[0]), Sql.num(r[1]));
        }
        for (Map.Entry<LocalDate, Long> e : byDay.entrySet()) {
            if (e.getKey().isAfter(f.to())) {
                after += e.getValue();
            }
        }
        // Stock at the end of each day, walking back from `to`.
        Map<LocalDate, Long> stockAt = new HashMap<>();
        long stock = now - after;
        for (LocalDate d = f.to(); !d.isBefore(f.from()); d = d.minusDays(1)) {
            stockAt.put(d, stock);
            stock -= byDay.getOrDefault(d, 0L);
        }
        List<Point> points = new ArrayList<>();
        for (LocalDate start = interval.start(f.from()); !start.isAfter(f.to()); start = interval.next(start)) {
            LocalDate last = interval.next(start).minusDays(1);
            points.add(new Point(start, (double) stockAt.get(last.isAfter(f.to()) ? f.to() : last)));
        }
        return points;
    }

    private Sql flowSql(Metric metric, Filters f) {
        boolean unfiltered = f.nationality() == null && f.province() == null;
        return switch (metric) {
            case ARRIVALS, DEPARTURES -> {
                String col = metric == Metric.ARRIVALS ? "arrivals" : "departures";
                yield unfiltered ? Sql.of("SELECT day, " + col + " FROM presence_daily_total WHERE day BETWEEN :from AND :to")
                        .bind("from", f.from()).bind("to", f.to())
                        : cells("SELECT day, SUM(" + col + ") FROM presence_daily WHERE day BETWEEN :from AND :to", f);
            }
            case CASES_OPENED -> cells("SELECT day, SUM(opened) FROM case_daily WHERE day BETWEEN :from AND :to", f);
            case CUSTODY_STARTED -> cells("SELECT day, SUM(started) FROM custody_daily WHERE day BETWEEN :from AND :to", f);
            // Consular services have no province: the province filter does not narrow them.
            case CONSULAR_SERVICES -> Sql.of("SELECT day, SUM(services) FROM consular_service_daily WHERE day BETWEEN :from AND :to")
                    .bind("from", f.from()).bind("to", f.to()).andIf(f.nationality(), "nationality = :n", "n").append("GROUP BY day");
            case OBLIGATIONS_OPENED -> obligations("o.triggered_at", "COUNT(*)", "o.triggered_at", f);
            case NOTICES_SENT -> noticesSql("COUNT(*)", f);
            // A visit not held within the service target (ACCESS_TARGET_MISSED) is no breach of law: the VCCR sets no
            // deadline for a visit. It is kept as a fact and counted on its own series, never as a deadline breach.
            case DEADLINE_BREACHES -> breaches("b.clock <> 'ACCESS_TARGET_MISSED'", f);
            case ACCESS_TARGETS_MISSED -> breaches("b.clock = 'ACCESS_TARGET_MISSED'", f);
            default -> throw new IllegalArgumentException(metric + " is not a flow");
        };
    }

    /** Deadlines passed, by the obligation's nationality (the latest regime decision's, once an XXX is established). */
    private static Sql breaches(String clocks, Filters f) {
        return Sql.of("SELECT " + WIB_DAY.formatted("b.breached_at") + ", COUNT(*) FROM consular_breach b"
                        + " JOIN consular_obligation o ON o.obligation_id = b.obligation_id " + Figures.OBLIGATION_JOINS
                        + " WHERE b.breached_at >= :fromT AND b.breached_at < :toT AND " + clocks)
                .bind("fromT", f.fromInstant()).bind("toT", f.toExclusive())
                .andIf(f.nationality(), "o.nationality = :n", "n")
                .andIf(f.province(), Figures.OBLIGATION_PROVINCE + " = :p", "p").append("GROUP BY 1");
    }

    private static Sql cells(String select, Filters f) {
        return Sql.of(select).bind("from", f.from()).bind("to", f.to()).andIf(f.nationality(), "nationality = :n", "n").andIf(f.province(), "province = :p", "p")
                .append("GROUP BY day");
    }

    private Sql noticesSql(String value, Filters f) {
        return obligations("o.notified_at", value, "o.notified_at", f);
    }

    private static Sql obligations(String dayOf, String value, String time, Filters f) {
        return Sql.of("SELECT " + WIB_DAY.formatted(dayOf) + ", " + value + " FROM consular_obligation o " + Figures.OBLIGATION_JOINS
                        + " WHERE " + time + " >= :fromT AND " + time + " < :toT")
                .bind("fromT", f.fromInstant()).bind("toT", f.toExclusive())
                .andIf(f.nationality(), "o.nationality = :n", "n")
                .andIf(f.province(), Figures.OBLIGATION_PROVINCE + " = :p", "p").append("GROUP BY 1");
    }

    /** (day, value) rows as a map. */
    private Map<LocalDate, Long> daily(Sql sql) {
        Map<LocalDate, Long> out = new HashMap<>();
        for (Object[] r : sql.rows(em)) {
            out.merge(Sql.date(r[0]), Sql.num(r[1]), Long::sum);
        }
        return out;
    }
}
