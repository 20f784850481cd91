package id.go.wna.cases.api;

import id.go.wna.cases.domain.AdministrativeAction;
import id.go.wna.cases.domain.Deportation;
import id.go.wna.cases.service.AdministrativeActionService;
import id.go.wna.cases.service.CaseService;
import id.go.wna.platform.api.ProblemException;
import id.go.wna.platform.security.Roles;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/cases/{id}/administrative-actions")
@Tag(name = "Administrative actions (TAK)", description = "UU 6/2011 Pasal 75(2) a-f, deportations and overstay charges")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdministrativeActionResource {

    private final AdministrativeActionService actions;
    private final CaseService cases;

    public AdministrativeActionResource(AdministrativeActionService actions, CaseService cases) {
        this.actions = actions;
        this.cases = cases;
    }

    @POST
    @RolesAllowed(Roles.IMIGRASI_OFFICER)
    @Operation(summary = "Record a TAK decision",
            description = "Any action of Pasal 75(2): exit or entry ban (a: the first term is held to the rule in force on "
                    + "decidedOn, e.g. since UU 63/2024 at most 6 months for an exit ban and 10 years for an entry ban, which "
                    + "may be for life [check]; extend a ban with POST .../{actionId}/extensions), permit restriction, change or cancellation (b), place prohibition (c), residence "
                    + "obligation (d), charge (e) or deportation (f, with destination, cost bearer and an entry ban no longer than the "
                    + "entry-ban rule of decidedOn allows). A CHARGE for "
                    + "an overstay is computed from the permit's end and the tariff in force on the decision day; 60 days or "
                    + "more is a 422 (Pasal 78(3): deportation and entry ban). Publishes AdministrativeActionTaken, and "
                    + "DeportationDecided for a deportation. The same decision number and action twice is a 409.")
    @APIResponse(responseCode = "201", description = "The action decided", content = @Content(schema = @Schema(implementation = AdministrativeActionView.class)))
    @APIResponse(responseCode = "422", description = "A rule of the law is broken; the problem names the field")
    public Response take(@PathParam("id") UUID id, @NotNull @Valid TakeActionRequest request, UriInfo uri) {
        AdministrativeActionService.Taken taken = actions.take(id, request.command());
        return CaseResource.recordedOnCase(uri, id)
                .entity(AdministrativeActionView.of(taken.action(), taken.deportation())).build();
    }

    @GET
    @RolesAllowed({Roles.IMIGRASI_OFFICER, Roles.KEMLU_CONSULAR, Roles.KEMLU_SUPERVISOR, Roles.MISSION_OFFICER, Roles.PARTNER_AGENCY})
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "The TAK decisions of a case, oldest first, with their deportations")
    public List<AdministrativeActionView> list(@PathParam("id") UUID id) {
        cases.getVisible(id);
        return AdministrativeAction.<AdministrativeAction>list("caseId", Sort.ascending("recordedAt"), id).stream()
                .map(a -> AdministrativeActionView.of(a, Deportation.find("actionId", a.id).firstResult())).toList();
    }

    @POST
    @Path("/{actionId}/extensions")
    @RolesAllowed(Roles.IMIGRASI_OFFICER)
    @Operation(summary = "Extend an exit or entry ban",
            description = "A new decision extending the ban from the day after its current end (actionId: its first decision or "
                    + "any extension of it). The rule in force on the extension's decidedOn sets how many extensions and how long "
                    + "each: e.g. an exit ban decided under UU 63/2024 is extended once, by at most 6 months; an entry ban by at "
                    + "most 10 years. A refusal is a 422 naming the field (actionId for the count) and the rule with its "
                    + "instrument. Publishes AdministrativeActionTaken. The same decision number twice is a 409.")
    @APIResponse(responseCode = "201", description = "The extension decided", content = @Content(schema = @Schema(implementation = AdministrativeActionView.class)))
    @APIResponse(responseCode = "422", description = "The rule in force on decidedOn does not allow this extension; the problem names the field")
    public Response extend(@PathParam("id") UUID id, @PathParam("actionId") UUID actionId,
                           @NotNull @Valid ExtendActionRequest request, UriInfo uri) {
        AdministrativeAction extension = actions.extend(id, actionId, request.command());
        return CaseResource.recordedOnCase(uri, id).entity(AdministrativeActionView.of(extension, null)).build();
    }

    @POST
    @Path("/{actionId}/deportation/completion")
    @RolesAllowed(Roles.IMIGRASI_OFFICER)
    @Operation(summary = "The deported person left Indonesia",
            description = "Publishes DeportationCompleted (with the days waited for a travel document); ends the person's custody "
                    + "in this case (CustodyEnded, DEPORTED) and resolves the case as DEPORTED where its lifecycle allows. "
                    + "409 if already completed.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AdministrativeActionView.DeportationView.class)))
    public AdministrativeActionView.DeportationView complete(@PathParam("id") UUID id, @PathParam("actionId") UUID actionId,
                                                             @NotNull @Valid CompleteDeportationRequest request) {
        Deportation d = Deportation.find("actionId", actionId).firstResult();
        if (d == null) {
            throw ProblemException.notFound("deportation of action", actionId);
        }
        return AdministrativeActionView.DeportationView.of(actions.complete(id, d.id, request.command()));
    }
}
