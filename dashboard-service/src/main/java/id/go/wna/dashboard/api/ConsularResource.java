package id.go.wna.dashboard.api;

import id.go.wna.dashboard.api.DashboardViews.ComplianceRow;
import id.go.wna.dashboard.api.DashboardViews.ComplianceView;
import id.go.wna.dashboard.api.DashboardViews.Count;
import id.go.wna.dashboard.api.DashboardViews.CountsView;
import id.go.wna.dashboard.api.DashboardViews.WelfareMonitoringView;
import id.go.wna.dashboard.api.DashboardViews.WelfarePoint;
import id.go.wna.dashboard.api.DashboardViews.WelfareRow;
import id.go.wna.dashboard.api.DashboardViews.WelfareSeriesView;
import id.go.wna.dashboard.api.DashboardViews.WelfareView;
import id.go.wna.dashboard.domain.Filters;
import id.go.wna.dashboard.service.Figures;
import id.go.wna.dashboard.service.TimeSeries;
import id.go.wna.platform.api.EnumParam;
import id.go.wna.platform.security.Caller;
import id.go.wna.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;

@Path("/api/v1/consular")
@Tag(name = "Consular", description = "Consular compliance, services and welfare, projected from kemlu.consular-events.v1")
@Produces({MediaType.APPLICATION_JSON, Csv.TEXT_CSV})
@RolesAllowed({Roles.JOINT_ANALYST, Roles.KEMLU_CONSULAR, Roles.KEMLU_SUPERVISOR, Roles.IMIGRASI_OFFICER, Roles.PARTNER_AGENCY})
public class ConsularResource {

    private final Figures figures;
    private final Caller caller;

    public ConsularResource(Figures figures, Caller caller) {
        this.figures = figures;
        this.caller = caller;
    }

    /** Ministries and the joint team see every number; anyone else (partner agencies) the shared view, small cells withheld. */
    private boolean sharedView() {
        return !(caller.hasRole(Roles.JOINT_ANALYST) || caller.hasRole(Roles.KEMLU_CONSULAR)
                || caller.hasRole(Roles.KEMLU_SUPERVISOR) || caller.hasRole(Roles.IMIGRASI_OFFICER));
    }

    private static String crisis(String crisis) {
        return crisis == null || crisis.isBlank() ? null : crisis.strip();
    }

    private static String fileCrisis(String c) {
        return c == null ? "" : "-" + c.replaceAll("[^A-Za-z0-9-]", "");
    }

    /**
     * What the two welfare-monitoring answers (by dimension, per interval) share: the crisis asked for, the filters,
     * whether the caller gets the shared view, and how their CSV files are named.
     */
    private record Monitoring(String crisis, Filters filters, boolean shared) {

        String file(String by) {
            return "welfare-monitoring" + fileCrisis(crisis) + "-by-" + by;
        }
    }

    private Monitoring monitoring(String crisis, PlaceParams place, PeriodParams period) {
        Filters f = DashboardParams.filters(place, period);
        return new Monitoring(crisis(crisis), f, sharedView());
    }

    @GET
    @Path("/compliance")
    @Operation(summary = "Consular notification compliance, by one dimension",
            description = "obligations, open and overdue: obligations triggered in the period (open and overdue as of now); "
                    + "noticesSent, within24h, within72h, shares and median delay: first notices (INITIAL or DEATH) sent in the "
                    + "period. An obligation's province is that of its custody (or case); UNKNOWN until known.")
    @APIResponse(responseCode = "200", description = "The rows and their total", content = @Content(schema = @Schema(implementation = ComplianceView.class)))
    public Response compliance(
            @QueryParam("by") @DefaultValue("nationality") @Parameter(description = "nationality, province or month") String by,
            @BeanParam PlaceParams place,
            @BeanParam PeriodParams period,
            @Context HttpHeaders headers) {
        Figures.ComplianceBy dimension = EnumParam.parse("by", by, Figures.ComplianceBy.class);
        Filters f = DashboardParams.filters(place, period);
        List<ComplianceRow> rows = figures.compliance(dimension, f).stream().map(ComplianceRow::of).toList();
        String name = dimension.name().toLowerCase(Locale.ROOT);
        return Csv.answer(headers, new ComplianceView(name, rows, ComplianceRow.of(figures.complianceTotal(f))),
                "compliance-by-" + name, ComplianceRow.class, rows);
    }

    @GET
    @Path("/services")
    @Operation(summary = "Consular services logged in the period, by type or nationality",
            description = "Sums of the entries' counts by the day the service was given. Services carry no province: the province filter is accepted and does not narrow them.")
    @APIResponse(responseCode = "200", description = "The counts", content = @Content(schema = @Schema(implementation = CountsView.class)))
    public Response services(
            @QueryParam("by") @DefaultValue("type") @Parameter(description = "type or nationality") String by,
            @BeanParam PlaceParams place,
            @BeanParam PeriodParams period,
            @Context HttpHeaders headers) {
        Figures.ServicesBy dimension = EnumParam.parse("by", by, Figures.ServicesBy.class);
        Filters f = DashboardParams.filters(place, period);
        List<Count> counts = Count.of(figures.services(dimension, f));
        String name = dimension.name().toLowerCase(Locale.ROOT);
        return Csv.answer(headers, new CountsView(name, counts.stream().mapToLong(Count::count).sum(), counts),
                "consular-services-by-" + name, Count.class, counts);
    }

