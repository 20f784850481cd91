package id.go.wna.platform.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
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

    /** Two requests raced for the same unique thing (a document, an open custody): the loser gets a 409, not a 500. */
    @ServerExceptionMapper
    public Response raced(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        return respond(new ProblemDetail(ProblemDetail.TYPE_BASE + "conflict", "Conflict with a concurrent change", 409,
                "Another request changed the same record at the same moment; read it again and retry if still needed",
                uri.getPath(), null));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (lostARace(e)) {
            // An optimistic-lock failure at commit (another request changed the same record first) arrives wrapped.
            return raced(null, uri);
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
        return Response.status(problem.status()).type(ProblemDetail.MEDIA_TYPE).entity(problem).build();
    }
}
