package id.go.wna.platform.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.wna.platform.api.ProblemDetail;
import id.go.wna.platform.api.ProblemException;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Idempotent writes (draft-ietf-httpapi-idempotency-key-header): a POST under {@code /api/} with an
 * {@code Idempotency-Key} header runs once per caller and key; a retry of the same request gets the first response
 * again, with {@code Idempotent-Replayed: true}, and nothing runs a second time.
 *
 * <p>The request filter runs after the security check and, for blocking endpoints (all of ours), on the worker thread,
 * before the body is read: it claims the key in its own committed transaction, so a concurrent retry sees it. The
 * response filter stores a 2xx response (the key is then done) or releases the key on any other status, so a
 * corrected retry can run. If a service dies between its commit and storing the response, the claim goes stale and a
 * retry after {@code wna.idempotency.take-over-after} runs the request again: the one window this cannot close
 * without sharing the resource's transaction.
 */
public class IdempotencyFilters {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    public static final int MAX_KEY_LENGTH = 255;
    private static final String CLAIM = IdempotencyFilters.class.getName() + ".claim";
    private static final Logger LOG = Logger.getLogger(IdempotencyFilters.class);

    private record Claim(String subject, String key, UUID id) {
    }

    private final IdempotencyKeys keys;
    private final SecurityIdentity identity;
    private final ObjectMapper json;

    public IdempotencyFilters(IdempotencyKeys keys, SecurityIdentity identity, ObjectMapper json) {
        this.keys = keys;
        this.identity = identity;
        this.json = json;
    }

    /** Returns the stored response to replay, or null to let the request run. */
    @ServerRequestFilter
    public Response claimOrReplay(ContainerRequestContext request) throws IOException {
        String header = request.getHeaderString(HEADER);
        if (header == null || !"POST".equals(request.getMethod()) || !isApi(request.getUriInfo().getPath())) {
            return null;
        }
        String key = keyOf(header);
        // Bulk bodies (CSV, NDJSON imports) are idempotent row by row through their own ids, and may be hundreds of
        // MB: they are never buffered here. Only JSON commands get a stored answer.
        if (request.hasEntity() && !MediaType.APPLICATION_JSON_TYPE.isCompatible(request.getMediaType())) {
            return null;
        }
        // Nobody to scope the key to (the endpoint refuses or is public), or a non-blocking endpoint (no database there).
        if (identity.isAnonymous() || !BlockingOperationControl.isBlockingAllowed()) {
            return null;
        }
        String subject = identity.getPrincipal().getName();
        IdempotencyKeys.Fingerprint fingerprint = new IdempotencyKeys.Fingerprint(request.getMethod(),
                pathAndQuery(request), sha256(bufferBody(request)));
        // Twice at most: the key may be released by a failed first request between our claim attempt and our read.
        for (int attempt = 0; attempt < 2; attempt++) {
            UUID claim = UUID.randomUUID();
            if (keys.claim(subject, key, fingerprint, claim)) {
                request.setProperty(CLAIM, new Claim(subject, key, claim));
                return null;
            }
            IdempotencyKeys.Stored stored = keys.find(subject, key).orElse(null);
            if (stored == null) {
                continue;
            }
            if (!stored.fingerprint().equals(fingerprint)) {
                throw new ProblemException(422, "idempotency-key-reused", "Idempotency-Key reused for another request",
                        HEADER + " '" + key + "' was first used for " + stored.fingerprint().method() + " "
                                + stored.fingerprint().path() + " with another path or body; use a new key for a new request",
                        List.of(new ProblemDetail.FieldError(HEADER, "was used for a different request")));
            }
            if (stored.completed()) {
                return replay(stored);
            }
            if (stored.stale() && keys.takeOver(subject, key, claim)) {
                request.setProperty(CLAIM, new Claim(subject, key, claim));
                return null;
            }
            break;
        }
        throw ProblemException.conflict("A request with " + HEADER + " '" + key
                + "' is still being processed; retry once it has finished");
    }

    @ServerResponseFilter
    public void storeOrRelease(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIM) instanceof Claim claim)) {
            return;
        }
        request.removeProperty(CLAIM);
        try {
            if (response.getStatus() < 200 || response.getStatus() > 299) {
                keys.release(claim.subject(), claim.key(), claim.id());
                return;
            }
            MediaType type = response.getMediaType() != null ? response.getMediaType() : MediaType.APPLICATION_JSON_TYPE;
            byte[] body = bodyOf(response.getEntity(), type);
            if (body == null) {
                LOG.warnf("%s %s: a %s response cannot be replayed; key released", HEADER, claim.key(), type);
                keys.release(claim.subject(), claim.key(), claim.id());
                return;
            }
            String location = response.getHeaderString(HttpHeaders.LOCATION);
            keys.complete(claim.subject(), claim.key(), claim.id(), response.getStatus(), location,
                    response.hasEntity() ? type.toString() : null, body);
            if (response.hasEntity()) {
                // What leaves now is exactly what a retry will get.
                response.setEntity(body, response.getEntityAnnotations(), type);
            }
        } catch (RuntimeException e) {
            // The response still goes out; the claim stays in progress and a retry can take it over once it is stale.
            LOG.errorf(e, "%s %s: the response could not be stored for retries", HEADER, claim.key());
        }
    }

    private static boolean isApi(String path) {
        return path.startsWith("/api/") || path.startsWith("api/");
    }

    /** The draft sends the key as a structured-field string ("..."); a bare token is accepted as well. */
    private static String keyOf(String header) {
        String key = header.strip();
        if (key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"")) {
            key = key.substring(1, key.length() - 1);
        }
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            String message = "must be 1 to " + MAX_KEY_LENGTH + " characters";
            throw new ProblemException(400, "validation", "Invalid request", HEADER + ": " + message,
                    List.of(new ProblemDetail.FieldError(HEADER, message)));
        }
        return key;
    }

    private static String pathAndQuery(ContainerRequestContext request) {
        String path = request.getUriInfo().getRequestUri().getRawPath();
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        return query == null ? path : path + "?" + query;
    }

    /**
     * Reads the body to fingerprint it and hands the same bytes to the resource. Only JSON bodies come here, and
     * {@link id.go.wna.platform.api.JsonBodyLimit} refuses those over its limit before, so this stays bounded.
     */
    private static byte[] bufferBody(ContainerRequestContext request) throws IOException {
        if (!request.hasEntity()) {
            return new byte[0];
        }
        byte[] body = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        return body;
    }

    private byte[] bodyOf(Object entity, MediaType type) {
        if (entity == null) {
            return new byte[0];
        }
        if (entity instanceof byte[] bytes) {
            return bytes;
        }
        if (entity instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        if (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json")) {
            try {
                return json.writeValueAsBytes(entity);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return null;
    }

    private static Response replay(IdempotencyKeys.Stored stored) {
        Response.ResponseBuilder r = Response.status(stored.status()).header(REPLAYED_HEADER, "true");
        if (stored.location() != null) {
            r.header(HttpHeaders.LOCATION, stored.location());
        }
        if (stored.contentType() != null) {
            r.type(stored.contentType()).entity(stored.body());
        }
        return r.build();
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
