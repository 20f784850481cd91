package id.go.wna.dashboard.api;

import id.go.wna.dashboard.api.DashboardViews.AssessmentRow;
import id.go.wna.dashboard.api.DashboardViews.CrossingRow;
import id.go.wna.dashboard.api.DashboardViews.HighlightsView;
import id.go.wna.dashboard.service.Figures;
import id.go.wna.platform.api.EnumParam;
import id.go.wna.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
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

@Path("/api/v1/reciprocity/highlights")
@Tag(name = "Reciprocity", description = "Reciprocity highlights projected from kemlu.reciprocity-events.v1")
@Produces({MediaType.APPLICATION_JSON, Csv.TEXT_CSV})
@RolesAllowed({Roles.JOINT_ANALYST, Roles.KEMLU_CONSULAR, Roles.KEMLU_SUPERVISOR, Roles.IMIGRASI_OFFICER, Roles.PARTNER_AGENCY})
public class ReciprocityResource {

    /** How many threshold crossings the highlights show. */
    static final int LATEST_CROSSINGS = 10;

    private final Figures figures;

    public ReciprocityResource(Figures figures) {
        this.figures = figures;
    }

    @GET
    @Operation(summary = "Latest assessment per country and the latest threshold crossings",
            description = "Assessments most unfavourable first (score ascending); the 10 latest ThresholdCrossed. "
                    + "nationality narrows to one country. Advice, never a policy trigger. text/csv: the assessments.")
    @APIResponse(responseCode = "200", description = "The highlights", content = @Content(schema = @Schema(implementation = HighlightsView.class)))
    public Response highlights(
            @QueryParam("nationality") @Parameter(description = "ISO 3166-1 alpha-3 of one country") String nationality,
            @Context HttpHeaders headers) {
        String country = DashboardParams.nationality(nationality);
        List<AssessmentRow> assessments = figures.assessments(country).stream()
                .map(a -> new AssessmentRow(a.country(), a.period(), a.score(), a.confidenceLow(), a.confidenceHigh(),
                        a.completeness(), a.trend(), a.computedAt())).toList();
        List<CrossingRow> crossings = figures.latestCrossings(country, LATEST_CROSSINGS).stream()
                .map(c -> new CrossingRow(c.country(), c.period(), c.measure(), c.direction(), c.value(), c.threshold(),
                        c.crossedAt())).toList();
        return Csv.answer(headers, new HighlightsView(assessments, crossings), "reciprocity-assessments",
                AssessmentRow.class, assessments);
    }
}
