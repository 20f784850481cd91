package id.go.wna.reciprocity.api;

import id.go.wna.platform.api.EnumParam;
import id.go.wna.platform.api.IfMatch;
import id.go.wna.platform.api.Versions;
import id.go.wna.platform.security.Roles;
import id.go.wna.reciprocity.domain.FindingStatus;
import id.go.wna.reciprocity.service.Findings;
import id.go.wna.reciprocity.service.Periods;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/findings")
@Tag(name = "Findings", description = "The joint working team's findings on a country, each resting on an assessment "
        + "snapshot (its id and a copy): DRAFT → REVIEWED → ENDORSED → ACTIONED → CLOSED, with REVIEWED → DRAFT and "
        + "ENDORSED → REVIEWED back, DRAFT → CLOSED (dropped) and ENDORSED → CLOSED (no action needed); CLOSED is final. "
        + "Who and when for every step.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FindingResource {


    private final Findings findings;

    public FindingResource(Findings findings) {
        this.findings = findings;
    }

    @Schema(description = "A new finding on a country for a period.")
    public record CreateFinding(
            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code")
            @Schema(required = true, example = "MYS") String iso3,
            @NotBlank @Schema(required = true, description = "2026-11, 2026-Q4 or 2026") String period,
            @NotBlank @Size(max = 200) @Schema(required = true) String title,
            @NotBlank @Size(max = 5000) @Schema(required = true, description = "What the team finds, citing the figures")
            String statement,
            @Size(max = 5000) String recommendation,
            @Schema(description = "The snapshot the finding rests on (assessmentId of the profile read); default: the "
                    + "country's current assessment, recomputed now") UUID assessmentId) {
    }

    @Schema(description = "A step of a finding.")
    public record Transition(
            @NotNull @Schema(required = true, enumeration = {"DRAFT", "REVIEWED", "ENDORSED", "ACTIONED", "CLOSED"}) String to,
            @Size(max = 2000) @Schema(description = "Why (the review's remarks, the action taken...)") String note) {
    }

    public record StepView(int seq, String from, String to, String by, String roles, Instant at, String note) {
    }

    @Schema(description = "A finding with its steps and the assessment it rests on.")
    public record FindingView(UUID id, String iso3, String period, String title, String statement, String recommendation,
                              String status, @Schema(description = "The states allowed next") List<String> allowedTransitions,
                              @Schema(description = "The assessment snapshot the finding rests on") UUID assessmentId,
                              @Schema(description = "A copy of that assessment as it was (analysts' view); absent in lists",
                                      nullable = true) Object assessment,
                              String createdBy, Instant createdAt, Instant updatedAt, long version,
                              @Schema(description = "Every step: from, to, who (token subject and roles), when, note; "
                                      + "absent in lists", nullable = true) List<StepView> steps) {

        static FindingView of(Findings.Finding f) {
            return new FindingView(f.id(), f.iso3(), f.period(), f.title(), f.statement(), f.recommendation(),
                    f.status().name(), f.status().allowedNext(), f.assessmentId(),
                    f.snapshot() == null ? null : AssessmentView.of(new id.go.wna.reciprocity.service.Assessments.Snapshot(
                            f.assessmentId(), f.iso3(), f.period(), null, null, f.snapshot(), f.snapshot()), false),
                    f.createdBy(), f.createdAt(), f.updatedAt(), f.version(),
                    f.steps() == null ? null : f.steps().stream().map(s -> new StepView(s.seq(), s.from(), s.to(), s.by(),
                            s.roles(), s.at(), s.note())).toList());
        }
    }

    @POST
    @RolesAllowed(Roles.JOINT_ANALYST)
    @Operation(summary = "Draft a finding", description = "A DRAFT by the caller, resting on the assessment snapshot named "
            + "(it must be of that country and period) or on the country's current assessment, recomputed first. The "
            + "snapshot's id and a copy are kept with the finding.")
    @APIResponse(responseCode = "201", description = "Drafted; Location names it, the version is the ETag",
            content = @Content(schema = @Schema(implementation = FindingView.class)))
    @APIResponse(responseCode = "400", description = "A field missing or malformed; the field is named")
    @APIResponse(responseCode = "422", description = "No assessment to rest on (no fact about the country in the "
            + "period), or assessmentId of another country or period")
    public Response create(@NotNull @Valid CreateFinding request, UriInfo uri) {
        Findings.Finding f = findings.create(new Findings.Draft(request.iso3(), request.period(), request.title(),
                request.statement(), request.recommendation(), request.assessmentId()));
        return Response.created(uri.getAbsolutePathBuilder().path(f.id().toString()).build())
                .tag(Versions.etag(f.version())).entity(FindingView.of(f)).build();
    }

    @GET
    @RolesAllowed({Roles.JOINT_ANALYST, Roles.KEMLU_CONSULAR, Roles.KEMLU_SUPERVISOR, Roles.IMIGRASI_OFFICER})
    @Operation(summary = "Find findings", description = "Newest first, paged, without steps nor the assessment copy.")
    public List<FindingView> search(
            @QueryParam("iso3") @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code") String iso3,
            @QueryParam("period") String period,
            @QueryParam("status") @Parameter(description = "draft, reviewed, endorsed, actioned or closed") String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return findings.search(iso3, period == null ? null : Periods.parse(period).code(),
                status == null ? null : EnumParam.parse("status", status, FindingStatus.class), page, size)
                .stream().map(FindingView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.JOINT_ANALYST, Roles.KEMLU_CONSULAR, Roles.KEMLU_SUPERVISOR, Roles.IMIGRASI_OFFICER})
    @Operation(summary = "One finding", description = "With its steps (who, when) and a copy of the assessment it rests "
            + "on. The version is the ETag: send it as If-Match with a transition.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = FindingView.class)))
    @APIResponse(responseCode = "404", description = "Unknown finding")
    public Response get(@PathParam("id") UUID id) {
        Findings.Finding f = findings.get(id);
        return Response.ok(FindingView.of(f)).tag(Versions.etag(f.version())).build();
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed(Roles.JOINT_ANALYST)
    @Operation(summary = "Take a finding a step on", description = "DRAFT → REVIEWED or CLOSED; REVIEWED → ENDORSED or "
            + "DRAFT; ENDORSED → ACTIONED, CLOSED or REVIEWED; ACTIONED → CLOSED; CLOSED is final. REVIEWED and ENDORSED "
            + "are by a joint analyst other than the author (four eyes, 422 otherwise). The step is recorded with the "
            + "caller's subject and roles and the time.")
    @APIResponse(responseCode = "200", description = "Done; the new ETag is in the header",
            content = @Content(schema = @Schema(implementation = FindingView.class)))
    @APIResponse(responseCode = "404", description = "Unknown finding")
    @APIResponse(responseCode = "409", description = "Not allowed from the current state; `allowed` lists the possible ones")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "422", description = "An unknown state, or the author reviewing or endorsing their own finding")
    public Response transition(@PathParam("id") UUID id, @NotNull @Valid Transition request,
                               @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag as read, e.g. \"0\"") String ifMatch) {
        Findings.Finding f = findings.transition(id, EnumParam.parse("to", request.to(), FindingStatus.class),
                request.note(), IfMatch.of(ifMatch));
        return Response.ok(FindingView.of(f)).tag(Versions.etag(f.version())).build();
    }
}
