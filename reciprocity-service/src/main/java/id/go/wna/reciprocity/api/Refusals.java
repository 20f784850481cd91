package id.go.wna.reciprocity.api;

import id.go.wna.platform.api.ProblemDetail;
import id.go.wna.platform.api.ProblemException;
import id.go.wna.platform.api.ProblemMappers;
import id.go.wna.reciprocity.service.Refusal;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/** The service's refusals as the platform's problem+json answers: each kind its status, type and title. */
public class Refusals {

    private final ProblemMappers problems = new ProblemMappers();

    @ServerExceptionMapper
    public Response refused(Refusal r, UriInfo uri) {
        return problems.problem(problem(r), uri);
    }

    static ProblemException problem(Refusal r) {
        List<ProblemDetail.FieldError> errors = r.rules().stream()
                .map(b -> new ProblemDetail.FieldError(b.field(), b.message())).toList();
        return switch (r.kind()) {
            case RULE_BROKEN -> new ProblemException(422, "validation", "Invalid request", r.getMessage(), errors);
            case MALFORMED -> new ProblemException(400, "validation", "Invalid request", r.getMessage(), errors);
            case NOT_FOUND -> new ProblemException(404, "not-found", "Not found", r.getMessage(), errors);
            case CONFLICT -> new ProblemException(409, "conflict", "Conflict with the current state", r.getMessage(), errors);
            case FORBIDDEN_TRANSITION -> ProblemException.forbiddenTransition(r.getMessage(), r.allowed());
            case STALE_VERSION -> new ProblemException(412, "stale-version", "The resource changed since you read it",
                    r.getMessage(), errors);
            case TOO_MANY_ROWS -> new ProblemException(413, "too-many-rows", "Too many rows", r.getMessage(), errors);
        };
    }
}
