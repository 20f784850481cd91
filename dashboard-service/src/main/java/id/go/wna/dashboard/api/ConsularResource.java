package id.go.wna.dashboard.api;

import id.go.wna.dashboard.api.DashboardViews.ComplianceRow;
import id.go.wna.dashboard.api.DashboardViews.ComplianceView;
import id.go.wna.dashboard.api.DashboardViews.Count;
import id.go.wna.dashboard.api.DashboardViews.CountsView;
import id.go.wna.dashboard.api.DashboardViews.WelfareView;
import id.go.wna.dashboard.domain.Filters;
import id.go.wna.dashboard.service.Figures;
import id.go.wna.platform.api.EnumParam;
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

    public ConsularResource(Figures figures) {
        this.figures = figures;
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
        String c = crisis == null || crisis.isBlank() ? null : crisis.strip();
        Filters f = DashboardParams.place(place);
        List<Count> counts = Count.of(figures.welfare(c, f));
        return Csv.answer(headers, new WelfareView(c, counts.stream().mapToLong(Count::count).sum(), counts),
                "welfare" + (c == null ? "" : "-" + c.replaceAll("[^A-Za-z0-9-]", "")), Count.class, counts);
    }
}
