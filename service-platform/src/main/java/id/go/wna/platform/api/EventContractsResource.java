package id.go.wna.platform.api;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

/**
 * The event contracts partner agencies read, served as they are in {@code event-contracts}: the AsyncAPI document
 * of the system's topics and the JSON Schema of each event type (the document's {@code $ref}s resolve to these URLs).
 * Public, like the OpenAPI document.
 */
@Path("/")
@PermitAll
@SecurityRequirements // public: `security: []` in the OpenAPI document, so clients send no token
@Tag(name = "Event contracts", description = "AsyncAPI document and JSON Schemas of the Kafka topics")
public class EventContractsResource {

    private static final String ASYNCAPI = "asyncapi/wna-asyncapi.yaml";
    private static final Pattern SCHEMA_FILE = Pattern.compile("[A-Za-z]+\\.v[0-9]+\\.json");

    @GET
    @Path("asyncapi.yaml")
    @Produces("application/yaml")
    @Operation(summary = "AsyncAPI 3.0 document of every topic, its key, CloudEvents headers and payloads")
    public Response asyncApi() {
        return classpath(ASYNCAPI, "application/yaml");
    }

    @GET
    @Path("asyncapi/wna-asyncapi.yaml")
    @Produces("application/yaml")
    @Operation(hidden = true)
    public Response asyncApiAtItsOwnPath() {
        return classpath(ASYNCAPI, "application/yaml");
    }

    @GET
    @Path("schemas/{file}")
    @Produces("application/schema+json")
    @Operation(summary = "JSON Schema of one event type, e.g. CaseOpened.v1.json")
    public Response schema(@PathParam("file") String file) {
        if (!SCHEMA_FILE.matcher(file).matches()) {
            throw ProblemException.notFound("schema", file);
        }
        return classpath("schemas/" + file, "application/schema+json");
    }

    private static Response classpath(String resource, String mediaType) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw ProblemException.notFound("contract document", resource);
            }
            return Response.ok(in.readAllBytes(), mediaType).header("Cache-Control", "max-age=300").build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
