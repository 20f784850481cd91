package id.go.wna.platform.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.Map;

/**
 * Documents the problem responses every operation shares once, instead of on each resource method: every error of
 * every service is answered as {@code application/problem+json} ({@link ProblemMappers}), so
 * <ul>
 *   <li>a secured operation (one with a security requirement) may answer 401 (no valid bearer token) and 403 (not
 *   for the caller's role);</li>
 *   <li>an operation that takes a request body may answer 400 (a body that does not parse or is malformed; the
 *   problem names each field). Parameters are left to the operation: JAX-RS answers a path or query parameter that
 *   does not convert with a 404, and only some operations check theirs;</li>
 *   <li>any operation may answer 500 (an unexpected failure, without internals);</li>
 *   <li>and any 4xx or 5xx response a resource states without a body has the problem body.</li>
 * </ul>
 * A response an operation states itself (e.g. a 409 with its own description) is kept as it is; only what is missing
 * is added. Runs at build time, so both {@code /q/openapi} and a stored document include it.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesOpenApi implements OASFilter {

    static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                || !openAPI.getComponents().getSchemas().containsKey("Problem")) {
            // ReplayResource, in every service, refers to ProblemDetail: without it the references would dangle.
            throw new IllegalStateException("the OpenAPI document has no Problem schema (ProblemDetail) to refer to");
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            if (path.getOperations() == null) {
                continue;
            }
            for (Operation operation : path.getOperations().values()) {
                addProblemResponses(operation);
            }
        }
    }

    private static void addProblemResponses(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        if (operation.getRequestBody() != null) {
            addIfMissing(responses, "400", "Invalid input; the problem names each field");
        }
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            // Quarkus's own descriptions of these two, kept where it added them already.
            addIfMissing(responses, "401", "Not Authorized");
            addIfMissing(responses, "403", "Not Allowed");
        }
        addIfMissing(responses, "500", "Internal error; the problem carries no internals");
        if (responses.getAPIResponses() != null) {
            for (Map.Entry<String, APIResponse> r : responses.getAPIResponses().entrySet()) {
                if (isError(r.getKey()) && r.getValue().getRef() == null && r.getValue().getContent() == null) {
                    r.getValue().setContent(problemContent());
                }
            }
        }
    }

    private static void addIfMissing(APIResponses responses, String status, String description) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description).content(problemContent()));
        }
    }

    private static boolean isError(String status) {
        return status.length() == 3 && (status.charAt(0) == '4' || status.charAt(0) == '5');
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(ProblemDetail.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA)));
    }
}
