package id.go.wna.cases.bench;

import jakarta.annotation.security.PermitAll;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;

import java.time.Instant;
import java.util.UUID;

/**
 * Tests only: the baseline of DESIGN §7, "a plain Quarkus endpoint that persists one entity and sends one Kafka record
 * per request", written the way sample code does it (persist, then fire the record through an Emitter; no outbox,
 * no validation, no token). Custody intake is measured against it in the same run.
 */
@Path("/bench/plain-custody")
@PermitAll
public class PlainPersistThenSendResource {

    public record PlainRequest(UUID caseId, String facility) {
    }

    @Channel("bench-plain")
    Emitter<String> emitter;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    public Response create(PlainRequest request) {
        PlainRecord r = new PlainRecord();
        r.id = UUID.randomUUID();
        r.caseId = request.caseId();
        r.facility = request.facility();
        r.startedAt = Instant.now();
        r.persist();
        emitter.send("{\"id\":\"" + r.id + "\",\"caseId\":\"" + r.caseId + "\"}");
        return Response.status(201).entity(r.id.toString()).build();
    }
}
