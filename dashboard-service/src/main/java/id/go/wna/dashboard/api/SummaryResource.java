package id.go.wna.dashboard.api;

import id.go.wna.dashboard.api.DashboardViews.ComplianceTotals;
import id.go.wna.dashboard.api.DashboardViews.FilterView;
import id.go.wna.dashboard.api.DashboardViews.SummaryView;
import id.go.wna.dashboard.domain.Filters;
import id.go.wna.dashboard.service.Figures;
import id.go.wna.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;

@Path("/api/v1/summary")
@Tag(name = "Dashboard", description = "Aggregate figures of the JWNA dashboard, projected from every topic; no personal data")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.JOINT_ANALYST, Roles.KEMLU_CONSULAR, Roles.KEMLU_SUPERVISOR, Roles.IMIGRASI_OFFICER, Roles.PARTNER_AGENCY})
public class SummaryResource {

    private final Figures figures;

    public SummaryResource(Figures figures) {
        this.figures = figures;
    }

    @GET
    @Operation(summary = "The dashboard's key figures",
            description = "Stocks (present, open cases, in custody, open and overdue obligations) as of now; flows "
                    + "(arrivals, departures, cases opened, notices, consular services) in the period. version and "
                    + "lastEventAt change whenever an event is applied: poll and refresh when version changes. "
                    + "Read from pre-aggregated tables only.")
    @APIResponse(responseCode = "200", description = "The figures", content = @Content(schema = @Schema(implementation = SummaryView.class)))
    public SummaryView summary(@BeanParam PlaceParams place,
    @BeanParam PeriodParams period) {
        Filters f = DashboardParams.filters(place, period);
        Figures.Summary s = figures.summary(f);
        Figures.Compliance c = s.compliance();
        return new SummaryView(Instant.now(), s.version(), s.lastEventAt(),
                new FilterView(f.nationality(), f.province(), f.from(), f.to()), s.foreignersPresent(), s.openCases(),
                s.inCustody(), s.openObligations(), s.overdueNotifications(),
                new ComplianceTotals(c.noticesSent(), c.within24h(), c.within72h(), c.shareWithin24h(), c.shareWithin72h(),
                        c.medianDelayMinutes()),
                s.consularServices(), s.arrivals(), s.departures(), s.casesOpened());
    }
}
