package id.go.wna.notification.api;

import id.go.wna.notification.domain.Post;
import id.go.wna.notification.domain.PostType;
import id.go.wna.notification.service.PostDirectory;
import id.go.wna.platform.api.EnumParam;
import id.go.wna.platform.api.IfMatch;
import id.go.wna.platform.api.ProblemException;
import id.go.wna.platform.api.Versions;
import id.go.wna.platform.reference.Countries;
import id.go.wna.platform.reference.Provinces;
import id.go.wna.platform.security.Caller;
import id.go.wna.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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

import java.util.List;
import java.util.Locale;

@Path("/api/v1/posts")
@Tag(name = "Foreign posts", description = "The directory of foreign missions (embassies, consulates, TETO) and their consular "
        + "districts; which post a notice goes to")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PostResource {

    private final PostDirectory directory;
    private final Caller caller;

    public PostResource(PostDirectory directory, Caller caller) {
        this.directory = directory;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.KEMLU_CONSULAR, Roles.KEMLU_SUPERVISOR, Roles.IMIGRASI_OFFICER, Roles.MISSION_OFFICER, Roles.PARTNER_AGENCY})
    @Operation(summary = "The posts in the directory", description = "Sorted by country, then code. `province` keeps the posts whose "
            + "consular district covers it, counting an embassy without a district as covering what its country's other posts do not.")
    public List<PostView> search(
            @QueryParam("country") @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code in capitals, e.g. AUS")
            @Parameter(description = "ISO 3166-1 alpha-3 of the sending state") String country,
            @QueryParam("province") @Parameter(description = "BPS code (51; a Kemendagri code only as kemendagri:94) or name (Bali)") String province,
            @QueryParam("type") @Parameter(description = "embassy, consulate_general, consulate, honorary_consulate or representative_office") String type,
            @QueryParam("active") @Parameter(description = "true or false; both when left out") Boolean active) {
        return directory.search(country, province == null ? null : province("province", province).code(),
                        type == null ? null : EnumParam.parse("type", type, PostType.class), active)
                .stream().map(PostView::of).toList();
    }

    @GET
    @Path("/choice")
    @RolesAllowed({Roles.KEMLU_CONSULAR, Roles.KEMLU_SUPERVISOR, Roles.IMIGRASI_OFFICER, Roles.MISSION_OFFICER, Roles.PARTNER_AGENCY})
    @Operation(summary = "Which post a notice about a national goes to, and why",
            description = "Among the country's active posts in Indonesia, the one whose consular district includes the province; "
                    + "otherwise its embassy; for Taiwan, TETO Jakarta; for a country without a post in Indonesia, a post accredited "
                    + "from abroad if the directory has one. Stateless, refugee and unspecified codes (XXA, XXB, XXC, XXX) and "
                    + "Indonesians have none: 404 saying why.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PostChoiceView.class)))
    @APIResponse(responseCode = "404", description = "No post applies; the detail says why")
    @APIResponse(responseCode = "422", description = "Not a country code, or not a province")
    public PostChoiceView choice(
            @QueryParam("nationality") @NotBlank @Parameter(required = true, description = "ISO 3166-1 alpha-3 or ICAO Doc 9303 code", example = "AUS")
            String nationality,
            @QueryParam("province") @Parameter(description = "Where the national is held: BPS code (51; a Kemendagri code only as kemendagri:94) or name (Bali)", example = "51")
            String province) {
        String code = nationality.strip().toUpperCase(Locale.ROOT);
        if (!Countries.isIcaoCode(code)) {
            throw ProblemException.invalidField("nationality", "'" + nationality + "' is not an ISO 3166-1 alpha-3 or ICAO Doc 9303 code");
        }
        Provinces.Province where = province == null || province.isBlank() ? null : province("province", province);
        PostDirectory.Decision decision = directory.decide(code, where == null ? null : where.code());
        return decision.choice()
                .map(c -> PostChoiceView.of(code, where == null ? null : new PostView.ProvinceView(where.code(), where.name()), c))
                .orElseThrow(() -> new ProblemException(404, "no-post", "No consular post applies", decision.reason(), null));
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.KEMLU_CONSULAR, Roles.KEMLU_SUPERVISOR, Roles.IMIGRASI_OFFICER, Roles.MISSION_OFFICER, Roles.PARTNER_AGENCY})
    @Operation(summary = "One post")
    @APIResponse(responseCode = "200", description = "The post; its version is the ETag", content = @Content(schema = @Schema(implementation = PostView.class)))
    @APIResponse(responseCode = "404", description = "No such post")
    public Response get(@PathParam("code") String code) {
        Post p = directory.get(code);
        return Response.ok(PostView.of(p)).tag(Versions.etag(p.version)).build();
    }

    @POST
    @RolesAllowed({Roles.KEMLU_CONSULAR, Roles.KEMLU_SUPERVISOR})
    @Operation(summary = "Add a post", description = "With its consular district. Two career posts of a country cannot share a "
            + "province (422 naming `district`); an honorary consulate may. 409 if the code exists.")
    @APIResponse(responseCode = "201", description = "Added; Location and ETag in the headers", content = @Content(schema = @Schema(implementation = PostView.class)))
    @APIResponse(responseCode = "409", description = "A post with this code exists")
    @APIResponse(responseCode = "422", description = "A field breaks a rule; the problem names it")
    public Response create(@NotNull @Valid PostRequest request, UriInfo uri) {
        Post p = directory.create(details(request), caller.subject());
        return Response.created(uri.getAbsolutePathBuilder().path(p.code).build()).tag(Versions.etag(p.version))
                .entity(PostView.of(p)).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed({Roles.KEMLU_CONSULAR, Roles.KEMLU_SUPERVISOR})
    @Operation(summary = "Replace a post's details and district",
            description = "Every field, the district included. Send the ETag you read as If-Match: a post changed meanwhile is a 412 "
                    + "and nothing changes.")
    @APIResponse(responseCode = "200", description = "Replaced; the new ETag is in the header", content = @Content(schema = @Schema(implementation = PostView.class)))
    @APIResponse(responseCode = "404", description = "No such post")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "422", description = "A field breaks a rule; the problem names it")
    public Response update(@PathParam("code") String code, @NotNull @Valid PostRequest request,
                           @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The post's ETag as read, e.g. \"0\"") String ifMatch) {
        Post p = directory.update(code, details(request), IfMatch.of(ifMatch), caller.subject());
        return Response.ok(PostView.of(p)).tag(Versions.etag(p.version)).build();
    }

    static Provinces.Province province(String field, String codeOrName) {
        return Provinces.find(codeOrName).orElseThrow(() -> ProblemException.invalidField(field,
                "'" + codeOrName + "' is not an Indonesian province: give its BPS code (e.g. 51), a Kemendagri code only as kemendagri:94, or its name (e.g. Bali)"));
    }

    private static PostDirectory.PostDetails details(PostRequest r) {
        return new PostDirectory.PostDetails(r.code(), r.country(), r.type(), r.name(), r.city(), r.address(), r.email(),
                r.fax(), r.phone(), r.accreditedFrom(), r.active(), r.district());
    }
}
