package id.go.wna.dashboard.api;

import id.go.wna.dashboard.api.DashboardViews.Count;
import id.go.wna.dashboard.api.DashboardViews.CountsView;
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

@Path("/api/v1/custody/stats")
@Tag(name = "Custody", description = "People in custody now, projected from the custody events of wna.case-events.v1")
@Produces({MediaType.APPLICATION_JSON, Csv.TEXT_CSV})
@RolesAllowed({Roles.JOINT_ANALYST, Roles.KEMLU_CONSULAR, Roles.KEMLU_SUPERVISOR, Roles.IMIGRASI_OFFICER, Roles.PARTNER_AGENCY})
public class CustodyResource {

    private final Figures figures;

    public CustodyResource(Figures figures) {
        this.figures = figures;
    }

    @GET
    @Operation(summary = "People in custody now, by one dimension",
            description = "Custody episodes started and not ended; a transfer moves the person to the new province. Largest first.")
    @APIResponse(responseCode = "200", description = "The counts", content = @Content(schema = @Schema(implementation = CountsView.class)))
    public Response stats(
            @QueryParam("by") @DefaultValue("nationality") @Parameter(description = "nationality, province or custodyType") String by,
            @BeanParam PlaceParams place,
            @Context HttpHeaders headers) {
        Figures.CustodyBy dimension = EnumParam.parse("by", by, Figures.CustodyBy.class);
        Filters f = DashboardParams.place(place);
        List<Count> counts = Count.of(figures.custody(dimension, f));
        String name = dimension == Figures.CustodyBy.CUSTODYTYPE ? "custodyType" : dimension.name().toLowerCase(java.util.Locale.ROOT);
        return Csv.answer(headers, new CountsView(name, counts.stream().mapToLong(Count::count).sum(), counts),
                "custody-by-" + name, Count.class, counts);
    }
}
