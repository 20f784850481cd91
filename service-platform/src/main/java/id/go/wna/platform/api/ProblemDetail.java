package id.go.wna.platform.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An RFC 9457 problem document: what went wrong, and for invalid input which field. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details (media type application/problem+json)")
public record ProblemDetail(
        @Schema(description = "URI naming the kind of problem", example = "https://wna.go.id/problems/validation")
        String type,
        @Schema(description = "Short summary of the kind of problem", example = "Invalid request")
        String title,
        @Schema(description = "HTTP status code", example = "400")
        int status,
        @Schema(description = "What went wrong in this occurrence")
        String detail,
        @Schema(description = "The request path")
        String instance,
        @Schema(description = "One entry per invalid field")
        List<FieldError> errors,
        @Schema(description = "For a refused state change: the changes allowed from the current state",
                example = "[\"ACTIVE:INVESTIGATION\", \"RESOLVED:WITHDRAWN\"]")
        List<String> allowed) {

    public ProblemDetail(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
        this(type, title, status, detail, instance, errors, null);
    }

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://wna.go.id/problems/";

    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(description = "Path of the offending field in the request", example = "nationality") String field,
            @Schema(description = "What is wrong with it") String message) {
    }
}
