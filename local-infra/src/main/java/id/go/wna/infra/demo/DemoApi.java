package id.go.wna.infra.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/** The few HTTP calls the demo loader makes to a service's public API, with a bearer token it minted. */
final class DemoApi {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final String baseUrl;
    private final Supplier<String> token;

    DemoApi(String baseUrl, Supplier<String> token) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.token = token;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** An answer: status, body (missing node when none or not JSON) and Location. */
    record Answer(int status, JsonNode body, Optional<String> location, String raw) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        String text(String field) {
            JsonNode n = body.path(field);
            return n.isMissingNode() || n.isNull() ? null : n.asText();
        }

        /** What went wrong, for the report: status and the problem's detail (or the start of the body). */
        String problem() {
            String detail = text("detail");
            if (detail == null) {
                detail = raw.length() > 300 ? raw.substring(0, 300) + "…" : raw;
            }
            JsonNode errors = body.path("errors");
            return status + " " + detail + (errors.isArray() && !errors.isEmpty() ? " " + errors : "");
        }
    }

    static final class ApiException extends RuntimeException {
        ApiException(String message) {
            super(message);
        }
    }

    Answer get(String path) {
        return send(request(path).GET().header("X-Purpose", "demo data load").build());
    }

    Answer post(String path, Object body) {
        try {
            return send(request(path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Answer put(String path, Object body) {
        try {
            return send(request(path).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same service with another caller's token. */
    DemoApi as(Supplier<String> otherToken) {
        return new DemoApi(baseUrl, otherToken);
    }

    String baseUrl() {
        return baseUrl;
    }

    /** A POST that must succeed; anything else is an {@link ApiException} naming the step. */
    Answer must(String step, String path, Object body) {
        Answer a = post(path, body);
        if (!a.ok()) {
            throw new ApiException(step + ": POST " + path + " → " + a.problem());
        }
        return a;
    }

    Answer mustGet(String step, String path) {
        Answer a = get(path);
        if (!a.ok()) {
            throw new ApiException(step + ": GET " + path + " → " + a.problem());
        }
        return a;
    }

    /** Streams a body (e.g. a generated import) of the given media type; waits as long as the server takes. */
    Answer postStream(String path, String contentType, Supplier<InputStream> body) {
        return send(request(path).timeout(Duration.ofHours(2)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(body)).build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token.get()).header("Accept", "application/json, application/problem+json");
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body;
            try {
                body = r.body() == null || r.body().isBlank() ? MissingNode.getInstance() : JSON.readTree(r.body());
            } catch (IOException e) {
                body = MissingNode.getInstance();
            }
            return new Answer(r.statusCode(), body, r.headers().firstValue("Location"), r.body() == null ? "" : r.body());
        } catch (IOException e) {
            throw new ApiException(request.method() + " " + request.uri().getPath() + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException("interrupted");
        }
    }
}
