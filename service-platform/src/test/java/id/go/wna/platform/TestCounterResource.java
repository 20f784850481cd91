package id.go.wna.platform;

import id.go.wna.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;

/** A write endpoint as services have them: each run it counts, so a test sees whether a retry ran it again. */
@Path("/api/v1/platform-test/counters")
public class TestCounterResource {

    static final AtomicInteger RUNS = new AtomicInteger();

    public record Count(String name) {
    }

    public record Counted(String name, int run) {
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Counted")
    public Response count(Count count) {
        int run = RUNS.incrementAndGet();
        return Response.created(URI.create("/api/v1/platform-test/counters/" + run)).entity(new Counted(count.name(), run)).build();
    }
}
