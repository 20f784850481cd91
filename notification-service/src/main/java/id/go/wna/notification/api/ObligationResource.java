package id.go.wna.notification.api;

import id.go.wna.notification.domain.AccessRequest;
import id.go.wna.notification.domain.ConsularNotice;
import id.go.wna.notification.domain.Obligation;
import id.go.wna.notification.domain.ObligationStatus;
import id.go.wna.notification.domain.ObligationTrigger;
import id.go.wna.notification.domain.RightsAdvisement;
import id.go.wna.notification.service.ObligationService;
import id.go.wna.notification.service.ObligationPeople;
import id.go.wna.platform.api.EnumParam;
import id.go.wna.platform.api.InstantParam;
import id.go.wna.platform.api.Versions;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/obligations")
@Tag(name = "Consular obligations", description = "VCCR Art. 36, 37 and 42: regime decisions, deadline clocks, rights "
        + "advisements, notices to posts and their acknowledgements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ObligationResource {

    private final ObligationService obligations;
    private final ObligationPeople people;
    private final Clock clock;

    public ObligationResource(ObligationService obligations, ObligationPeople people, Clock clock) {
        this.obligations = obligations;
        this.people = people;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Roles.KEMLU_CONSULAR, Roles.KEMLU_SUPERVISOR, Roles.MISSION_OFFICER, Roles.IMIGRASI_OFFICER})
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Find obligations", description = "Newest trigger first, paged, without identity. A mission officer "
            + "finds only its own nationals' obligations of which its post was notified.")
    public List<ObligationView> search(
            @QueryParam("status") @Parameter(description = "open, notified, acknowledged, declined, closed, not_applicable, "
                    + "escalated or suppressed") String status,
            @QueryParam("overdue") @Parameter(description = "true: a step of ours (advise, notify, tell a follow-up) is past "
                    + "its deadline; false: none is") Boolean overdue,
            @QueryParam("nationality") @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code") String nationality,
            @QueryParam("due-before") @Parameter(description = "an advisement or notification deadline still open before this "
                    + "ISO-8601 instant") String dueBefore,
            @QueryParam("caseId") UUID caseId,
            @QueryParam("trigger") @Parameter(description = "detention, death, guardianship, wreck_or_air_accident, "
                    + "consular_staff_arrest") String trigger,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        var now = clock.instant();
        return obligations.search(new ObligationService.Query(
                        status == null ? null : EnumParam.parse("status", status, ObligationStatus.class), overdue, nationality,
                        InstantParam.parse("due-before", dueBefore), caseId,
                        trigger == null ? null : EnumParam.parse("trigger", trigger, ObligationTrigger.class)), page, size)
                .stream().map(o -> ObligationView.summary(o, now)).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.KEMLU_CONSULAR, Roles.KEMLU_SUPERVISOR, Roles.MISSION_OFFICER, Roles.IMIGRASI_OFFICER})
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "One obligation", description = "With its clocks (ACCESS ones for its access requests), advisements, "
            + "notices, follow-ups, alerts, consular visits, derived figures (last visit, visits conducted, days to first visit) and the person's identity (the read is written to the audit log; X-Purpose says why).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ObligationView.class)))
    @APIResponse(responseCode = "404", description = "Unknown, or not visible to the caller")
    public Response get(@PathParam("id") UUID id) {
        Obligation o = obligations.getVisible(id);
        return Response.ok(view(o)).tag(Versions.etag(o.version)).build();
    }

    private ObligationView view(Obligation o) {
        return ObligationView.of(o, new ObligationView.Parts(obligations.advisementsOf(o), obligations.noticesOf(o),
                obligations.followUpsOf(o), obligations.alertsOf(o), people.identityOf(o),
                AccessRequest.ofObligation(o.id)), clock.instant());
    }

    @POST
    @Path("/{id}/advisement")
    @RolesAllowed({Roles.KEMLU_CONSULAR, Roles.KEMLU_SUPERVISOR, Roles.IMIGRASI_OFFICER})
    @Operation(summary = "Record the rights advisement and the person's answer", description = "Who advised, when, in which "
            + "language, with which interpreter, and the answer. On request: REQUESTED starts the notification clock (from "
            + "the trigger: a late advisement does not move the deadline), DECLINED closes the obligation until a later "
            + "REQUESTED reopens it. Mandatory: the post is notified anyway; the objection is recorded. Publishes "
            + "RightsAdvised (and RegimeDetermined when the deadlines change). 409 when no advisement is due (Art. 37, "
            + "not applicable, escalated).")
    @APIResponse(responseCode = "201", description = "The advisement recorded", content = @Content(schema = @Schema(implementation = ObligationView.AdvisementView.class)))
    public Response advise(@PathParam("id") UUID id, @NotNull @Valid ObligationRequests.AdvisementRequest r) {
        RightsAdvisement a = obligations.advise(id, new ObligationService.Advisement(r.advisedAt(), r.answer(), r.language(),
                r.interpreterUsed(), r.interpreterName(), r.opposesConsularAccess(), r.advisedBy(), r.notes()));
        return Response.status(Response.Status.CREATED).entity(ObligationView.AdvisementView.of(a)).build();
    }

    @POST
    @Path("/{id}/notices")
    @RolesAllowed({Roles.KEMLU_CONSULAR, Roles.KEMLU_SUPERVISOR})
    @Operation(summary = "Record a notice sent to the post", description = "Channel, post (defaults to the one chosen), time; "
            + "a reference number in diplomatic-note style is given (D-00042/KONS/XI/2026). A notice after its deadline is "
            + "accepted and marked late. 409 when no notice may go: suppressed (asylum seeker or refugee, without a "
            + "supervisor's override), on request without the person's request, declined, not applicable, escalated to "
            + "Protocol; or when the first notice was already sent. Publishes NoticeSent.")
    @APIResponse(responseCode = "201", description = "The notice sent", content = @Content(schema = @Schema(implementation = ObligationView.NoticeView.class)))
    public Response send(@PathParam("id") UUID id, @NotNull @Valid ObligationRequests.NoticeRequest r) {
        ConsularNotice n = obligations.sendNotice(id, new ObligationService.Notice(r.channel(), r.postCode(), r.sentAt(),
                r.kind(), r.followUpId()));
        return Response.status(Response.Status.CREATED).entity(ObligationView.NoticeView.of(n,
                ObligationView.provinceOf(Obligation.findById(id)))).build();
    }

    @POST
    @Path("/{id}/notices/{noticeId}/acknowledgement")
    @RolesAllowed({Roles.KEMLU_CONSULAR, Roles.KEMLU_SUPERVISOR, Roles.MISSION_OFFICER})
    @Operation(summary = "The post acknowledged the notice", description = "Recorded by Kemlu, or by the post's own mission "
            + "officer (only for its own nationals). The response time is derived. 409 if already acknowledged. Publishes "
            + "NoticeAcknowledged.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ObligationView.NoticeView.class)))
    public ObligationView.NoticeView acknowledge(@PathParam("id") UUID id, @PathParam("noticeId") UUID noticeId,
                                                 @Valid ObligationRequests.AcknowledgementRequest r) {
        ObligationRequests.AcknowledgementRequest body = r == null ? new ObligationRequests.AcknowledgementRequest(null, null, null) : r;
        ConsularNotice n = obligations.acknowledge(id, noticeId, new ObligationService.Acknowledgement(body.acknowledgedAt(),
                body.channel(), body.acknowledgedBy()));
        return ObligationView.NoticeView.of(n, ObligationView.provinceOf(Obligation.findById(id)));
    }

    @POST
    @Path("/{id}/notices/{noticeId}/delivery")
    @RolesAllowed({Roles.KEMLU_CONSULAR, Roles.KEMLU_SUPERVISOR})
    @Operation(summary = "Record whether the notice reached the post", description = "DELIVERED or FAILED, e.g. from a fax "
            + "report or an e-mail bounce; a failed notice is resent as a new notice.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ObligationView.NoticeView.class)))
    public ObligationView.NoticeView delivery(@PathParam("id") UUID id, @PathParam("noticeId") UUID noticeId,
                                              @NotNull @Valid ObligationRequests.DeliveryRequest r) {
        ConsularNotice n = obligations.recordDelivery(id, noticeId, new ObligationService.Delivery(r.status(), r.at(), r.detail()));
        return ObligationView.NoticeView.of(n, ObligationView.provinceOf(Obligation.findById(id)));
    }

    @POST
    @Path("/{id}/override")
    @RolesAllowed(Roles.KEMLU_SUPERVISOR)
    @Operation(summary = "A supervisor lets a suppressed obligation notify the post", description = "For an asylum seeker or "
            + "refugee, whose country of origin is never notified otherwise. The reason and the supervisor are recorded and "
            + "the regime is decided again (RegimeDetermined with SUPERVISED_OVERRIDE). 409 for an obligation that is not "
            + "suppressed.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ObligationView.class)))
    public Response override(@PathParam("id") UUID id, @NotNull @Valid ObligationRequests.OverrideRequest r) {
        Obligation o = obligations.override(id, r.reason());
        return Response.ok(view(o)).tag(Versions.etag(o.version)).build();
    }
}
