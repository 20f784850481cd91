package id.go.wna.platform.api;

import id.go.wna.platform.config.HttpSettings;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;

/**
 * The HTTP layer's own refusals as problem+json, with the security headers like every other answer: a request line
 * longer than {@code wna.http.max-url-length} (414), headers larger than {@code wna.http.max-headers-size} (431) and a
 * declared body beyond {@code quarkus.http.limits.max-body-size} (413). Vert.x would answer these with an empty body;
 * its own codec limits ({@code quarkus.http.limits.max-initial-line-length}, {@code max-header-size}) are set far above
 * these so that it is this handler that answers. It runs on the router right after the security headers are set.
 */
@ApplicationScoped
public class HttpLimits {

    /** After Quarkus's header route (Integer.MIN_VALUE), before its upload limit (-2). */
    static final int ORDER = -3;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int maxUrlLength;
    private final long maxHeadersSize;
    private final long maxBodySize;

    public HttpLimits(HttpSettings settings,
                      @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBodySize) {
        this.maxUrlLength = settings.maxUrlLength();
        this.maxHeadersSize = settings.maxHeadersSize().asLongValue();
        this.maxBodySize = maxBodySize.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        if (request.uri().length() > maxUrlLength) {
            refuse(rc, 414, "uri-too-long", "URI too long", "the request line may be at most " + maxUrlLength
                    + " characters; send long values in a POST body");
            return;
        }
        long headers = 0;
        for (Map.Entry<String, String> h : request.headers()) {
            headers += h.getKey().length() + h.getValue().length() + 4;
        }
        if (headers > maxHeadersSize) {
            refuse(rc, 431, "headers-too-large", "Request header fields too large", "the request headers may be at most "
                    + maxHeadersSize + " bytes");
            return;
        }
        String length = request.getHeader("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.strip()) > maxBodySize) {
                    refuse(rc, 413, "body-too-large", "Request body too large", "a request body may be at most " + maxBodySize + " bytes");
                    return;
                }
            } catch (NumberFormatException e) {
                refuse(rc, 400, "validation", "Invalid request", "Content-Length: must be a number of bytes");
                return;
            }
        }
        rc.next();
    }

    private static void refuse(RoutingContext rc, int status, String kind, String title, String detail) {
        String path = StorableText.printable(rc.request().path(), 200);
        String body;
        try {
            body = JSON.writeValueAsString(ProblemMappers.printable(new ProblemDetail(ProblemDetail.TYPE_BASE + kind, title, status,
                    detail, path, null)));
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + status + "}";
        }
        // The body (if any) is not read: the connection is closed after the answer.
        rc.response().setStatusCode(status).putHeader("Content-Type", ProblemDetail.MEDIA_TYPE).putHeader("Connection", "close")
                .end(body);
    }
}
