package id.go.wna.platform.api;

import id.go.wna.platform.consumer.DeadLetter;
import id.go.wna.platform.consumer.DeadLetters;
import id.go.wna.platform.consumer.FailureReason;
import id.go.wna.platform.consumer.RecordBytes;
import id.go.wna.platform.consumer.Redrives;
import id.go.wna.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Operators' view of the records this service could not process, and the way to apply them again. */
@Path("/api/v1/admin/dead-letters")
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Dead letters", description = "Records this service could not process, kept for inspection and re-drive (role admin)")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {

    private final DeadLetters deadLetters;
    private final Redrives redrives;

    public DeadLetterResource(DeadLetters deadLetters, Redrives redrives) {
        this.deadLetters = deadLetters;
        this.redrives = redrives;
    }

    @Schema(name = "DeadLetter", description = "A record this service could not process. key, value and the header "
            + "values are previews for people (UTF-8 with unprintable characters replaced, cut at 2,000 characters); "
            + "keyBase64, valueBase64 and rawHeaders hold the exact bytes (GET of one dead letter only).")
    public record DeadLetterView(UUID id, String consumer, String sourceTopic, int sourcePartition, long sourceOffset,
                                 String key, String value, Integer valueBytes, Map<String, String> headers,
                                 String keyBase64, String valueBase64, List<RawHeader> rawHeaders,
                                 String eventId, String eventType, FailureReason reason, String error, int attempts,
                                 Instant failedAt, Instant copiedToDeadLetterTopicAt, DeadLetter.Status status,
                                 Instant redrivenAt, Boolean redrivenWithCorrectedValue) {
        static DeadLetterView of(DeadLetter d, boolean withBytes) {
            List<Header> headers = d.headers();
            Map<String, String> preview = new LinkedHashMap<>();
            headers.forEach(h -> preview.put(RecordBytes.safeText(h.key(), 200), RecordBytes.preview(h.value())));
            Base64.Encoder b64 = Base64.getEncoder();
            return new DeadLetterView(d.id, d.consumer, d.sourceTopic, d.sourcePartition, d.sourceOffset,
                    RecordBytes.preview(d.keyBytes), RecordBytes.preview(d.valueBytes),
                    d.valueBytes == null ? null : d.valueBytes.length, preview,
                    withBytes && d.keyBytes != null ? b64.encodeToString(d.keyBytes) : null,
                    withBytes && d.valueBytes != null ? b64.encodeToString(d.valueBytes) : null,
                    withBytes ? headers.stream().map(h -> new RawHeader(h.key(),
                            h.value() == null ? null : b64.encodeToString(h.value()))).toList() : null,
                    d.eventId, d.eventType, d.reason, d.error, d.attempts, d.failedAt,
                    d.dlqPublishedAt, d.status, d.redrivenAt, d.redrivenValueChanged);
        }
    }

    @Schema(name = "DeadLetterHeader", description = "One header of the record, in its order: its name and its value's bytes in base64 (null: no value)")
    public record RawHeader(String key, String valueBase64) {
    }

    @Schema(name = "Redrive")
    public record RedriveRequest(
            @Schema(description = "A corrected record value (JSON text); absent to apply the record as it was") String value) {
    }

    @Schema(name = "RedriveAllResult")
    public record RedriveAllResult(
            @Schema(description = "Dead letters applied (or found already applied) and now REDRIVEN") int redriven,
            @Schema(description = "Dead letters that failed again and stay PENDING with their new error") int stillFailing) {
    }

    @GET
    @Transactional
    @Operation(summary = "List dead letters", description = "Newest first; filter by status PENDING or REDRIVEN.")
    public List<DeadLetterView> list(@QueryParam("status") String status,
                                     @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                     @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        DeadLetter.Status filter = status == null ? null : EnumParam.parse("status", status, DeadLetter.Status.class);
        return deadLetters.list(filter, page, size).stream().map(d -> DeadLetterView.of(d, false)).toList();
    }

    @GET
    @Path("/{id}")
    @Transactional
    @Operation(summary = "One dead letter, with the record as it was received (exact bytes in base64)")
    public DeadLetterView get(@PathParam("id") UUID id) {
        return DeadLetterView.of(deadLetters.get(id), true);
    }

    @POST
    @Path("/{id}/redrive")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Re-drive one dead letter: apply its record again in this service",
            description = "Runs the record (key, headers in their order, value as it came or corrected in the body) through "
                    + "the consumer that dead-lettered it, with the same checks, once per event id; nothing is written to "
                    + "the source topic, which belongs to its producer. 200 with status REDRIVEN when applied; 422 if it "
                    + "still fails (it stays PENDING with the new error and one more attempt); 409 if already re-driven "
                    + "or being re-driven; 503 if the database does not answer.")
    public DeadLetterView redrive(@PathParam("id") UUID id, RedriveRequest request) {
        return DeadLetterView.of(redrives.redrive(id, request == null ? null : request.value()), false);
    }

    @POST
    @Path("/redrive")
    @Operation(summary = "Re-drive every pending dead letter, oldest first",
            description = "As the re-drive of one; those that fail again stay PENDING and are counted in stillFailing.")
    public RedriveAllResult redriveAll() {
        Redrives.Summary summary = redrives.redriveAllPending();
        return new RedriveAllResult(summary.redriven(), summary.stillFailing());
    }
}
