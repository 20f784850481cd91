package id.go.wna.reciprocity.api;

import id.go.wna.platform.api.IfMatch;
import id.go.wna.platform.api.Versions;
import id.go.wna.platform.security.Caller;
import id.go.wna.platform.security.Roles;
import id.go.wna.reciprocity.domain.CountryVisaRegime;
import id.go.wna.reciprocity.service.VisaRegimeBook;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

@Path("/api/v1/countries/{iso3}/visa-regime")
@Tag(name = "Visa regimes", description = "Per country: the visa regime Indonesia applies to its nationals and the one it applies "
        + "to Indonesians (public policy)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VisaRegimeResource {

    private final VisaRegimeBook book;
    private final Caller caller;

    public VisaRegimeResource(VisaRegimeBook book, Caller caller) {
        this.book = book;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.JOINT_ANALYST, Roles.KEMLU_CONSULAR, Roles.KEMLU_SUPERVISOR, Roles.IMIGRASI_OFFICER, Roles.PARTNER_AGENCY})
    @Operation(summary = "A country's visa regimes, both ways", description = "The recorded regimes with their version as ETag, or "
            + "`configured: false` and nulls (no ETag) for a country none is recorded for: a 200 either way.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = VisaRegimeView.class)))
    @APIResponse(responseCode = "422", description = "Not an ISO 3166-1 alpha-3 code, or IDN")
    public Response get(@PathParam("iso3") @Parameter(example = "AUS") String iso3) {
        CountryVisaRegime r = book.find(iso3);
        if (r == null) {
            return Response.ok(VisaRegimeView.notConfigured(VisaRegimeBook.country(iso3))).build();
        }
        return Response.ok(VisaRegimeView.of(r)).tag(Versions.etag(r.version)).build();
    }

    @PUT
    // Each ministry knows one direction; the joint team that reads both keeps the record, alone (one writer).
    @RolesAllowed(Roles.JOINT_ANALYST)
    @Operation(summary = "Record a country's visa regimes (create or replace)", description = "The whole regime, both ways. Send the "
            + "ETag you read as If-Match: a regime changed meanwhile is a 412 and nothing changes (without If-Match the write "
            + "applies to whatever is current). Every version is kept.")
    @APIResponse(responseCode = "200", description = "Replaced; the new ETag is in the header",
            content = @Content(schema = @Schema(implementation = VisaRegimeView.class)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = VisaRegimeView.class)))
    @APIResponse(responseCode = "400", description = "A direction missing or not a VisaRegime value; the problem names the field")
    @APIResponse(responseCode = "412", description = "If-Match names an older version (or the country has no regime yet)")
    @APIResponse(responseCode = "422", description = "Not an ISO 3166-1 alpha-3 code; a stay for a direction that requires a visa; "
            + "a stay above 365 days. The problem names the field")
    public Response put(@PathParam("iso3") @Parameter(example = "AUS") String iso3, @NotNull @Valid VisaRegimeRequest request,
                        @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The regime's ETag as read, e.g. \"0\"") String ifMatch) {
        VisaRegimeBook.Saved saved = book.put(iso3, request.input(), IfMatch.of(ifMatch), caller.subject());
        CountryVisaRegime r = saved.regime();
        Response.ResponseBuilder response = saved.created()
                ? Response.created(URI.create("/api/v1/countries/" + r.country + "/visa-regime")) : Response.ok();
        return response.tag(Versions.etag(r.version)).entity(VisaRegimeView.of(r)).build();
    }
}
