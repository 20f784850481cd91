package id.go.wna.cases.api;

import id.go.wna.cases.domain.CaseKind;
import id.go.wna.cases.domain.CaseStatus;
import id.go.wna.cases.service.CaseService;
import id.go.wna.platform.api.EnumParam;
import id.go.wna.platform.api.ProblemDetail;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/cases")
@Tag(name = "Cases", description = "Cases about foreign nationals handled by Imigrasi")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseResource {

    private final CaseService cases;

    public CaseResource(CaseService cases) {
        this.cases = cases;
    }

    @POST
    @Operation(summary = "Open a case", description = "Records the case and publishes CaseOpened.v1 on wna.case-events.v1 in the same transaction.")
    @APIResponse(responseCode = "201", description = "Case opened", content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input; the problem names each field",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response open(@NotNull @Valid OpenCaseRequest request, UriInfo uri) {
        CaseView created = CaseView.of(cases.open(request.kind(), request.nationality(), request.province(), request.summary()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One case")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "404", description = "No such case",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public CaseView get(@PathParam("id") UUID id) {
        return CaseView.of(cases.get(id));
    }

    @GET
    @Operation(summary = "Search cases", description = "Newest first, paged.")
    public List<CaseView> search(@QueryParam("kind") @Parameter(description = "criminal, civil, immigration_crime or administrative_action") String kind,
                                 @QueryParam("nationality") @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code") String nationality,
                                 @QueryParam("status") @Parameter(description = "open") String status,
                                 @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                 @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return cases.search(kind == null ? null : EnumParam.parse("kind", kind, CaseKind.class), nationality,
                status == null ? null : EnumParam.parse("status", status, CaseStatus.class), page, size)
                .stream().map(CaseView::of).toList();
    }
}
