package id.go.wna.cases.api;

import id.go.wna.cases.domain.CaseFile;
import id.go.wna.cases.domain.CaseKind;
import id.go.wna.cases.domain.CaseOffence;
import id.go.wna.cases.domain.CaseStatus;
import id.go.wna.cases.domain.OffenceReference;
import id.go.wna.cases.service.Article37Service;
import id.go.wna.cases.service.CaseService;
import id.go.wna.cases.service.CaseTimeline;
import id.go.wna.cases.service.CustodyService;
import id.go.wna.cases.service.OffenceService;
import id.go.wna.platform.api.EnumParam;
import id.go.wna.platform.api.IfMatch;
import id.go.wna.platform.api.InstantParam;
import id.go.wna.platform.api.ProblemException;
import id.go.wna.platform.api.Versions;
import id.go.wna.platform.security.AuditLog;
import id.go.wna.platform.security.Caller;
import id.go.wna.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
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

import java.util.List;
import java.util.UUID;

@Path("/api/v1/cases")
@Tag(name = "Cases", description = "Cases about foreign nationals handled by Imigrasi")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseResource {

    private final CaseService cases;
    private final CustodyService custody;
    private final OffenceService offences;
    private final CaseTimeline timeline;
    private final Article37Service article37;
    private final Caller caller;
    private final AuditLog audit;

    public CaseResource(CaseService cases, CaseTimeline timeline, Article37Service article37, CustodyService custody,
                        OffenceService offences, Caller caller, AuditLog audit) {
        this.cases = cases;
        this.article37 = article37;
        this.timeline = timeline;
        this.custody = custody;
        this.offences = offences;
        this.caller = caller;
        this.audit = audit;
    }

    @POST
    @RolesAllowed(Roles.IMIGRASI_OFFICER)
    @Operation(summary = "Open a case", description = "Records the case and publishes CaseOpened.v1 on wna.case-events.v1 in the same transaction.")
    @APIResponse(responseCode = "201", description = "Case opened", content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input; the problem names each field")
    @APIResponse(responseCode = "422", description = "A rule is broken: an unknown `personId`, a `nationality` that is not one "
            + "of the person's (or missing for a case naming no person), an unknown province; nothing is recorded")
    public Response open(@NotNull @Valid OpenCaseRequest request, UriInfo uri) {
        CaseFile c = cases.open(request.command());
        return Response.created(uri.getAbsolutePathBuilder().path(c.id.toString()).build()).tag(Versions.etag(c.version))
                .entity(CaseView.of(c)).build();
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed(Roles.IMIGRASI_OFFICER)
    @Operation(summary = "Move the case through its lifecycle",
            description = "REPORTED → VERIFIED → ACTIVE (with a stage) → RESOLVED (with an outcome) → ARCHIVED, with the stages "
                    + "the kind of case allows. A forbidden move is a 409 whose `allowed` lists the moves possible now (also in "
                    + "the case's `allowedTransitions`). Send the ETag you read as If-Match: a case changed meanwhile is a 412. "
                    + "Publishes CaseStatusChanged.")
    @APIResponse(responseCode = "200", description = "Moved; the new ETag is in the header",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "409", description = "The state machine forbids this move; `allowed` lists the possible ones")
    @APIResponse(responseCode = "412", description = "If-Match names an older version of the case")
    public Response transition(@PathParam("id") UUID id, @NotNull @Valid TransitionRequest request,
                               @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag of the case as read, e.g. \"3\"") String ifMatch) {
        CaseFile c = cases.transition(id, request.command(), IfMatch.of(ifMatch));
        return Response.ok(CaseView.of(c)).tag(Versions.etag(c.version)).build();
    }

    @POST
    @Path("/{id}/custody")
    @RolesAllowed(Roles.IMIGRASI_OFFICER)
    @Operation(summary = "Start custody: the consular trigger",
            description = "Publishes CustodyStarted (pseudonymous) on wna.case-events.v1 and the custody notice with the identity "
                    + "a consulate needs on the restricted wna.custody-notices.v1, in the same transaction. A person already in "
                    + "custody is a 409; a case without a registered person a 422.")
    @APIResponse(responseCode = "201", description = "The custody started", content = @Content(schema = @Schema(implementation = CustodyView.class)))
    @APIResponse(responseCode = "409", description = "The person is already in custody")
    public Response startCustody(@PathParam("id") UUID id, @NotNull @Valid StartCustodyRequest request, UriInfo uri) {
        CustodyView started = CustodyView.of(custody.start(id, request.command()));
        return recordedOnCase(uri, id).entity(started).build();
    }

    @POST
    @Path("/{id}/offences")
    @RolesAllowed(Roles.IMIGRASI_OFFICER)
    @Operation(summary = "Record an immigration offence", description = "Checked against GET /api/v1/reference/offences, the "
            + "version in force on committedOn (the recording day when left out): an unknown article, or one with no version in "
            + "force that day, is a 422. 114 and 124 are recorded by paragraph or letter (114(1), 114(2), 124(a), 124(b)). "
            + "Publishes OffenceRecorded (pseudonymous).")
    @APIResponse(responseCode = "201", description = "The offence recorded", content = @Content(schema = @Schema(implementation = OffenceView.class)))
    public Response recordOffence(@PathParam("id") UUID id, @NotNull @Valid RecordOffenceRequest request, UriInfo uri) {
        CaseOffence o = offences.record(id, request.command());
        OffenceView view = OffenceView.of(o, OffenceReference.findById(o.offenceVersionId));
        return recordedOnCase(uri, id).entity(view).build();
    }

    @POST
    @Path("/{id}/death")
    @RolesAllowed(Roles.IMIGRASI_OFFICER)
    @Operation(summary = "Record the death of the case's person (VCCR Art. 37(a))",
            description = "In custody or not. Publishes DeathRecorded (the cause only as a category) on wna.case-events.v1 and "
                    + "DeathNoticeIssued (identity, cause, remains, next of kin) on the restricted wna.custody-notices.v1. Ends an "
                    + "open custody (CustodyEnded, DIED) and resolves the case as DECEASED. A second death of one person is a 409.")
    @APIResponse(responseCode = "201", description = "The death recorded", content = @Content(schema = @Schema(implementation = Article37Views.Death.class)))
    @APIResponse(responseCode = "409", description = "The person's death is already recorded")
    public Response recordDeath(@PathParam("id") UUID id, @NotNull @Valid Article37Requests.Death request, UriInfo uri) {
        Article37Views.Death view = Article37Views.Death.of(article37.death(id, request.command()));
        return recordedOnCase(uri, id).entity(view).build();
    }

    @POST
    @Path("/{id}/guardianship")
    @RolesAllowed(Roles.IMIGRASI_OFFICER)
    @Operation(summary = "Record that the case's person appears to need a guardian (VCCR Art. 37(b))",
            description = "For a foreign minor or an adult lacking full capacity. Publishes GuardianshipNeedRecorded "
                    + "(pseudonymous) and GuardianshipNoticeIssued (identity, current care) on the restricted topic. A minor's "
                    + "reason for someone who was an adult at the time is a 422.")
    @APIResponse(responseCode = "201", description = "The guardianship need recorded", content = @Content(schema = @Schema(implementation = Article37Views.Guardianship.class)))
    public Response recordGuardianshipNeed(@PathParam("id") UUID id, @NotNull @Valid Article37Requests.Guardianship request, UriInfo uri) {
        Article37Views.Guardianship view = Article37Views.Guardianship.of(article37.guardianship(id, request.command()));
        return recordedOnCase(uri, id).entity(view).build();
    }

    @POST
    @Path("/{id}/wreck-or-crash")
    @RolesAllowed(Roles.IMIGRASI_OFFICER)
    @Operation(summary = "Record the wreck of a foreign ship or the crash of a foreign-registered aircraft (VCCR Art. 37(c))",
            description = "On a WRECK_OR_CRASH case, whose nationality is the flag or registration state. Publishes "
                    + "WreckOrCrashRecorded (no personal data). Once per case: a second record is a 409.")
    @APIResponse(responseCode = "201", description = "The wreck or crash recorded", content = @Content(schema = @Schema(implementation = Article37Views.Wreck.class)))
    public Response recordWreckOrCrash(@PathParam("id") UUID id, @NotNull @Valid Article37Requests.Wreck request, UriInfo uri) {
        Article37Views.Wreck view = Article37Views.Wreck.of(article37.wreckOrCrash(id, request.command()));
        return recordedOnCase(uri, id).entity(view).build();
    }

    @POST
    @Path("/{id}/custody/{custodyId}/transfer")
    @RolesAllowed(Roles.IMIGRASI_OFFICER)
    @Operation(summary = "The person in custody was moved", description = "Publishes CustodyTransferred and, in the same "
            + "transaction, the follow-up for the consulate (CustodyFollowUpIssued: TRANSFER, or HOSPITAL_ADMISSION for a hospital, "
            + "with the new place). 409 if the custody has ended; 422 if the time is before its start or last move.")
    public CustodyView transferCustody(@PathParam("id") UUID id, @PathParam("custodyId") UUID custodyId,
                                       @NotNull @Valid TransferCustodyRequest request,
                                       @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The custody's version as read, e.g. \"0\"; 412 if it changed") String ifMatch) {
        return CustodyView.of(custody.transfer(id, custodyId, request.command(), IfMatch.of(ifMatch)));
    }

    @POST
    @Path("/{id}/custody/{custodyId}/end")
    @RolesAllowed(Roles.IMIGRASI_OFFICER)
    @Operation(summary = "Custody ended (release, deportation, death...)", description = "Publishes CustodyEnded with the "
            + "days in custody, derived from the recorded times, and in the same transaction the follow-up for the consulate "
            + "(CustodyFollowUpIssued: RELEASE for RELEASED, RELEASED_ON_BAIL and SENTENCE_SERVED; DEPORTATION; DEATH_IN_CUSTODY "
            + "for DIED; none for ESCAPED or OTHER). 409 if it had already ended.")
    public CustodyView endCustody(@PathParam("id") UUID id, @PathParam("custodyId") UUID custodyId,
                                  @NotNull @Valid EndCustodyRequest request,
                                  @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The custody's version as read, e.g. \"0\"; 412 if it changed") String ifMatch) {
        return CustodyView.of(custody.end(id, custodyId, request.command(), IfMatch.of(ifMatch)));
    }

    @POST
    @Path("/{id}/custody/{custodyId}/follow-ups")
    @RolesAllowed(Roles.IMIGRASI_OFFICER)
    @Operation(summary = "Tell the consular post of a later stage of the custody",
            description = "The stages only officers know: SERIOUS_ILLNESS, HOSPITAL_ADMISSION (optionally with the new place), "
                    + "and every stage of a death-penalty case (DEATH_PENALTY_CHARGED, DEATH_SENTENCE_IMPOSED, "
                    + "DEATH_SENTENCE_FINAL_APPEAL, each naming the `court`; EXECUTION_SCHEDULED with `scheduledAt`, before the "
                    + "execution). Publishes CustodyFollowUpIssued on the restricted wna.custody-notices.v1. A transfer and "
                    + "the end of custody issue their follow-ups (TRANSFER or HOSPITAL_ADMISSION, RELEASE, DEPORTATION, "
                    + "DEATH_IN_CUSTODY) by themselves. 404 for an unknown case or custody; 409 if the custody has ended; "
                    + "422 naming the field for a rule broken.")
    @APIResponse(responseCode = "201", description = "Issued; `Link: <case>; rel=\"up\"`",
            content = @Content(schema = @Schema(implementation = FollowUpView.class)))
    @APIResponse(responseCode = "409", description = "The custody has ended")
    @APIResponse(responseCode = "422", description = "A rule is broken (a court, an execution date missing...); the problem names the field")
    public Response recordFollowUp(@PathParam("id") UUID id, @PathParam("custodyId") UUID custodyId,
                                   @NotNull @Valid RecordFollowUpRequest request, UriInfo uri) {
        FollowUpView view = FollowUpView.of(custody.recordFollowUp(id, custodyId, request.command()));
        return recordedOnCase(uri, id).entity(view).build();
    }

    @GET
    @Path("/{id}/custody/{custodyId}/follow-ups")
    @RolesAllowed({Roles.IMIGRASI_OFFICER, Roles.KEMLU_CONSULAR, Roles.KEMLU_SUPERVISOR, Roles.MISSION_OFFICER, Roles.PARTNER_AGENCY})
    @Operation(summary = "What the consular post was told after the custody started, oldest first",
            description = "Every follow-up of the custody: those a transfer or the end issued and those officers recorded. "
                    + "Partner agencies get them without the free-text `details`; other reads are written to the audit log. "
                    + "A mission officer sees only its own nationals' cases: any other is 404.")
    public List<FollowUpView> followUps(@PathParam("id") UUID id, @PathParam("custodyId") UUID custodyId) {
        List<id.go.wna.cases.domain.CustodyFollowUp> followUps = custody.followUps(id, custodyId);
        if (caller.pseudonymousOnly()) {
            return followUps.stream().map(FollowUpView::pseudonymous).toList();
        }
        audit.read("custody follow-ups", custodyId.toString(), null);
        return followUps.stream().map(FollowUpView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.IMIGRASI_OFFICER, Roles.KEMLU_CONSULAR, Roles.KEMLU_SUPERVISOR, Roles.MISSION_OFFICER, Roles.PARTNER_AGENCY})
    @Operation(summary = "One case", description = "The summary (free text that may identify the person) is left out for "
            + "partner agencies; every read that includes it is written to the audit log with the X-Purpose given. "
            + "A mission officer sees only cases about persons holding its country's nationality (a case naming nobody: its "
            + "declared one): any other case is 404.")
    @APIResponse(responseCode = "200", description = "The case with its timeline; its version is the ETag",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "404", description = "No such case (or not one of a mission officer's nationals)")
    public Response get(@PathParam("id") UUID id) {
        CaseFile c = cases.getVisible(id);
        CaseView view;
        if (caller.pseudonymousOnly()) {
            view = CaseView.pseudonymous(c, timelineOf(c));
        } else {
            audit.read("case detail", c.id.toString(), null);
            view = CaseView.of(c, timelineOf(c));
        }
        return Response.ok(view).tag(Versions.etag(c.version)).build();
    }

    @GET
    @RolesAllowed({Roles.IMIGRASI_OFFICER, Roles.KEMLU_CONSULAR, Roles.KEMLU_SUPERVISOR, Roles.MISSION_OFFICER, Roles.PARTNER_AGENCY})
    @Operation(summary = "Search cases", description = "Newest first, paged; without the free-text summary (read one case for it). "
            + "A mission officer finds only cases about persons holding its country's nationality (a case naming nobody: its declared one).")
    public List<CaseView> search(@QueryParam("kind") @Parameter(description = "criminal, civil, immigration_crime, administrative_action, "
                                         + "death, guardianship or wreck_or_crash") String kind,
                                 @QueryParam("nationality") @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code")
                                 @Parameter(description = "Cases about its nationals: a case naming a person by the person's "
                                         + "nationalities (any of them), a case naming nobody by its own") String nationality,
                                 @QueryParam("status") @Parameter(description = "reported, verified, active, resolved or archived") String status,
                                 @QueryParam("province") @Parameter(description = ProvinceField.DESCRIPTION) String province,
                                 @QueryParam("caseNumber") @Parameter(description = "e.g. IMC-51-2026-00042") String caseNumber,
                                 @QueryParam("from") @Parameter(description = "opened at or after, ISO-8601 instant") String from,
                                 @QueryParam("to") @Parameter(description = "opened before, ISO-8601 instant") String to,
                                 @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                 @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return cases.search(new CaseService.CaseQuery(kind == null ? null : EnumParam.parse("kind", kind, CaseKind.class),
                        nationality, status == null ? null : EnumParam.parse("status", status, CaseStatus.class),
                        province == null ? null : CaseService.province("province", province).code(),
                        InstantParam.parse("from", from), InstantParam.parse("to", to), null, caseNumber), page, size)
                .stream().map(CaseView::pseudonymous).toList();
    }

    /**
     * 201 for a record made on a case (custody, offence, death...): it has no read of its own, so no Location; the
     * body carries its id and a link points up to the case, whose timeline shows it.
     */
    static Response.ResponseBuilder recordedOnCase(UriInfo uri, UUID caseId) {
        return Response.status(Response.Status.CREATED)
                .link(uri.getBaseUriBuilder().path("api/v1/cases").path(caseId.toString()).build(), "up");
    }

    private List<TimelineEntry> timelineOf(CaseFile c) {
        return timeline.of(c).stream().map(TimelineEntry::of).toList();
    }
}
