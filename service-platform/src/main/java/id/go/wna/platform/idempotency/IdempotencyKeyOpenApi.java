package id.go.wna.platform.idempotency;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.util.Map;

/**
 * Documents the {@code Idempotency-Key} header once, on every POST under {@code /api/} of every service, since
 * {@link IdempotencyFilters} applies it to all of them without the resources declaring it.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class IdempotencyKeyOpenApi implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            Operation post = path.getValue().getPOST();
            if (!path.getKey().startsWith("/api/") || post == null || declares(post)) {
                continue;
            }
            post.addParameter(OASFactory.createParameter()
                    .name(IdempotencyFilters.HEADER)
                    .in(Parameter.In.HEADER)
                    .required(false)
                    .description("Makes a retry safe: a second request with the same key (per caller, kept 24 h) and the "
                            + "same method, path and body gets the first response again, with `Idempotent-Replayed: true`, "
                            + "and nothing is done twice. The same key with another request is a 422, while the first is "
                            + "still running a 409; after a non-2xx answer the key is free again. 1 to 255 characters, "
                            + "e.g. a UUID; may be sent quoted, as the IETF draft has it.")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                            .minLength(1).maxLength(IdempotencyFilters.MAX_KEY_LENGTH))
                    .example("5b0e6f1c-3a8e-4f5e-9a43-2f1d9c7e8b10"));
            if (post.getResponses() != null && post.getResponses().getAPIResponses() != null) {
                post.getResponses().getAPIResponses().forEach((status, response) -> {
                    if (status.startsWith("2")) {
                        response.addHeader(IdempotencyFilters.REPLAYED_HEADER, replayedHeader());
                    }
                });
            }
        }
    }

    private static boolean declares(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> IdempotencyFilters.HEADER.equalsIgnoreCase(p.getName()));
    }

    private static Header replayedHeader() {
        return OASFactory.createHeader()
                .description("`true` when this is the stored response to an earlier request with the same Idempotency-Key")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }
}
