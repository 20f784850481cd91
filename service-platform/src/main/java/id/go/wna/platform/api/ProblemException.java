package id.go.wna.platform.api;

import java.util.List;

/**
 * A refusal the caller can act on, rendered as problem+json: a rule of the domain was broken (422), something was
 * not found (404), or a change conflicts with the current state (409).
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String kind;
    private final String title;
    private final List<ProblemDetail.FieldError> errors;

    public ProblemException(int status, String kind, String title, String detail, List<ProblemDetail.FieldError> errors) {
        super(detail);
        this.status = status;
        this.kind = kind;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Not found", what + " " + id + " does not exist", null);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict with the current state", detail, null);
    }

    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(422, "validation", "Invalid request", field + ": " + message,
                List.of(new ProblemDetail.FieldError(field, message)));
    }

    public int status() { return status; }
    public String kind() { return kind; }
    public String title() { return title; }
    public List<ProblemDetail.FieldError> errors() { return errors; }
}
