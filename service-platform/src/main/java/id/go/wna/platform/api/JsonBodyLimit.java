package id.go.wna.platform.api;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * JSON commands are small; only bulk imports (CSV, NDJSON) stream large bodies, and Quarkus's body limit is one for
 * every endpoint. So the HTTP limit is set for the imports and JSON bodies get their own, refused with a 413 before
 * anything reads them.
 */
public class JsonBodyLimit {

    private final long maxBytes;

    public JsonBodyLimit(@ConfigProperty(name = "wna.http.json-max-body-size", defaultValue = "2M") MemorySize max) {
        this.maxBytes = max.asLongValue();
    }

    @ServerRequestFilter(preMatching = true)
    public Response refuseOversizedJson(ContainerRequestContext request) {
        if (request.getMediaType() == null || !MediaType.APPLICATION_JSON_TYPE.isCompatible(request.getMediaType())
                || request.getLength() <= maxBytes) {
            return null;
        }
        return ProblemMappers.respond(new ProblemDetail(ProblemDetail.TYPE_BASE + "body-too-large", "Request body too large", 413,
                "a JSON body may be at most " + maxBytes + " bytes; bulk data goes through the import endpoints",
                request.getUriInfo().getPath(), null));
    }
}
