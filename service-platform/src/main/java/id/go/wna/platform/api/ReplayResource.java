package id.go.wna.platform.api;

import id.go.wna.platform.consumer.Replay;
import id.go.wna.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/replay")
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Replay", description = "Rebuild this service's read models from the start of its topics (role admin)")
@Produces(MediaType.APPLICATION_JSON)
public class ReplayResource {

    private final Replay replay;

    public ReplayResource(Replay replay) {
        this.replay = replay;
    }

    @POST
    @Operation(summary = "Rebuild the read models from the start of the topics",
            description = "Empties the projection tables and the consumers' inbox, then re-reads the topics from the earliest "
                    + "offset. Figures fill again as the events are re-read. 409 if this service keeps no such read model.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Replay.Result.class)))
    // Also what puts the Problem schema in every service's document, for ProblemResponsesOpenApi to refer to.
    @APIResponse(responseCode = "409", description = "This service keeps no read model that can be rebuilt from its topics; nothing was changed",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Replay.Result replay() {
        return replay.replayFromStart();
    }
}
