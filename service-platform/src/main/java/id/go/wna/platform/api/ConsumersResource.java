package id.go.wna.platform.api;

import id.go.wna.platform.consumer.ConsumerPositions;
import id.go.wna.platform.consumer.ConsumerProgress;
import id.go.wna.platform.consumer.ConsumerSkips;
import id.go.wna.platform.security.AuditLog;
import id.go.wna.platform.security.Caller;
import id.go.wna.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Where this service's consumers stand, and the way past one record a consumer is stuck on. */
@Path("/api/v1/admin/consumers")
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Consumers", description = "Consumer positions, lag and progress per partition; skipping a stuck record (role admin)")
@Produces(MediaType.APPLICATION_JSON)
public class ConsumersResource {

    private final ConsumerPositions positions;
    private final ConsumerProgress progress;
    private final ConsumerSkips skips;
    private final AuditLog audit;
    private final Caller caller;

    public ConsumersResource(ConsumerPositions positions, ConsumerProgress progress, ConsumerSkips skips, AuditLog audit,
                             Caller caller) {
        this.positions = positions;
        this.progress = progress;
        this.skips = skips;
        this.audit = audit;
        this.caller = caller;
    }

    @Schema(name = "ConsumerPositions", description = "Per consumer and partition: the group's committed offset, this "
            + "instance's position, the partition's end offset, the lag, the last progress, and the record in flight "
            + "(its attempts, what it waits for). brokerReachable=false: the broker's figures are the last it gave.")
    public record PositionsView(Instant readAt, boolean brokerReachable, String brokerError,
                                List<ConsumerPositions.Position> partitions) {
    }

    @Schema(name = "SkipRecord")
    public record SkipRequest(
            @Schema(description = "The consumer, e.g. dashboard-service.case-events (see GET /api/v1/admin/consumers)")
            @NotBlank @Size(max = 100) String consumer,
            @NotBlank @Size(max = 255) String topic,
            @NotNull @Min(0) Integer partition,
            @NotNull @Min(0) Long offset,
            @Schema(description = "Why the record is skipped (kept in the audit log and the dead letter)")
            @NotBlank @Size(max = 1000) String reason) {
    }

    @Schema(name = "SkipResult", description = "SKIPPED: the record is a dead letter now (deadLetterId). REQUESTED: the "
            + "consumer holding it will keep it as a dead letter at its next attempt.")
    public record SkipView(UUID id, String status, String consumer, String topic, int partition, long offset,
                           String requestedBy, Instant requestedAt, String reason, UUID deadLetterId, Instant doneAt) {
        static SkipView of(ConsumerSkips.Skip s) {
            return new SkipView(s.id(), s.doneAt() == null ? "REQUESTED" : "SKIPPED", s.consumer(), s.topic(), s.partition(),
                    s.offset(), s.requestedBy(), s.requestedAt(), s.reason(), s.deadLetterId(), s.doneAt());
        }
    }

    @GET
    @Operation(summary = "Positions, lag and progress of this service's consumers",
            description = "Every partition of every topic this service consumes. Lag = end offset - max(committed offset, "
                    + "this instance's position). A record in flight with attempts > 0 is being retried; waitingFor "
                    + "= database: the consumer waits for the database and loses nothing.")
    public PositionsView positions() {
        ConsumerPositions.Snapshot s = positions.snapshot();
        return new PositionsView(s.readAt(), s.brokerReachable(), s.brokerError(), s.positions());
    }

    @POST
    @Path("/skip")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Skip one record a consumer is stuck on (audited)",
            description = "The record is kept as a dead letter (reason SKIPPED_BY_OPERATOR) and the consumer goes on. "
                    + "200 when it is done within a few seconds, 202 when the request waits for the consumer's next "
                    + "attempt (any instance). 404 for a consumer or topic this service does not have; 409 when this "
                    + "instance already went past that offset.")
    public Response skip(@Valid @NotNull SkipRequest request) {
        ConsumerPositions.Channel channel = positions.channelOf(request.consumer())
                .orElseThrow(() -> ProblemException.notFound("consumer", request.consumer()));
        if (!channel.topic().equals(request.topic())) {
            throw ProblemException.badRequest("topic", "consumer " + request.consumer() + " reads " + channel.topic());
        }
        ConsumerProgress.Partition here = progress.find(request.consumer(), request.topic(), request.partition());
        if (here != null && here.position() > request.offset()
                && (here.inFlightOffset() == null || here.inFlightOffset() != request.offset().longValue())) {
            throw ProblemException.conflict("consumer " + request.consumer() + " is already past offset " + request.offset()
                    + " of " + request.topic() + "/" + request.partition() + " (position " + here.position() + ")");
        }
        String resource = request.consumer() + " " + request.topic() + "/" + request.partition() + "@" + request.offset();
        audit.action("consumer-skip", resource);
        ConsumerSkips.Skip skip = skips.request(request.consumer(), request.topic(), request.partition(), request.offset(),
                caller.subject(), request.reason());
        // The consumer looks for requests between attempts (at most a few seconds apart): wait that long for it.
        for (int i = 0; i < 50 && skip.doneAt() == null; i++) {
            sleep(100);
            skip = skips.find(request.consumer(), request.topic(), request.partition(), request.offset()).orElse(skip);
        }
        return Response.status(skip.doneAt() == null ? 202 : 200).entity(SkipView.of(skip)).build();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
