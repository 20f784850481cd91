package id.go.wna.cases.api;

import id.go.wna.cases.domain.ImportError;
import id.go.wna.cases.domain.ImportJob;
import id.go.wna.cases.service.PresenceImport;
import id.go.wna.cases.service.PresenceService;
import id.go.wna.platform.api.ProblemException;
import id.go.wna.platform.security.Caller;
import id.go.wna.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/presence")
@Tag(name = "Presence", description = "Arrivals, departures and stay permits of foreign nationals, for the population count")
@Produces(MediaType.APPLICATION_JSON)
public class PresenceResource {

    public static final String CSV = "text/csv";
    public static final String NDJSON = "application/x-ndjson";
    /** How many errors a job view carries; the rest are at .../errors. */
    static final int FIRST_ERRORS = 100;

    private final PresenceService presence;
    private final PresenceImport imports;
    private final Caller caller;

    public PresenceResource(PresenceService presence, PresenceImport imports, Caller caller) {
        this.presence = presence;
        this.imports = imports;
        this.caller = caller;
    }

    @POST
    @Path("/movements")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.IMIGRASI_OFFICER)
    @Operation(summary = "Record one movement", description = "An arrival, departure, or stay permit issued or ended; publishes "
            + "PersonArrived, PersonDeparted, StayPermitIssued or StayPermitEnded (pseudonymous, key personRef) on "
            + "wna.presence-events.v1 in the same transaction. The travel document becomes the personRef and is not stored. "
            + "movementId is the idempotency key: the same movement again is a 200 with the one recorded, and publishes nothing.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = MovementView.class)))
    @APIResponse(responseCode = "200", description = "Already recorded with the same content: nothing new",
            content = @Content(schema = @Schema(implementation = MovementView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input; the problem names each field")
    @APIResponse(responseCode = "409", description = "The movementId was already used for a different movement")
    public Response recordMovement(@NotNull RecordMovementRequest request) {
        PresenceService.Recorded r = presence.record(request.input());
        return Response.status(r.created() ? 201 : 200).entity(MovementView.of(r.movement())).build();
    }

    @POST
    @Path("/imports")
    @Consumes(MediaType.WILDCARD) // the 415 below is a problem+json, and comes after the role check
    @RolesAllowed(Roles.IMIGRASI_OFFICER)
    @Operation(summary = "Import movements in bulk (CSV or NDJSON), streamed",
            description = "The body is read line by line while the request runs (it is never held whole: a million rows "
                    + "take a few MB of heap) and written in batches, each committed with its events and the job's progress, "
                    + "so GET /presence/imports/{jobId} from another client shows rows read, accepted, duplicates and "
                    + "rejected as the import goes. The response comes when the whole body has been imported: 202 with the "
                    + "job (status COMPLETED) and its Location. CSV: a header line naming the fields (movementId, type, "
                    + "occurredAt, documentIssuingState, documentNumber, nationality, sex, birthDate, portCode, province, "
                    + "entryBasis, permitType, permitId, issuer, validFrom, validUntil, endReason, overstayDays; the first six "
                    + "columns are required, the others may be left out), quotes as in RFC 4180 within a line; the header is "
                    + "line 1. NDJSON: one JSON object per line with the same keys; the first line is 1. A bad row is rejected "
                    + "with its line, field and message and the rest is imported; a movementId already recorded (in this "
                    + "file or before) counts as a duplicate and publishes nothing, or is rejected if its content differs.")
    @RequestBody(required = true, content = {
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                    example = "movementId,type,occurredAt,documentIssuingState,documentNumber,nationality,sex,birthDate,portCode,province\n"
                            + "0b5e8c3e-5d2a-4d47-9a0e-6f1f2f6a9c11,ARRIVAL,2026-11-02T08:15:00Z,AUS,PA1234567,AUS,F,1990-04-21,DPS,Bali\n"),
            @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "202", description = "Imported: the job with its counts and first errors; Location is the job",
            content = @Content(schema = @Schema(implementation = ImportJobView.class)))
    @APIResponse(responseCode = "400", description = "A CSV header without a required column, or an empty body: nothing imported")
    @APIResponse(responseCode = "415", description = "Not text/csv or application/x-ndjson (UTF-8 unless a charset parameter says otherwise)")
    public Response importMovements(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) throws IOException {
        ImportBody kind = bodyOf(contentType);
        UUID jobId = imports.run(kind.format(), kind.charset(), body, caller.subject());
        return Response.accepted(view(presence.job(jobId))).location(URI.create("/api/v1/presence/imports/" + jobId)).build();
    }

    @GET
    @Path("/imports/{jobId}")
    @RolesAllowed({Roles.IMIGRASI_OFFICER, Roles.ADMIN})
    @Operation(summary = "An import job and its progress", description = "Counts as of the last committed batch, and the first "
            + FIRST_ERRORS + " errors by line.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ImportJobView.class)))
    @APIResponse(responseCode = "404", description = "No such job")
    public ImportJobView job(@PathParam("jobId") UUID jobId) {
        return view(presence.job(jobId));
    }

    @GET
    @Path("/imports/{jobId}/errors")
    @RolesAllowed({Roles.IMIGRASI_OFFICER, Roles.ADMIN})
    @Operation(summary = "Every rejected row of an import", description = "By line, paged.")
    @APIResponse(responseCode = "404", description = "No such job")
    public List<ImportErrorView> errors(@PathParam("jobId") UUID jobId,
                                        @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                        @QueryParam("size") @DefaultValue("100") @Min(1) @Max(1000) int size) {
        return presence.errors(jobId, page, size).stream().map(ImportErrorView::of).toList();
    }

    private ImportJobView view(ImportJob job) {
        List<ImportError> first = presence.errors(job.id, 0, FIRST_ERRORS);
        return ImportJobView.of(job, first);
    }

    /** The format and character set of an import body; anything else is a 415 problem. */
    private static ImportBody bodyOf(String contentType) {
        MediaType type;
        try {
            type = contentType == null ? null : MediaType.valueOf(contentType);
        } catch (IllegalArgumentException e) {
            type = null;
        }
        Charset charset = StandardCharsets.UTF_8;
        String declared = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        try {
            if (declared != null) {
                charset = Charset.forName(declared);
            }
        } catch (IllegalArgumentException e) {
            type = null;
        }
        if (type != null && type.isCompatible(MediaType.valueOf(CSV))) {
            return new ImportBody(ImportJob.Format.CSV, charset);
        }
        if (type != null && type.isCompatible(MediaType.valueOf(NDJSON))) {
            return new ImportBody(ImportJob.Format.NDJSON, charset);
        }
        throw new ProblemException(415, "unsupported-media-type", "Unsupported Media Type", "send the movements as "
                + CSV + " or " + NDJSON + " (UTF-8 unless a charset is given), not " + contentType, null);
    }

    private record ImportBody(ImportJob.Format format, Charset charset) {
    }
}
