package id.go.wna.platform.api;

import id.go.wna.platform.consumer.DeadLetter;
import id.go.wna.platform.consumer.DeadLetters;
import id.go.wna.platform.consumer.FailureReason;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Operators' view of the records this service could not process, and the way to send them back. */
@Path("/api/v1/admin/dead-letters")
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Dead letters", description = "Records this service could not process, kept for inspection and re-drive (role admin)")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {

    private final DeadLetters deadLetters;

    public DeadLetterResource(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Schema(name = "DeadLetter")
    public record DeadLetterView(UUID id, String consumer, String sourceTopic, int sourcePartition, long sourceOffset,
                                 String key, String value, Map<String, String> headers, String eventId, String eventType,
                                 FailureReason reason, String error, int attempts, Instant failedAt,
                                 Instant copiedToDeadLetterTopicAt, DeadLetter.Status status, Instant redrivenAt,
                                 Boolean redrivenWithCorrectedValue) {
        static DeadLetterView of(DeadLetter d) {
            return new DeadLetterView(d.id, d.consumer, d.sourceTopic, d.sourcePartition, d.sourceOffset, d.recordKey,
                    d.recordValue, d.headers, d.eventId, d.eventType, d.reason, d.error, d.attempts, d.failedAt,
                    d.dlqPublishedAt, d.status, d.redrivenAt, d.redrivenValueChanged);
        }
    }

    @Schema(name = "Redrive")
    public record RedriveRequest(
            @Schema(description = "A corrected record value (JSON text); absent to send the record as it was") String value) {
    }

    @Schema(name = "RedriveAllResult")
    public record RedriveAllResult(int redriven) {
    }

    @GET
    @Transactional
    @Operation(summary = "List dead letters", description = "Newest first; filter by status PENDING or REDRIVEN.")
    public List<DeadLetterView> list(@QueryParam("status") String status,
                                     @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                     @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        DeadLetter.Status filter = status == null ? null : EnumParam.parse("status", status, DeadLetter.Status.class);
        return deadLetters.list(filter, page, size).stream().map(DeadLetterView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Transactional
    @Operation(summary = "One dead letter, with the record as it was received")
    public DeadLetterView get(@PathParam("id") UUID id) {
        return DeadLetterView.of(deadLetters.get(id));
    }

    @POST
    @Path("/{id}/redrive")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Re-drive one dead letter to its source topic",
            description = "Sends the record back with its key and headers, its value as it was or as corrected in the body. 409 if already re-driven.")
    public DeadLetterView redrive(@PathParam("id") UUID id, RedriveRequest request) {
        return DeadLetterView.of(deadLetters.redrive(id, request == null ? null : request.value()));
    }

    @POST
    @Path("/redrive")
    @Operation(summary = "Re-drive every pending dead letter, oldest first")
    public RedriveAllResult redriveAll() {
        return new RedriveAllResult(deadLetters.redriveAllPending());
    }
}
