package id.go.wna.notification.api;

import id.go.wna.notification.domain.ConsularServiceEntry;
import id.go.wna.notification.domain.ConsularServiceType;
import id.go.wna.notification.service.ConsularServiceLog;
import id.go.wna.platform.api.EnumParam;
import id.go.wna.platform.api.DateParam;
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

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/consular-services")
@Tag(name = "Consular services log", description = "Hotline cases, flight clearances and evacuation help, EPO and "
        + "diplomatic/service stay permit documents, humanitarian discretions: counts, no names")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConsularServiceResource {

    private final ConsularServiceLog log;

    public ConsularServiceResource(ConsularServiceLog log) {
        this.log = log;
    }

    @POST
    @RolesAllowed({Roles.KEMLU_CONSULAR, Roles.KEMLU_SUPERVISOR})
    @Operation(summary = "Record a consular service",
            description = "Checked for what its type needs (a hotline case names the nationality and what the call was "
                    + "about; a flight clearance the mission's country and the flight; an evacuation the persons; "
                    + "documents their count; a discretion its reason): a missing or foreign field is a 422 naming it, "
                    + "and nothing is stored or published. Publishes ConsularServiceRecorded.v1 on "
                    + "kemlu.consular-events.v1 (key obligationId when given, otherwise the entry's id) in the same "
                    + "transaction.")
    @APIResponse(responseCode = "201", description = "The entry recorded", content = @Content(schema = @Schema(implementation = ConsularServiceView.class)))
    @APIResponse(responseCode = "422", description = "A rule of the entry's type is broken; the problem names the field")
    public Response record(@NotNull @Valid RecordConsularServiceRequest request, UriInfo uri) {
        ConsularServiceEntry e = log.record(new ConsularServiceLog.ServiceGiven(request.serviceType(), request.occurredOn(),
                request.nationality(), request.count(), request.persons(), request.flightNumber(), request.operator(),
                request.hotlineStatus(), request.summary(), request.obligationId()));
        return Response.created(uri.getAbsolutePathBuilder().path(e.id.toString()).build())
                .entity(ConsularServiceView.of(e)).build();
    }

    @GET
    @RolesAllowed({Roles.KEMLU_CONSULAR, Roles.KEMLU_SUPERVISOR, Roles.JOINT_ANALYST})
    @Operation(summary = "Search the log", description = "The most recent service day first, paged.")
    public List<ConsularServiceView> search(
            @QueryParam("type") @Parameter(description = "hotline_case, flight_clearance, evacuation_assistance, "
                    + "exit_permit_only, diplomatic_stay_permit, service_stay_permit, humanitarian_discretion or other") String type,
            @QueryParam("nationality") @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code") String nationality,
            @QueryParam("from") @Parameter(description = "first service day, inclusive, e.g. 2020-03-01") String from,
            @QueryParam("to") @Parameter(description = "last service day, inclusive, e.g. 2020-09-30") String to,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        ConsularServiceType t = type == null ? null : EnumParam.parse("type", type, ConsularServiceType.class);
        return log.search(new ConsularServiceLog.Query(t, nationality, DateParam.parse("from", from), DateParam.parse("to", to)),
                page, size).stream().map(ConsularServiceView::of).toList();
    }

    @GET
    @Path("/summary")
    @RolesAllowed({Roles.KEMLU_CONSULAR, Roles.KEMLU_SUPERVISOR, Roles.JOINT_ANALYST, Roles.PARTNER_AGENCY})
    @Operation(summary = "The log added up: hotline cases, flight clearances, persons evacuated, permit documents",
            description = "One aggregate query over the service days from..to (both inclusive, open-ended when left "
                    + "out). Carries no personal data, so partner agencies may read it.")
    public ConsularServiceSummaryView summary(
            @QueryParam("from") @Parameter(description = "first service day, inclusive") String from,
            @QueryParam("to") @Parameter(description = "last service day, inclusive") String to) {
        LocalDate f = DateParam.parse("from", from);
        LocalDate t = DateParam.parse("to", to);
        return ConsularServiceSummaryView.of(f, t, log.totals(f, t));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.KEMLU_CONSULAR, Roles.KEMLU_SUPERVISOR, Roles.JOINT_ANALYST})
    @Operation(summary = "One entry of the log")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ConsularServiceView.class)))
    @APIResponse(responseCode = "404", description = "No such entry")
    public ConsularServiceView get(@PathParam("id") UUID id) {
        return ConsularServiceView.of(log.get(id));
    }
}
