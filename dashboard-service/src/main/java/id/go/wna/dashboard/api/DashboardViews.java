package id.go.wna.dashboard.api;

import id.go.wna.dashboard.service.Figures;
import id.go.wna.dashboard.service.TimeSeries;
import id.go.wna.platform.disclosure.SmallCells;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/** The JSON answers of the dashboard API (docs/dashboard-service.md, "Endpoints"). */
public final class DashboardViews {

    private DashboardViews() {
    }

    public record FilterView(String nationality, String province, LocalDate from, LocalDate to) {
    }

    public record SummaryView(Instant asOf, long version, Instant lastEventAt, FilterView filters, long foreignersPresent,
                              long openCases, long inCustody, long openObligations, long overdueNotifications,
                              ComplianceTotals compliance, long consularServices, long arrivals, long departures,
                              long casesOpened) {
    }

    public record ComplianceTotals(long noticesSent, long within24h, long within72h, Double shareWithin24h,
                                   Double shareWithin72h, Double medianDelayMinutes) {
    }

    public record Count(String key, long count) {
        static List<Count> of(List<Figures.KeyCount> counts) {
            return counts.stream().map(c -> new Count(c.key(), c.count())).toList();
        }
    }

    public record PopulationView(String by, LocalDate date, long total, List<Count> counts) {
    }

    public record CountsView(String by, long total, List<Count> counts) {
    }

    public record WelfareView(String crisis, long total, List<Count> counts) {
    }

    /**
     * Welfare monitoring of one key: reports (persons) that reached any status in the period, and per status how many
     * reached it; null where a small cell is withheld from a shared view.
     */
    public record WelfareRow(String key, Long persons, Long closeContact, Long confirmed, Long recovered,
                             Long returnedToHomeCountry, Long died) {
        static WelfareRow of(String key, long persons, Map<String, Long> reached, boolean shared) {
            LongFunction<Long> cell = shared ? SmallCells::shared : n -> n;
            return new WelfareRow(key, cell.apply(persons), cell.apply(reached.getOrDefault("CLOSE_CONTACT", 0L)),
                    cell.apply(reached.getOrDefault("CONFIRMED", 0L)), cell.apply(reached.getOrDefault("RECOVERED", 0L)),
                    cell.apply(reached.getOrDefault("RETURNED_TO_HOME_COUNTRY", 0L)), cell.apply(reached.getOrDefault("DIED", 0L)));
        }

        static WelfareRow of(Figures.WelfareReached w, boolean shared) {
            return of(w.key(), w.persons(), w.reached(), shared);
        }
    }

    public record WelfareMonitoringView(String crisis, String by, LocalDate from, LocalDate to, boolean suppressed,
                                        List<WelfareRow> rows, WelfareRow total) {
    }

    /** One interval of the welfare series: its first day and how many reports reached each status in it. */
    public record WelfarePoint(LocalDate date, Long closeContact, Long confirmed, Long recovered, Long returnedToHomeCountry,
                               Long died) {
        static WelfarePoint of(Figures.WelfarePoint p, boolean shared) {
            WelfareRow r = WelfareRow.of("", 0, p.reached(), shared);
            return new WelfarePoint(p.date(), r.closeContact(), r.confirmed(), r.recovered(), r.returnedToHomeCountry(), r.died());
        }
    }

    public record WelfareSeriesView(String crisis, String interval, LocalDate from, LocalDate to, boolean suppressed,
                                    List<WelfarePoint> points) {
    }

    public record ComplianceRow(String key, long obligations, long open, long overdue, long noticesSent, long within24h,
                                long within72h, Double shareWithin24h, Double shareWithin72h, Double medianDelayMinutes) {
        static ComplianceRow of(Figures.Compliance c) {
            return new ComplianceRow(c.key(), c.obligations(), c.open(), c.overdue(), c.noticesSent(), c.within24h(),
                    c.within72h(), c.shareWithin24h(), c.shareWithin72h(), c.medianDelayMinutes());
        }
    }

    public record ComplianceView(String by, List<ComplianceRow> rows, ComplianceRow total) {
    }

    public record AssessmentRow(String country, String period, double score, double confidenceLow, double confidenceHigh,
                                double completeness, Double trend, Instant computedAt) {
    }

    public record CrossingRow(String country, String period, String measure, String direction, double value,
                              double threshold, Instant crossedAt) {
    }

    public record HighlightsView(List<AssessmentRow> assessments, List<CrossingRow> thresholdCrossings) {
    }

    public record Point(LocalDate date, Double value) {
        static List<Point> of(List<TimeSeries.Point> points) {
            return points.stream().map(p -> new Point(p.date(), p.value())).toList();
        }
    }

    public record TimeSeriesView(String metric, String interval, LocalDate from, LocalDate to, List<Point> points) {
    }
}
