package id.go.wna.platform.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import id.go.wna.platform.refusal.Refusal;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Every error of every service leaves as application/problem+json (RFC 9457), naming the field where there is one. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(new ProblemDetail(ProblemDetail.TYPE_BASE + e.kind(), e.title(), e.status(), e.getMessage(),
                uri.getPath(), e.errors(), e.allowed()));
    }

    /** A service's refusal: the same answer as the {@link ProblemException} it stands for. */
    @ServerExceptionMapper
    public Response refused(Refusal r, UriInfo uri) {
        return problem(ProblemException.of(r), uri);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<ProblemDetail.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new ProblemDetail.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(ProblemDetail.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return respond(new ProblemDetail(ProblemDetail.TYPE_BASE + "validation", "Invalid request", 400, detail,
                uri.getPath(), errors));
    }

    // MismatchedInputException is named so this mapper wins over quarkus-rest-jackson's built-in one (an empty 400).
    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class})
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException m && !m.getPath().isEmpty()
                ? m.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[")
                : null;
        String message = e.getOriginalMessage();
        List<ProblemDetail.FieldError> errors = field == null ? List.of() : List.of(new ProblemDetail.FieldError(field, message));
        return respond(new ProblemDetail(ProblemDetail.TYPE_BASE + "unreadable-body", "Request body is not valid JSON for this operation",
                400, field == null ? message : field + ": " + message, uri.getPath(), errors));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadable(unreadable, uri);
        }
        int status = e.getResponse().getStatus();
        String title = Response.Status.fromStatusCode(status) == null ? "HTTP " + status
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        return respond(new ProblemDetail(ProblemDetail.TYPE_BASE + "http-" + status, title, status, e.getMessage(),
                uri.getPath(), null));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.status(401).type(ProblemDetail.MEDIA_TYPE).header("WWW-Authenticate", "Bearer")
                .entity(new ProblemDetail(ProblemDetail.TYPE_BASE + "unauthenticated", "Authentication required", 401,
                        "Send a valid bearer token: Authorization: Bearer <token>", uri.getPath(), null)).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new ProblemDetail(ProblemDetail.TYPE_BASE + "forbidden", "Not allowed for your role", 403,
                "Your role may not do this here", uri.getPath(), null));
    }

    /** A database constraint refused the change: answered by its kind (see {@link #refusedByDatabase}). */
    @ServerExceptionMapper
    public Response raced(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        Response byKind = refusedByDatabase(e, uri);
        return byKind != null ? byKind : lostRace(uri);
    }

    /** Two requests changed the same record at the same moment: the loser gets a 409, not a 500. */
    private static Response lostRace(UriInfo uri) {
        return respond(race(uri.getPath()));
    }

    private static ProblemDetail race(String path) {
        return new ProblemDetail(ProblemDetail.TYPE_BASE + "conflict", "Conflict with a concurrent change", 409,
                "Another request changed the same record at the same moment; read it again and retry if still needed",
                path, null);
    }

    static Response refusedByDatabase(Throwable e, UriInfo uri) {
        ProblemDetail problem = databaseRefusal(e, uri.getPath());
        return problem == null ? null : respond(problem);
    }

    /**
     * What PostgreSQL refused, by SQLState: a unique constraint (23505) is a 409 naming the conflicting field; a
     * foreign key, check or not-null constraint (23503, 23514, 23502) a 422; text too long for its column (22001) or
     * not storable (22P05, 22021) and other data exceptions (22...) a 400; a serialization failure or deadlock
     * (40001, 40P01) a 409 to retry. Null when the failure is not one of these. The values are never echoed: they may be
     * personal data.
     */
    public static ProblemDetail databaseRefusal(Throwable e, String path) {
        java.sql.SQLException sql = null;
        for (Throwable t = e; t != null && sql == null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException s && s.getSQLState() != null) {
                sql = s;
            }
        }
        if (sql == null) {
            return null;
        }
        String state = sql.getSQLState();
        String constraint = null;
        String field = null;
        if (sql instanceof org.postgresql.util.PSQLException p && p.getServerErrorMessage() != null) {
            constraint = p.getServerErrorMessage().getConstraint();
            field = fieldOf(p.getServerErrorMessage().getDetail(), p.getServerErrorMessage().getColumn());
        }
        String named = field != null ? field : constraint;
        List<ProblemDetail.FieldError> errors = named == null ? null : List.of(new ProblemDetail.FieldError(named,
                switch (state) {
                    case "23505" -> "already exists";
                    case "23503" -> "refers to something that does not exist";
                    case "23502" -> "is required";
                    default -> "breaks the rule " + (constraint != null ? constraint : "of the record");
                }));
        return switch (state) {
            case "23505" -> new ProblemDetail(ProblemDetail.TYPE_BASE + "conflict", "Conflict with an existing record", 409,
                    "A record with the same " + (named != null ? named : "unique value") + " already exists", path, errors);
            case "23503", "23514", "23502", "23P01" -> new ProblemDetail(ProblemDetail.TYPE_BASE + "validation",
                    "Invalid request", 422, "The change breaks a rule of the stored records"
                    + (named != null ? " (" + named + ")" : ""), path, errors);
            case "22001" -> new ProblemDetail(ProblemDetail.TYPE_BASE + "validation", "Invalid request", 400,
                    "A text is longer than its field allows", path, null);
            case "22P05", "22021" -> new ProblemDetail(ProblemDetail.TYPE_BASE + "validation", "Invalid request", 400,
                    "A text holds characters that cannot be stored (NUL or invalid Unicode)", path, null);
            case "40001", "40P01" -> race(path);
            default -> state.startsWith("22") ? new ProblemDetail(ProblemDetail.TYPE_BASE + "validation",
                    "Invalid request", 400, "A value is out of the range the record can hold", path, null) : null;
        };
    }

    /** "Key (document_issuing_state, document_number)=(...) already exists." -> "documentIssuingState, documentNumber". */
    private static String fieldOf(String detail, String column) {
        String columns = column;
        if (detail != null && detail.startsWith("Key (") && detail.indexOf(")=") > 5) {
            columns = detail.substring(5, detail.indexOf(")="));
        }
        if (columns == null || columns.isBlank() || columns.contains("(")) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        boolean upper = false;
        for (char c : columns.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else if (c == ' ') {
                b.append(c);
            } else {
                b.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return b.toString();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        Response byKind = refusedByDatabase(e, uri);
        if (byKind != null) {
            return byKind;
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ProblemException p) {
                // Thrown where JAX-RS wraps it (a body stream counting its bytes, read by Jackson).
                return problem(p, uri);
            }
            if (t instanceof Refusal r) {
                return refused(r, uri);
            }
            if (t instanceof java.io.IOException && "Request too large".equals(t.getMessage())) {
                return respond(new ProblemDetail(ProblemDetail.TYPE_BASE + "body-too-large", "Request body too large", 413,
                        "the request body is larger than the service accepts", uri.getPath(), null));
            }
        }
        if (lostARace(e)) {
            // An optimistic-lock failure at commit (another request changed the same record first) arrives wrapped.
            return lostRace(uri);
        }
        // The caller gets a reference to quote, never internals; the log has the whole story under the same reference.
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", reference, uri.getPath());
        return respond(new ProblemDetail(ProblemDetail.TYPE_BASE + "internal", "Internal error", 500,
                "The request could not be completed. Quote reference " + reference + " to the operators.", uri.getPath(), null));
    }

    private static boolean lostARace(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException || t instanceof org.hibernate.StaleStateException
                    || t instanceof org.hibernate.exception.ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    private static String fieldOf(ConstraintViolation<?> v) {
        // "create.arg0.nationality" -> "nationality": the caller knows the body, not the Java method.
        String path = v.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        return parts.length > 2 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length)) : parts[parts.length - 1];
    }

    static Response respond(ProblemDetail problem) {
        return Response.status(problem.status()).type(ProblemDetail.MEDIA_TYPE).entity(printable(problem)).build();
    }

    /**
     * Messages may echo what the caller sent (a parser's message, a path): a NUL or lone surrogate there is replaced
     * (a lone surrogate cannot even be written as UTF-8) and a long value cut, so the answer itself never fails.
     */
    static ProblemDetail printable(ProblemDetail p) {
        List<ProblemDetail.FieldError> errors = p.errors() == null ? null : p.errors().stream()
                .map(f -> new ProblemDetail.FieldError(StorableText.printable(f.field(), 200), StorableText.printable(f.message(), 500)))
                .toList();
        return new ProblemDetail(p.type(), p.title(), p.status(), StorableText.printable(p.detail(), 1000),
                StorableText.printable(p.instance(), 300), errors, p.allowed());
    }
}
