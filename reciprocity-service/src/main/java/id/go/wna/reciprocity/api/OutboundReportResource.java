package id.go.wna.reciprocity.api;

import id.go.wna.platform.api.IfMatch;
import id.go.wna.platform.api.ProblemException;
import id.go.wna.platform.api.Versions;
import id.go.wna.platform.reference.Countries;
import id.go.wna.platform.security.Caller;
import id.go.wna.platform.security.Roles;
import id.go.wna.reciprocity.domain.OutboundReport;
import id.go.wna.reciprocity.service.OutboundReports;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

@Path("/api/v1/outbound-reports")
@Tag(name = "Outbound reports", description = "Facts on Indonesians (WNI) in each country, per month and source: cases, "
        + "detentions, notifications to the Indonesian post, consular access, deportations (the outbound side of reciprocity)")
@Produces(MediaType.APPLICATION_JSON)
public class OutboundReportResource {

    public static final String CSV = "text/csv";
    private static final String MONTH = "\\d{4}-(0[1-9]|1[0-2])";

    private final OutboundReports reports;
    private final Caller caller;

    public OutboundReportResource(OutboundReports reports, Caller caller) {
        this.reports = reports;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    // Facts from Kemlu's posts and its system for Indonesians abroad: Kemlu's data, so Kemlu alone writes them.
    @RolesAllowed({Roles.KEMLU_CONSULAR, Roles.KEMLU_SUPERVISOR})
    @Operation(summary = "Submit a report", description = "One report per country, month and source (the source compared without "
            + "case). A new one is created (201, Location, ETag \"0\"). If one exists, this replaces it only when If-Match names its "
            + "current version (200, new ETag); without If-Match the answer is 409 naming the report and its version, with an "
            + "older version 412. Every version is kept (GET /outbound-reports/{id} shows them). Counts left out are not reported.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = OutboundReportView.class)))
    @APIResponse(responseCode = "200", description = "Replaced the report of the same country, month and source",
            content = @Content(schema = @Schema(implementation = OutboundReportView.class)))
    @APIResponse(responseCode = "400", description = "Malformed input (a field missing, a negative count); the problem names each field")
    @APIResponse(responseCode = "409", description = "A report for this country, month and source exists: send it with If-Match to replace it")
    @APIResponse(responseCode = "412", description = "If-Match names an older version, or there is nothing to replace")
    @APIResponse(responseCode = "422", description = "Not an ISO 3166-1 alpha-3 code, a month not begun, inconsistent counts "
            + "(e.g. wniNotified above wniDetained), no count at all; the problem names each field. Nothing is stored.")
    public Response submit(@NotNull @Valid OutboundReportRequest request,
                           @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "To replace: the report's ETag as read, e.g. \"0\"")
                           String ifMatch) {
        OutboundReports.Saved saved = reports.submit(request.input(), IfMatch.of(ifMatch), caller.subject());
        OutboundReport r = saved.report();
        Response.ResponseBuilder response = saved.created() ? Response.created(URI.create("/api/v1/outbound-reports/" + r.id)) : Response.ok();
        return response.tag(Versions.etag(r.version)).entity(OutboundReportView.of(r)).build();
    }

    @GET
    @RolesAllowed({Roles.JOINT_ANALYST, Roles.KEMLU_CONSULAR, Roles.KEMLU_SUPERVISOR, Roles.IMIGRASI_OFFICER})
    @Operation(summary = "Search reports", description = "By country, then month, then source; without history.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = OutboundReportView.class)))
    @APIResponse(responseCode = "400", description = "A month not written YYYY-MM, a page out of range")
    @APIResponse(responseCode = "422", description = "Not an ISO 3166-1 alpha-3 code, or from after to")
    public List<OutboundReportView> search(
            @QueryParam("country") @Parameter(description = "ISO 3166-1 alpha-3", example = "MYS") String country,
            @QueryParam("from") @Pattern(regexp = MONTH, message = "must be a month YYYY-MM")
            @Parameter(description = "First month, inclusive (YYYY-MM)", example = "2026-07") String from,
            @QueryParam("to") @Pattern(regexp = MONTH, message = "must be a month YYYY-MM")
            @Parameter(description = "Last month, inclusive (YYYY-MM)", example = "2026-09") String to,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("100") @Min(1) @Max(1000) int size) {
        String code = null;
        if (country != null && !country.isBlank()) {
            code = country.strip().toUpperCase(Locale.ROOT);
            if (!Countries.isIsoCode(code)) {
                throw ProblemException.invalidField("country", "'" + country + "' is not an ISO 3166-1 alpha-3 country code (e.g. MYS)");
            }
        }
        if (from != null && to != null && from.compareTo(to) > 0) {
            throw ProblemException.invalidField("from", "(" + from + ") is after to (" + to + ")");
        }
        return reports.search(code, from, to, page, size).stream().map(OutboundReportView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.JOINT_ANALYST, Roles.KEMLU_CONSULAR, Roles.KEMLU_SUPERVISOR, Roles.IMIGRASI_OFFICER})
    @Operation(summary = "One report, with every version", description = "Its version is the ETag, to send as If-Match to replace it.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OutboundReportView.class)))
    @APIResponse(responseCode = "404", description = "No such report")
    public Response get(@PathParam("id") UUID id) {
        OutboundReport r = reports.find(id);
        return Response.ok(OutboundReportView.of(r, reports.history(id))).tag(Versions.etag(r.version)).build();
    }

    @POST
    @Path("/imports")
    @Consumes(MediaType.WILDCARD) // the 415 below is a problem+json, and comes after the role check
    @RolesAllowed({Roles.KEMLU_CONSULAR, Roles.KEMLU_SUPERVISOR})
    @Operation(summary = "Import reports from CSV", description = "Synchronous, in one transaction; at most "
            + OutboundReports.MAX_IMPORT_ROWS + " rows. A header line names the columns: country, month, source (required) and any of "
            + "wniPresent, wniCases, wniDetained, wniNotified, wniNotifiedWithin72h, wniAccessRequested, wniAccessGranted, "
            + "wniDeported, in any order; an empty cell is not reported; quotes as in RFC 4180 within a line; the header is line 1. "
            + "Each row is checked like POST /outbound-reports: valid rows are stored, invalid ones listed with line, field and "
            + "message. A row for a country, month and source already stored is 'unchanged' when it gives the same counts, "
            + "replaces the stored report with replace=true, and is rejected otherwise; the same key twice in a file: the second "
            + "is rejected.")
    @RequestBody(required = true, content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
            example = "country,month,source,wniPresent,wniCases,wniDetained,wniNotified,wniNotifiedWithin72h,wniAccessRequested,wniAccessGranted,wniDeported\n"
                    + "MYS,2026-10,KBRI Kuala Lumpur,,310,120,90,60,40,35,700\n"))
    @APIResponse(responseCode = "200", description = "Imported: the counts and every rejected row",
            content = @Content(schema = @Schema(implementation = OutboundImportView.class)))
    @APIResponse(responseCode = "400", description = "An empty body, or a header without a required column or with an unknown "
            + "or repeated one: nothing imported")
    @APIResponse(responseCode = "413", description = "More than " + OutboundReports.MAX_IMPORT_ROWS + " rows (or a body above 2 MB): "
            + "nothing imported")
    @APIResponse(responseCode = "415", description = "Not text/csv (UTF-8 unless a charset parameter says otherwise)")
    public OutboundImportView importCsv(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                        @QueryParam("replace") @DefaultValue("false")
                                        @Parameter(description = "Replace stored reports that the file gives other counts for") boolean replace,
                                        InputStream body) throws IOException {
        Charset charset = csvCharset(contentType);
        BufferedReader reader = new BufferedReader(new InputStreamReader(body, charset));
        return OutboundImportView.of(reports.importRows(OutboundReportCsv.read(reader, OutboundReports.MAX_IMPORT_ROWS), replace,
                caller.subject()));
    }

    /** The character set of a text/csv body; anything but text/csv is a 415 problem. */
    private static Charset csvCharset(String contentType) {
        try {
            MediaType type = contentType == null ? null : MediaType.valueOf(contentType);
            if (type != null && type.isCompatible(MediaType.valueOf(CSV))) {
                String declared = type.getParameters().get(MediaType.CHARSET_PARAMETER);
                return declared == null ? StandardCharsets.UTF_8 : Charset.forName(declared);
            }
        } catch (IllegalArgumentException e) {
            // an unreadable type or unknown charset: refused below
        }
        throw new ProblemException(415, "unsupported-media-type", "Unsupported Media Type",
                "send the reports as " + CSV + " (UTF-8 unless a charset is given), not " + contentType, null);
    }
}