    @GET
    @Path("/welfare")
    @Operation(summary = "Current welfare status of monitored people in a crisis",
            description = "Each welfare report counted once, at its latest status.")
    @APIResponse(responseCode = "200", description = "The counts", content = @Content(schema = @Schema(implementation = WelfareView.class)))
    public Response welfare(
            @QueryParam("crisis") @Parameter(description = "Crisis code, e.g. COVID-19; all crises when absent") String crisis,
            @BeanParam PlaceParams place,
            @Context HttpHeaders headers) {
        String c = crisis(crisis);
        Filters f = DashboardParams.place(place);
        List<Count> counts = Count.of(figures.welfare(c, f));
        return Csv.answer(headers, new WelfareView(c, counts.stream().mapToLong(Count::count).sum(), counts),
                "welfare" + fileCrisis(c), Count.class, counts);
    }

    @GET
    @Path("/welfare/monitoring")
    @Operation(summary = "Welfare monitoring in the period: persons per status reached, by one dimension",
            description = "How Kemlu reports its crisis monitoring (e.g. Covid-19: close contacts, confirmed, recovered, "
                    + "returned to the home country, died): per key, `persons` = welfare reports that reached any status "
                    + "in the period, and per status the reports that reached it in the period (a report counts once per "
                    + "status it reached, so a person confirmed, recovered and gone home counts in all three; the statuses "
                    + "do not add up to persons). Days in WIB. A report's province is the one its changes carry (UNKNOWN "
                    + "when none). Partner agencies get the shared view: counts from 1 to 4 are withheld (null) and "
                    + "`suppressed` is true. text/csv: the rows.")
    @APIResponse(responseCode = "200", description = "The rows and their total",
            content = @Content(schema = @Schema(implementation = WelfareMonitoringView.class)))
    public Response welfareMonitoring(
            @QueryParam("by") @DefaultValue("nationality") @Parameter(description = "nationality, province or crisis") String by,
            @QueryParam("crisis") @Parameter(description = "Crisis code, e.g. COVID-19; all crises when absent") String crisis,
            @BeanParam PlaceParams place,
            @BeanParam PeriodParams period,
            @Context HttpHeaders headers) {
        Figures.WelfareBy dimension = EnumParam.parse("by", by, Figures.WelfareBy.class);
        Monitoring m = monitoring(crisis, place, period);
        Filters f = m.filters();
        List<WelfareRow> rows = figures.welfareReached(dimension, m.crisis(), f).stream().map(w -> WelfareRow.of(w, m.shared())).toList();
        String name = dimension.name().toLowerCase(Locale.ROOT);
        return Csv.answer(headers, new WelfareMonitoringView(m.crisis(), name, f.from(), f.to(), m.shared(), rows,
                        WelfareRow.of(figures.welfareReachedTotal(m.crisis(), f), m.shared())),
                m.file(name), WelfareRow.class, rows);
    }

    @GET
    @Path("/welfare/monitoring/series")
    @Operation(summary = "Welfare monitoring per day, week or month: reports that reached each status",
            description = "One point per interval of the period, zero-filled; date = first day of the interval (weeks "
                    + "start on Monday; days in WIB); only days inside [from, to] count. A report counts in the interval "
                    + "in which it first reached the status. Partner agencies get the shared view (counts from 1 to 4 "
                    + "withheld, null). text/csv: the points.")
    @APIResponse(responseCode = "200", description = "The series",
            content = @Content(schema = @Schema(implementation = WelfareSeriesView.class)))
    public Response welfareMonitoringSeries(
            @QueryParam("interval") @DefaultValue("week") @Parameter(description = "day, week or month") String interval,
            @QueryParam("crisis") @Parameter(description = "Crisis code, e.g. COVID-19; all crises when absent") String crisis,
            @BeanParam PlaceParams place,
            @BeanParam PeriodParams period,
            @Context HttpHeaders headers) {
        TimeSeries.Interval i = EnumParam.parse("interval", interval, TimeSeries.Interval.class);
        Monitoring m = monitoring(crisis, place, period);
        Filters f = m.filters();
        List<WelfarePoint> points = figures.welfareSeries(i, m.crisis(), f).stream().map(p -> WelfarePoint.of(p, m.shared())).toList();
        String name = i.name().toLowerCase(Locale.ROOT);
        return Csv.answer(headers, new WelfareSeriesView(m.crisis(), name, f.from(), f.to(), m.shared(), points),
                m.file(name), WelfarePoint.class, points);
    }
}
