package id.go.wna.dashboard.api;

import id.go.wna.dashboard.api.DashboardViews.Point;
import id.go.wna.dashboard.api.DashboardViews.TimeSeriesView;
import id.go.wna.dashboard.domain.Filters;
import id.go.wna.dashboard.service.TimeSeries;
import id.go.wna.platform.api.ProblemException;
import id.go.wna.platform.api.EnumParam;
import id.go.wna.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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

@Path("/api/v1/timeseries")
@Tag(name = "Dashboard")
@Produces({MediaType.APPLICATION_JSON, Csv.TEXT_CSV})
@RolesAllowed({Roles.JOINT_ANALYST, Roles.KEMLU_CONSULAR, Roles.KEMLU_SUPERVISOR, Roles.IMIGRASI_OFFICER, Roles.PARTNER_AGENCY})
public class TimeSeriesResource {

    private final TimeSeries series;

    public TimeSeriesResource(TimeSeries series) {
        this.series = series;
    }

    @GET
    @Path("/{metric}")
    @Operation(summary = "One metric per day, week or month",
            description = "metric: foreigners-present and in-custody (stocks at the end of each interval), arrivals, departures, "
                    + "cases-opened, custody-started, obligations-opened, notices-sent, notices-within-72h-share (null "
                    + "when no notice), deadline-breaches (every clock but ACCESS_TARGET_MISSED), access-targets-missed (requested "
                    + "visits not held within the service target: no breach of law), consular-services. One point per interval, zero-filled; date = "
                    + "first day of the interval (weeks start on Monday); flows count only days inside [from, to].")
    @APIResponse(responseCode = "200", description = "The series", content = @Content(schema = @Schema(implementation = TimeSeriesView.class)))
    @APIResponse(responseCode = "404", description = "Unknown metric")
    public Response series(
            @PathParam("metric") @Parameter(description = "The metric, e.g. arrivals") String metric,
            @QueryParam("interval") @DefaultValue("day") @Parameter(description = "day, week or month") String interval,
            @BeanParam PlaceParams place,
            @BeanParam PeriodParams period,
            @Context HttpHeaders headers) {
        TimeSeries.Metric m = TimeSeries.Metric.of(metric).orElseThrow(() -> ProblemException.notFound("metric", metric));
        TimeSeries.Interval i = EnumParam.parse("interval", interval, TimeSeries.Interval.class);
        Filters f = DashboardParams.filters(place, period);
        List<Point> points = Point.of(series.series(m, i, f));
        return Csv.answer(headers, new TimeSeriesView(m.path(), i.name().toLowerCase(Locale.ROOT), f.from(), f.to(), points),
                m.path() + "-by-" + i.name().toLowerCase(Locale.ROOT), Point.class, points);
    }
}
