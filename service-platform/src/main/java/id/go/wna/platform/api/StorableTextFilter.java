package id.go.wna.platform.api;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Map;

/**
 * Path and query parameters and header values carrying text PostgreSQL cannot store ({@link StorableText}) are a
 * 400 naming the parameter, before any resource (or the idempotency filter, which stores its header) sees them.
 * Request bodies are checked as they are read ({@link RequestJson}), import rows by their readers.
 */
public class StorableTextFilter {

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION + 100)
    public Response refuseUnstorableText(ContainerRequestContext request) {
        String[] bad = firstBad(request.getUriInfo().getPathParameters(true));
        if (bad == null) {
            bad = firstBad(request.getUriInfo().getQueryParameters(true));
        }
        if (bad == null) {
            bad = firstBad(request.getHeaders());
        }
        if (bad == null) {
            return null;
        }
        String field = StorableText.printable(bad[0], 100);
        return ProblemMappers.respond(new ProblemDetail(ProblemDetail.TYPE_BASE + "validation", "Invalid request", 400,
                field + ": " + bad[1], request.getUriInfo().getPath(), List.of(new ProblemDetail.FieldError(field, bad[1]))));
    }

    /** The first parameter (name and reason) whose name or a value cannot be stored, or null. */
    private static String[] firstBad(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> p : parameters.entrySet()) {
            String why = StorableText.problem(p.getKey());
            if (why != null) {
                return new String[]{p.getKey(), "has a name that " + why};
            }
            for (String value : p.getValue()) {
                why = StorableText.problem(value);
                if (why != null) {
                    return new String[]{p.getKey(), why};
                }
            }
        }
        return null;
    }
}
