package id.go.wna.notification.api;

import id.go.wna.notification.domain.Regime;
import id.go.wna.notification.service.RegimeBook;
import id.go.wna.platform.api.ProblemDetail;
import id.go.wna.platform.api.Versions;
import id.go.wna.platform.security.Caller;
import id.go.wna.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
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

@Path("/api/v1/regimes")
@Tag(name = "Notification regimes", description = "Per country: mandatory or on-request notification, its legal basis and deadlines")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegimeResource {

    private final RegimeBook book;
    private final Caller caller;

    public RegimeResource(RegimeBook book, Caller caller) {
        this.book = book;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.KEMLU_CONSULAR, Roles.KEMLU_SUPERVISOR, Roles.IMIGRASI_OFFICER, Roles.MISSION_OFFICER, Roles.PARTNER_AGENCY,
            Roles.JOINT_ANALYST})
    @Operation(summary = "The configured regimes, by country", description = "Countries not listed have the VCCR defaults: on request; "
            + "advise within 6 h, warn at 24 h, breach at 72 h, chase the acknowledgement 48 h after sending, arrange access within 96 h.")
    public List<RegimeView> configured() {
        return book.configured().stream().map(RegimeView::of).toList();
    }

    @GET
    @Path("/{iso3}")
    @RolesAllowed({Roles.KEMLU_CONSULAR, Roles.KEMLU_SUPERVISOR, Roles.IMIGRASI_OFFICER, Roles.MISSION_OFFICER, Roles.PARTNER_AGENCY,
            Roles.JOINT_ANALYST})
    @Operation(summary = "The terms that apply to a country's nationals", description = "Its configured regime (with its version as "
            + "ETag), or the VCCR defaults with `configured: false` (no ETag).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RegimeView.class)))
    @APIResponse(responseCode = "422", description = "Not an ISO 3166-1 alpha-3 code (or IDN)",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response get(@PathParam("iso3") String iso3) {
        Regime row = book.find(iso3);
        if (row == null) {
            return Response.ok(RegimeView.of(book.forCountry(RegimeBook.country(iso3)), null)).build();
        }
        return Response.ok(RegimeView.of(row)).tag(Versions.etag(row.version)).build();
    }

    @PUT
    @Path("/{iso3}")
    @RolesAllowed(Roles.KEMLU_SUPERVISOR)
    @Operation(summary = "Set a country's regime (create or replace)",
            description = "A supervisor's decision. Deadlines left out take the defaults. Send the ETag you read as If-Match to "
                    + "replace: a regime changed meanwhile is a 412 and nothing changes. Obligations opened from now on use the new terms.")
    @APIResponse(responseCode = "200", description = "Replaced; the new ETag is in the header", content = @Content(schema = @Schema(implementation = RegimeView.class)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = RegimeView.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version (or the country has no row yet)",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "422", description = "A deadline or the legal basis breaks a rule; the problem names the field",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response put(@PathParam("iso3") String iso3, @NotNull @Valid RegimeRequest request,
                        @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The regime's ETag as read, e.g. \"0\"") String ifMatch,
                        UriInfo uri) {
        RegimeBook.Saved saved = book.put(iso3, request, ifMatch, caller.subject());
        Response.ResponseBuilder response = saved.created() ? Response.created(uri.getAbsolutePath()) : Response.ok();
        return response.tag(Versions.etag(saved.regime().version)).entity(RegimeView.of(saved.regime())).build();
    }
}
