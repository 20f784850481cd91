package id.go.wna.notification.api;

import id.go.wna.notification.domain.WelfareReport;
import id.go.wna.notification.domain.WelfareStatus;
import id.go.wna.notification.service.WelfareMonitoring;
import id.go.wna.platform.api.EnumParam;
import id.go.wna.platform.api.IfMatch;
import id.go.wna.platform.api.ProblemException;
import id.go.wna.platform.api.Versions;
import id.go.wna.platform.reference.Provinces;
import id.go.wna.platform.security.AuditLog;
import id.go.wna.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("/api/v1/welfare-reports")
@Tag(name = "Welfare monitoring", description = "Foreign nationals monitored in a crisis (e.g. COVID-19): health "
        + "status is specific personal data (UU 27/2022); single reports are for Kemlu only and every read is audited")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WelfareReportResource {

    private final WelfareMonitoring welfare;
    private final AuditLog audit;

    public WelfareReportResource(WelfareMonitoring welfare, AuditLog audit) {
        this.welfare = welfare;
        this.audit = audit;
    }

    @POST
    @RolesAllowed({Roles.KEMLU_CONSULAR, Roles.KEMLU_SUPERVISOR})
    @Operation(summary = "Start monitoring a person in a crisis",
            description = "Publishes WelfareStatusChanged.v1 (no previous status) on kemlu.consular-events.v1, key "
                    + "obligationId when given, otherwise the report's id, in the same transaction. A person (personRef) "
                    + "already monitored in the crisis and not yet final is a 409.")
    @APIResponse(responseCode = "201", description = "Monitored; the version is the ETag",
            content = @Content(schema = @Schema(implementation = WelfareReportView.class)))
    @APIResponse(responseCode = "422", description = "Unknown country, province or crisis code, or a future time")
    public Response report(@NotNull @Valid ReportWelfareRequest request, UriInfo uri) {
        WelfareReport w = welfare.report(new WelfareMonitoring.Report(request.crisis(), request.nationality(), request.province(),
                request.personRef(), request.obligationId(), request.status(), request.observedAt()));
        return Response.created(uri.getAbsolutePathBuilder().path(w.id.toString()).build()).tag(Versions.etag(w.version))
                .entity(WelfareReportView.of(w, welfare.history(w.id))).build();
    }

    @POST
    @Path("/{id}/status")
    @RolesAllowed({Roles.KEMLU_CONSULAR, Roles.KEMLU_SUPERVISOR})
    @Operation(summary = "The person's status changed",
            description = "CLOSE_CONTACT → CONFIRMED; CONFIRMED → RECOVERED; RECOVERED → CLOSE_CONTACT or CONFIRMED "
                    + "again; any of those → RETURNED_TO_HOME_COUNTRY or DIED, which are final. A forbidden change is a "
                    + "409 whose `allowed` lists the possible ones. Send the ETag you read as If-Match: a report changed "
                    + "meanwhile is a 412. Publishes WelfareStatusChanged.v1 with the previous status.")
    @APIResponse(responseCode = "200", description = "Changed; the new ETag is in the header",
            content = @Content(schema = @Schema(implementation = WelfareReportView.class)))
    @APIResponse(responseCode = "409", description = "Not allowed from the current status; `allowed` lists the possible ones")
    @APIResponse(responseCode = "412", description = "If-Match names an older version of the report")
    public Response changeStatus(@PathParam("id") UUID id, @NotNull @Valid ChangeWelfareStatusRequest request,
                                 @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag of the report as read, e.g. \"0\"") String ifMatch) {
        WelfareReport w = welfare.change(id, new WelfareMonitoring.StatusChange(request.status(), request.observedAt()), IfMatch.of(ifMatch));
        return Response.ok(WelfareReportView.of(w, welfare.history(w.id))).tag(Versions.etag(w.version)).build();
    }

    @GET
    @RolesAllowed({Roles.KEMLU_CONSULAR, Roles.KEMLU_SUPERVISOR, Roles.JOINT_ANALYST})
    @Operation(summary = "Search welfare reports", description = "The most recently changed first, paged. Items carry "
            + "crisis, nationality, province and status only: no person reference, so a list cannot be joined to a person.")
    public List<WelfareReportListItem> search(
            @QueryParam("crisis") @Parameter(description = "e.g. COVID-19") String crisis,
            @QueryParam("nationality") @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code") String nationality,
            @QueryParam("status") @Parameter(description = "close_contact, confirmed, recovered, returned_to_home_country or died") String status,
            @QueryParam("province") @Parameter(description = "BPS code (51) or name (Bali, case-insensitive)") String province,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        String provinceCode = null;
        if (province != null) {
            provinceCode = Provinces.find(province).map(Provinces.Province::code).orElseThrow(() -> ProblemException.invalidField(
                    "province", "'" + province + "' is not an Indonesian province: give its BPS code (e.g. 51), a Kemendagri code only as kemendagri:94, or its name (e.g. Bali)"));
        }
        return welfare.search(new WelfareMonitoring.Query(crisis, nationality,
                        status == null ? null : EnumParam.parse("status", status, WelfareStatus.class), provinceCode), page, size)
                .stream().map(WelfareReportListItem::of).toList();
    }

    @GET
    @Path("/summary")
    @RolesAllowed({Roles.KEMLU_CONSULAR, Roles.KEMLU_SUPERVISOR, Roles.JOINT_ANALYST})
    @Operation(summary = "Persons monitored in a crisis, counted by status",
            description = "Two aggregate queries: where the reports stand now, and how many ever reached each status.")
    public WelfareSummaryView summary(@QueryParam("crisis") @NotBlank(message = "is required, e.g. COVID-19")
                                      @Parameter(required = true, description = "e.g. COVID-19") String crisis) {
        WelfareMonitoring.Summary s = welfare.summary(crisis);
        return new WelfareSummaryView(s.crisis(), s.reports(), byName(s.current()), byName(s.everReached()));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.KEMLU_CONSULAR, Roles.KEMLU_SUPERVISOR})
    @Operation(summary = "One welfare report with its history (audited; give X-Purpose)",
            description = "Health status of an identifiable person: the read is written to the audit log with the "
                    + "X-Purpose given. Kemlu only.")
    @APIResponse(responseCode = "200", description = "The report; its version is the ETag",
            content = @Content(schema = @Schema(implementation = WelfareReportView.class)))
    @APIResponse(responseCode = "404", description = "No such report")
    public Response get(@PathParam("id") UUID id) {
        WelfareReport w = welfare.get(id);
        audit.read("welfare report", w.id.toString(), w.personRef == null ? null : w.personRef.toString());
        return Response.ok(WelfareReportView.of(w, welfare.history(w.id))).tag(Versions.etag(w.version)).build();
    }

    private static Map<String, Long> byName(Map<WelfareStatus, Long> counts) {
        Map<String, Long> named = new LinkedHashMap<>();
        counts.forEach((status, n) -> named.put(status.name(), n));
        return named;
    }
}
