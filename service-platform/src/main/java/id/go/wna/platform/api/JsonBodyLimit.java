package id.go.wna.platform.api;

import id.go.wna.platform.config.HttpSettings;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * JSON commands are small; only bulk imports (CSV, NDJSON) stream large bodies, and Quarkus's body limit is one for
 * every endpoint (and answers without a problem body). So the HTTP limit is only a far backstop and the bodies get
 * their own limits here: {@code wna.http.json-max-body-size} for JSON, {@code wna.http.max-body-size} for anything
 * else (the imports). A declared length over the limit is refused with a 413 before anything reads the body; a body
 * without one (chunked) is counted as it is read (by Jackson, an import reader or the idempotency filter) and refused
 * with a 413 at the first byte over the limit, so it is never held in memory whole.
 */
public class JsonBodyLimit {

    private final long maxJsonBytes;
    private final long maxBytes;

    public JsonBodyLimit(HttpSettings settings) {
        this.maxJsonBytes = settings.jsonMaxBodySize().asLongValue();
        this.maxBytes = settings.maxBodySize().asLongValue();
    }

    @ServerRequestFilter(preMatching = true)
    public Response refuseOversizedBodies(ContainerRequestContext request) {
        boolean json = request.getMediaType() != null && MediaType.APPLICATION_JSON_TYPE.isCompatible(request.getMediaType());
        long limit = json ? maxJsonBytes : maxBytes;
        if (request.getLength() > limit) {
            return ProblemMappers.respond(tooLarge(json, limit, request.getUriInfo().getPath()));
        }
        if (request.getLength() < 0 && request.hasEntity()) {
            request.setEntityStream(new Limited(request.getEntityStream(), json, limit, request.getUriInfo().getPath()));
        }
        return null;
    }

    private static ProblemDetail tooLarge(boolean json, long limit, String path) {
        return new ProblemDetail(ProblemDetail.TYPE_BASE + "body-too-large", "Request body too large", 413, json
                ? "a JSON body may be at most " + limit + " bytes; bulk data goes through the import endpoints"
                : "a request body may be at most " + limit + " bytes; split the import", path, null);
    }

    /** Counts the bytes read; the first one over the limit ends the request with a 413. */
    private static final class Limited extends FilterInputStream {
        private final boolean json;
        private final long limit;
        private final String path;
        private long count;

        Limited(InputStream in, boolean json, long limit, String path) {
            super(in);
            this.json = json;
            this.limit = limit;
            this.path = path;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            counted(skipped);
            return skipped;
        }

        private void counted(long n) {
            count += n;
            if (count > limit) {
                ProblemDetail p = tooLarge(json, limit, path);
                throw new ProblemException(413, "body-too-large", p.title(), p.detail(), null);
            }
        }
    }
}
