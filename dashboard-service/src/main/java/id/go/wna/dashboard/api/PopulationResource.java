package id.go.wna.dashboard.api;

import id.go.wna.dashboard.api.DashboardViews.Count;
import id.go.wna.dashboard.api.DashboardViews.PopulationView;
import id.go.wna.dashboard.domain.Filters;
import id.go.wna.dashboard.service.Figures;
import id.go.wna.platform.api.DateParam;
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

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

@Path("/api/v1/population")
@Tag(name = "Dashboard")
@Produces({MediaType.APPLICATION_JSON, Csv.TEXT_CSV})
@RolesAllowed({Roles.JOINT_ANALYST, Roles.KEMLU_CONSULAR, Roles.KEMLU_SUPERVISOR, Roles.IMIGRASI_OFFICER, Roles.PARTNER_AGENCY})
public class PopulationResource {

    private final Figures figures;

    public PopulationResource(Figures figures) {
        this.figures = figures;
    }

    @GET
    @Operation(summary = "Foreign nationals present at the end of a day, by one dimension",
            description = "Largest first. permitType NONE = present on their entry basis, without a stay permit. "
                    + "Answers text/csv when the Accept header asks for it.")
    @APIResponse(responseCode = "200", description = "The stock", content = @Content(schema = @Schema(implementation = PopulationView.class)))
    public Response population(
            @QueryParam("by") @DefaultValue("nationality") @Parameter(description = "nationality, province or permitType") String by,
            @QueryParam("date") @Parameter(description = "The day (WIB) whose end is meant; default today") String date,
            @BeanParam PlaceParams place,
            @Context HttpHeaders headers) {
        Figures.PopulationBy dimension = EnumParam.parse("by", by, Figures.PopulationBy.class);
        LocalDate day = DateParam.parse("date", date);
        Filters f = DashboardParams.place(place);
        List<Count> counts = Count.of(figures.population(dimension, day == null ? Filters.today() : day, f));
        String name = dimension == Figures.PopulationBy.PERMITTYPE ? "permitType" : dimension.name().toLowerCase(Locale.ROOT);
        PopulationView view = new PopulationView(name, day == null ? Filters.today() : day,
                counts.stream().mapToLong(Count::count).sum(), counts);
        return Csv.answer(headers, view, "population-by-" + name, Count.class, counts);
    }
}
