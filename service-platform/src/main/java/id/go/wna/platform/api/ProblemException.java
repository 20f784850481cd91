package id.go.wna.platform.api;

import id.go.wna.platform.refusal.Refusal;

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
    private final List<String> allowed;

    public ProblemException(int status, String kind, String title, String detail, List<ProblemDetail.FieldError> errors) {
        this(status, kind, title, detail, errors, null);
    }

    private ProblemException(int status, String kind, String title, String detail, List<ProblemDetail.FieldError> errors,
                             List<String> allowed) {
        super(detail);
        this.status = status;
        this.kind = kind;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.allowed = allowed == null ? List.of() : List.copyOf(allowed);
    }

    /** A state change the state machine forbids: 409, with what the caller may do instead. */
    public static ProblemException forbiddenTransition(String detail, List<String> allowed) {
        return new ProblemException(409, "forbidden-transition", "Transition not allowed from the current state", detail,
                null, allowed);
    }

    /** The caller's If-Match names a version that is no longer current: read again, then decide. */
    public static ProblemException staleVersion(String what, Object id, long current, String ifMatch) {
        return new ProblemException(412, "stale-version", "The resource changed since you read it",
                what + " " + id + " is at version \"" + current + "\", not " + ifMatch + "; read it again (GET) and retry with its ETag",
                List.of(new ProblemDetail.FieldError("If-Match", "stale version " + ifMatch)), null);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Not found", what + " " + id + " does not exist", null);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict with the current state", detail, null);
    }

    /** A malformed request (a parameter, a header line of an import): 400, naming what is wrong. */
    public static ProblemException badRequest(String field, String message) {
        return new ProblemException(400, "validation", "Invalid request", field + ": " + message,
                List.of(new ProblemDetail.FieldError(field, message)));
    }

    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(422, "validation", "Invalid request", field + ": " + message,
                List.of(new ProblemDetail.FieldError(field, message)));
    }

    /** A service's {@link Refusal} as the problem it answers: each kind its status, type and title. */
    public static ProblemException of(Refusal r) {
        List<ProblemDetail.FieldError> errors = r.rules().stream()
                .map(b -> new ProblemDetail.FieldError(b.field(), b.message())).toList();
        return switch (r.kind()) {
            case RULE_BROKEN -> new ProblemException(422, "validation", "Invalid request", r.getMessage(), errors);
            case MALFORMED -> new ProblemException(400, "validation", "Invalid request", r.getMessage(), errors);
            case NOT_FOUND -> new ProblemException(404, "not-found", "Not found", r.getMessage(), errors);
            case FORBIDDEN -> new ProblemException(403, "forbidden", "Forbidden", r.getMessage(), errors);
            case CONFLICT -> new ProblemException(409, "conflict", "Conflict with the current state", r.getMessage(), errors);
            case FORBIDDEN_TRANSITION -> forbiddenTransition(r.getMessage(), r.allowed());
            case STALE_VERSION -> new ProblemException(412, "stale-version", "The resource changed since you read it",
                    r.getMessage(), errors);
            case TOO_MANY_ROWS -> new ProblemException(413, "too-many-rows", "Too many rows", r.getMessage(), errors);
        };
    }

    public int status() { return status; }
    public String kind() { return kind; }
    public String title() { return title; }
    public List<ProblemDetail.FieldError> errors() { return errors; }
    public List<String> allowed() { return allowed; }
}
