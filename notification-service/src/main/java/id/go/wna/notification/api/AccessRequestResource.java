package id.go.wna.notification.api;

import id.go.wna.notification.domain.AccessRequest;
import id.go.wna.notification.domain.AccessRequestStatus;
import id.go.wna.notification.domain.Obligation;
import id.go.wna.notification.service.AccessRequests;
import id.go.wna.platform.api.EnumParam;
import id.go.wna.platform.api.IfMatch;
import id.go.wna.platform.api.Versions;
import id.go.wna.platform.reference.Provinces;
import id.go.wna.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@Path("/api/v1/access-requests")
@Tag(name = "Consular access", description = "VCCR Art. 36(1)(c): requests for consular visits, calls and video calls to "
        + "detained nationals, their steps (REQUESTED → UNDER_REVIEW → APPROVED → SCHEDULED → CONDUCTED, and the branches), "
        + "the ACCESS clock, and the visits the obligation's figures are derived from")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccessRequestResource {


    private final AccessRequests access;
    private final Clock clock;

    public AccessRequestResource(AccessRequests access, Clock clock) {
        this.access = access;
        this.clock = clock;
    }

    @POST
    @RolesAllowed({Roles.KEMLU_CONSULAR, Roles.KEMLU_SUPERVISOR, Roles.MISSION_OFFICER})
    @Operation(summary = "Request consular access to a detained national",
            description = "By Kemlu (for the post or the detainee) or by the post's own mission officer (requestedBy POST, "
                    + "only for its own nationals of whom the post was notified). The ACCESS clock runs from requestedAt: a "
                    + "warning half-way, a breach at the country's access term (default 96 h). 409 when no access can "
                    + "follow: the post was never notified, not a detention (Art. 37), no duty (Indonesian national, "
                    + "stateless), suppressed (asylum seeker or refugee), escalated to Protocol (diplomat), custody ended. "
                    + "A detainee who opposed consular action is still asked: the view warns. Publishes AccessRequested.v1 "
                    + "(key obligationId) in the same transaction.")
    @APIResponse(responseCode = "201", description = "Requested; Location names it, the version is the ETag",
            content = @Content(schema = @Schema(implementation = AccessRequestView.class)))
    @APIResponse(responseCode = "404", description = "Unknown obligation, or not visible to the caller")
    @APIResponse(responseCode = "409", description = "No consular access can follow from this obligation; detail says why")
    @APIResponse(responseCode = "422", description = "A time in the future or before the detention; a mission officer "
            + "requesting for the detainee")
    public Response create(@NotNull @Valid AccessRequestRequests.CreateAccessRequest request, UriInfo uri) {
        AccessRequest r = access.create(new AccessRequests.RequestAccess(request.obligationId(), request.mode(),
                request.requestedBy(), request.requestedAt(), request.preferredAt(), request.notes()));
        return Response.created(uri.getAbsolutePathBuilder().path(r.id.toString()).build()).tag(Versions.etag(r.version))
                .entity(view(r, true)).build();
    }

    @GET
    @RolesAllowed({Roles.KEMLU_CONSULAR, Roles.KEMLU_SUPERVISOR, Roles.MISSION_OFFICER, Roles.IMIGRASI_OFFICER})
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Find access requests", description = "Newest request first, paged, without history. A mission "
            + "officer finds only its own nationals' requests.")
    public List<AccessRequestView> search(
            @QueryParam("obligationId") UUID obligationId,
            @QueryParam("status") @Parameter(description = "requested, under_review, approved, scheduled, rescheduled, "
                    + "conducted, declined_by_detainee, denied, cancelled_by_post, no_show or expired") String status,
            @QueryParam("nationality") @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code") String nationality,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        List<AccessRequest> found = access.search(new AccessRequests.Query(obligationId,
                status == null ? null : EnumParam.parse("status", status, AccessRequestStatus.class), nationality), page, size);
        if (found.isEmpty()) {
            return List.of();
        }
        Map<UUID, Obligation> obligations = Obligation.<Obligation>list("id in ?1",
                found.stream().map(r -> r.obligationId).distinct().toList()).stream()
                .collect(Collectors.toMap(o -> o.id, Function.identity()));
        var now = clock.instant();
        return found.stream().map(r -> AccessRequestView.of(r, provinceOf(obligations.get(r.obligationId)),
                access.warningsOf(r), null, now)).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.KEMLU_CONSULAR, Roles.KEMLU_SUPERVISOR, Roles.MISSION_OFFICER, Roles.IMIGRASI_OFFICER})
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "One access request", description = "With its history (every step: from, to, when, by whom, why), "
            + "its ACCESS clock, the transitions allowed next and any warning. The version is the ETag: send it as "
            + "If-Match with a transition.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AccessRequestView.class)))
    @APIResponse(responseCode = "404", description = "Unknown, or not visible to the caller")
    public Response get(@PathParam("id") UUID id) {
        AccessRequest r = access.getVisible(id);
        return Response.ok(view(r, true)).tag(Versions.etag(r.version)).build();
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed({Roles.KEMLU_CONSULAR, Roles.KEMLU_SUPERVISOR, Roles.MISSION_OFFICER, Roles.IMIGRASI_OFFICER})
    @Operation(summary = "Take the request a step on",
            description = "REQUESTED → UNDER_REVIEW → APPROVED → SCHEDULED (scheduledAt) → CONDUCTED (at: when the visit "
                    + "took place; durationMinutes, visitors). RESCHEDULED (a new scheduledAt) from SCHEDULED or RESCHEDULED "
                    + "goes on as SCHEDULED does. DECLINED_BY_DETAINEE (the detainee expressly opposes, Art. 36(1)(c)) and "
                    + "CANCELLED_BY_POST at any open stage; DENIED from REQUESTED or UNDER_REVIEW, with legalBasis and "
                    + "approvingOfficial; NO_SHOW from SCHEDULED or RESCHEDULED; EXPIRED for a request never scheduled, once "
                    + "past its deadline. Roles: Kemlu any step; the post's mission officer CANCELLED_BY_POST only; Imigrasi "
                    + "CONDUCTED, NO_SHOW and DECLINED_BY_DETAINEE (403 otherwise). CONDUCTED publishes AccessConducted.v1 "
                    + "with firstVisit and daysSinceCustodyStart derived.")
    @APIResponse(responseCode = "200", description = "Done; the new ETag is in the header",
            content = @Content(schema = @Schema(implementation = AccessRequestView.class)))
    @APIResponse(responseCode = "403", description = "A step the caller's role may not take")
    @APIResponse(responseCode = "409", description = "Not allowed from the current state; `allowed` lists the possible ones")
    @APIResponse(responseCode = "412", description = "If-Match names an older version of the request")
    @APIResponse(responseCode = "422", description = "A field the step needs is missing or wrong; the field is named")
    public Response transition(@PathParam("id") UUID id, @NotNull @Valid AccessRequestRequests.TransitionRequest request,
                               @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag of the request as read, e.g. \"0\"") String ifMatch) {
        AccessRequest r = access.transition(id, new AccessRequests.Step(request.to(), request.at(),
                request.scheduledAt(), request.place(), request.legalBasis(), request.approvingOfficial(), request.reason(),
                request.durationMinutes(), request.visitors(), request.atPostsChoice()), IfMatch.of(ifMatch));
        return Response.ok(view(r, true)).tag(Versions.etag(r.version)).build();
    }

    private AccessRequestView view(AccessRequest r, boolean withHistory) {
        return AccessRequestView.of(r, provinceOf(Obligation.findById(r.obligationId)), access.warningsOf(r),
                withHistory ? access.history(r.id) : null, clock.instant());
    }

    private static Provinces.Province provinceOf(Obligation o) {
        return o == null ? null : ObligationView.provinceOf(o);
    }
}
