package id.go.wna.notification.api;

import id.go.wna.notification.domain.Regime;
import id.go.wna.notification.service.RegimeBook;
import id.go.wna.platform.api.DateParam;
import id.go.wna.platform.api.IfMatch;
import id.go.wna.platform.api.Versions;
import id.go.wna.platform.security.Caller;
import id.go.wna.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

import java.time.LocalDate;
import java.util.List;

@Path("/api/v1/regimes")
@Tag(name = "Notification regimes", description = "Per country, as versions by date: mandatory or on-request notification, its legal basis and deadlines")
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
    @Operation(summary = "The configured regimes in force on a day, by country", description = "One version per country: "
            + "the one in force today (Jakarta), or on `on`. Countries not listed have the VCCR defaults that day: on request; "
            + "advise within 6 h, warn at 24 h, breach at 72 h, chase the acknowledgement 48 h after sending, arrange access within 96 h.")
    @APIResponse(responseCode = "400", description = "`on` is not an ISO-8601 date")
    public List<RegimeView> configured(
            @QueryParam("on") @Parameter(description = "the Jakarta day, e.g. 2024-05-01; left out: today") String on) {
        return book.configured(day(on)).stream().map(RegimeView::of).toList();
    }

    @GET
    @Path("/{iso3}")
    @RolesAllowed({Roles.KEMLU_CONSULAR, Roles.KEMLU_SUPERVISOR, Roles.IMIGRASI_OFFICER, Roles.MISSION_OFFICER, Roles.PARTNER_AGENCY,
            Roles.JOINT_ANALYST})
    @Operation(summary = "The terms that apply to a country's nationals on a day", description = "The version in force today "
            + "(Jakarta), or on `on`, with its version as ETag; or the VCCR defaults with `configured: false` (no ETag) when no "
            + "version covers that day.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RegimeView.class)))
    @APIResponse(responseCode = "400", description = "`on` is not an ISO-8601 date")
    @APIResponse(responseCode = "422", description = "Not an ISO 3166-1 alpha-3 code (or IDN)")
    public Response get(@PathParam("iso3") String iso3,
                        @QueryParam("on") @Parameter(description = "the Jakarta day, e.g. 2024-05-01; left out: today") String on) {
        String country = RegimeBook.country(iso3);
        LocalDate day = day(on);
        Regime row = book.findOn(country, day);
        if (row == null) {
            return Response.ok(RegimeView.of(book.forCountryOn(country, day), null)).build();
        }
        return Response.ok(RegimeView.of(row)).tag(Versions.etag(row.version)).build();
    }

    @GET
    @Path("/{iso3}/versions")
    @RolesAllowed({Roles.KEMLU_CONSULAR, Roles.KEMLU_SUPERVISOR, Roles.IMIGRASI_OFFICER, Roles.MISSION_OFFICER, Roles.PARTNER_AGENCY,
            Roles.JOINT_ANALYST})
    @Operation(summary = "Every version of a country's regime, earliest first", description = "Each applies to acts from "
            + "`effectiveFrom` (null: since always) until the day before `effectiveTo` (null: in force); a day no version "
            + "covers has the VCCR defaults. Empty: the defaults always applied. `version` is each one's ETag.")
    @APIResponse(responseCode = "422", description = "Not an ISO 3166-1 alpha-3 code (or IDN)")
    public List<RegimeView> versions(@PathParam("iso3") String iso3) {
        return book.versions(iso3).stream().map(RegimeView::of).toList();
    }

    @POST
    @Path("/{iso3}/versions")
    @RolesAllowed(Roles.KEMLU_SUPERVISOR)
    @Operation(summary = "Amend a country's regime from a date (a new version)",
            description = "A supervisor's decision. The new terms apply to acts from `effectiveFrom` (required, a Jakarta day "
                    + "after the start of the country's latest version); that version, if still in force then, is closed: its "
                    + "`effectiveTo` becomes `effectiveFrom`, so its last day is the day before. Acts dated earlier keep the "
                    + "earlier terms. Deadlines left out take the defaults.")
    @APIResponse(responseCode = "201", description = "Added; the new version's ETag is in the header",
            content = @Content(schema = @Schema(implementation = RegimeView.class)))
    @APIResponse(responseCode = "422", description = "`effectiveFrom` missing or not after the latest version's start, or a "
            + "deadline or the legal basis breaks a rule; the problem names the field")
    public Response amend(@PathParam("iso3") String iso3, @NotNull @Valid RegimeRequest request, UriInfo uri) {
        Regime added = book.amend(iso3, version(request), caller.subject());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/regimes").path(added.country)
                        .queryParam("on", added.effectiveFrom).build())
                .tag(Versions.etag(added.version)).entity(RegimeView.of(added)).build();
    }

    @PUT
    @Path("/{iso3}")
    @RolesAllowed(Roles.KEMLU_SUPERVISOR)
    @Operation(summary = "Correct the version in force today (or create a country's first)",
            description = "A supervisor's decision, for an error in the current terms; an amendment from a date is a new "
                    + "version (POST /versions) instead. Corrects the version in force today (Jakarta), else the latest one. "
                    + "Deadlines left out take the defaults; a date left out keeps the version's. Send the ETag you read as "
                    + "If-Match: a version changed meanwhile is a 412 and nothing changes. Obligations decided from now on use "
                    + "the corrected terms for acts in the version's period.")
    @APIResponse(responseCode = "200", description = "Corrected; the new ETag is in the header", content = @Content(schema = @Schema(implementation = RegimeView.class)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = RegimeView.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version (or the country has no version yet)")
    @APIResponse(responseCode = "422", description = "A deadline, the legal basis or a date breaks a rule (dates overlapping "
            + "another version); the problem names the field")
    public Response put(@PathParam("iso3") String iso3, @NotNull @Valid RegimeRequest request,
                        @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The regime's ETag as read, e.g. \"0\"") String ifMatch,
                        UriInfo uri) {
        RegimeBook.Saved saved = book.put(iso3, version(request), IfMatch.of(ifMatch), caller.subject());
        Response.ResponseBuilder response = saved.created() ? Response.created(uri.getAbsolutePath()) : Response.ok();
        return response.tag(Versions.etag(saved.regime().version)).entity(RegimeView.of(saved.regime())).build();
    }

    private LocalDate day(String on) {
        LocalDate day = DateParam.parse("on", on);
        return day == null ? book.today() : day;
    }

    private static RegimeBook.RegimeVersion version(RegimeRequest r) {
        return new RegimeBook.RegimeVersion(r.kind(), r.legalBasis(), r.advisementWithinHours(),
                r.notificationWarningAfterHours(), r.notificationDueWithinHours(), r.acknowledgementChaseAfterHours(),
                r.accessWithinHours(), r.instrument(), r.effectiveFrom(), r.effectiveTo());
    }
}
