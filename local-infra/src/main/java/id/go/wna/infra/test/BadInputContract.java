package id.go.wna.infra.test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Malformed input against every operation a service serves, read from its own OpenAPI document: for every
 * POST/PUT/PATCH body a corpus built from the request schema (text PostgreSQL cannot store and lone surrogates in
 * every text field at any depth, wrong types, enums by number, null items, impossible dates, huge values, broken and
 * odd JSON, wrong content types), and for every query and path parameter of every operation odd values (NUL, invalid
 * UTF-8, overlong, not a UUID). No answer may be a 5xx, and every error must be {@code application/problem+json}.
 * Each request is made with a token of a role the security matrix allows, so it reaches the input handling.
 * Each service's test module runs it with {@code class BadInputTest extends BadInputContract}.
 */
public abstract class BadInputContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Stands for a lone surrogate in a body built as a tree; replaced by the JSON escape in the text sent. */
    private static final String LONE_SURROGATE = "@@LONE-SURROGATE@@";
    private static final String HUGE = "x".repeat(100_000);

    /** "METHOD /path" (as in the OpenAPI document) to the roles allowed to call it: the service's security matrix. */
    protected abstract Map<String, Set<String>> matrix();

    /** Operations left out (their allowed calls would change what other tests see). */
    protected Set<String> excluded() {
        return Set.of("POST /api/v1/admin/replay");
    }

    /** Values for path parameters by name (e.g. a case that exists, so bodies reach the domain); a random UUID else. */
    protected Map<String, String> pathValues() {
        return Map.of();
    }

    private final List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    private final List<Runnable> queued = new ArrayList<>();
    private final java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();

    @Test
    void noMalformedInputGetsA5xxOrAnErrorThatIsNotProblemJson() {
        JsonNode openapi = openapi();
        List<String> operations = new ArrayList<>();
        openapi.get("paths").fields().forEachRemaining(p -> {
            if (!p.getKey().startsWith("/api/")) {
                return;
            }
            p.getValue().fields().forEachRemaining(o -> {
                String method = o.getKey().toUpperCase();
                if (Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)
                        && !excluded().contains(method + " " + p.getKey())) {
                    operations.add(method + " " + p.getKey());
                    fuzzOperation(openapi, method, p.getKey(), o.getValue());
                }
            });
        });
        runQueued();
        System.out.printf("BadInputContract %s: %d operations, %d requests, %d answers wrong (5xx or not problem+json)%n",
                getClass().getName(), operations.size(), requests.get(), failures.size());
        assertTrue(failures.isEmpty(), failures.size() + " of " + requests.get() + " requests answered wrongly:\n"
                + String.join("\n", failures.subList(0, Math.min(80, failures.size()))));
    }

    @Test
    void anEnumGivenByItsPositionOrTextWithNulIsRefusedAndNothingIsStored() {
        JsonNode openapi = openapi();
        List<String> stored = new ArrayList<>();
        int tried = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = openapi.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> p = paths.next();
            JsonNode post = p.getValue().get("post");
            JsonNode list = p.getValue().get("get");
            if (!p.getKey().startsWith("/api/") || post == null || excluded().contains("POST " + p.getKey())) {
                continue;
            }
            JsonNode schema = bodySchema(openapi, post, "application/json");
            if (schema == null) {
                continue;
            }
            String path = concretePath(p.getKey());
            String role = roleFor("POST " + p.getKey());
            Integer before = list != null && p.getKey().indexOf('{') < 0 ? count(role, "GET " + p.getKey(), path) : null;
            ObjectNode valid = (ObjectNode) sample(openapi, schema, 0);
            List<String[]> cases = new ArrayList<>();
            eachField(openapi, schema, valid, "", (field, kind, set) -> {
                if (kind.equals("enum")) {
                    set.accept(NODES.numberNode(1));
                    cases.add(new String[]{field + " = 1", body(valid)});
                    set.accept(NODES.textNode("1"));
                    cases.add(new String[]{field + " = \"1\"", body(valid)});
                } else if (kind.equals("string")) {
                    set.accept(NODES.textNode("a\u0000b"));
                    cases.add(new String[]{field + " with NUL", body(valid)});
                }
            });
            for (String[] c : cases) {
                tried++;
                Response r = send(as(role).contentType("application/json").body(c[1].getBytes(StandardCharsets.UTF_8)), "POST", path);
                if (r.statusCode() < 400) {
                    stored.add("POST " + p.getKey() + " " + c[0] + ": " + r.statusCode());
                }
            }
            if (before != null) {
                Integer after = count(role, "GET " + p.getKey(), path);
                if (!before.equals(after)) {
                    stored.add("GET " + p.getKey() + " lists " + before + " before and " + after + " after the refused requests");
                }
            }
        }
        System.out.printf("BadInputContract %s: %d enum-by-number and NUL bodies, %d accepted%n", getClass().getName(), tried,
                stored.size());
        assertTrue(stored.isEmpty(), String.join("\n", stored));
    }

    @Test
    void aChunkedJsonBodyOverTheLimitIsRefusedWith413ProblemJson() {
        JsonNode openapi = openapi();
        String endpoint = null;
        for (Iterator<Map.Entry<String, JsonNode>> paths = openapi.get("paths").fields(); paths.hasNext() && endpoint == null; ) {
            Map.Entry<String, JsonNode> p = paths.next();
            JsonNode post = p.getValue().get("post");
            if (p.getKey().startsWith("/api/") && post != null && bodySchema(openapi, post, "application/json") != null
                    && !excluded().contains("POST " + p.getKey())) {
                endpoint = p.getKey();
            }
        }
        // 20 MB of JSON text sent chunked (no Content-Length), with an Idempotency-Key: refused without being held.
        String[] answer = chunkedPost(concretePath(endpoint), TestTokens.forRole(roleFor("POST " + endpoint)), 20 * 1024 * 1024);
        assertTrue(answer[0].startsWith("HTTP/1.1 413"), "POST " + endpoint + " with a 20 MB chunked body: " + answer[0]);
        assertTrue(answer[1].toLowerCase().contains("content-type: application/problem+json"), answer[1]);
    }

    /**
     * A chunked POST over a plain socket: a server refusing early may close while the body is still being sent, which
     * HTTP client libraries report as a broken pipe instead of the answer. Returns the status line and the headers.
     */
    private static String[] chunkedPost(String path, String token, long size) {
        try (java.net.Socket socket = new java.net.Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(60_000);
            java.io.OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: application/json\r\nIdempotency-Key: " + UUID.randomUUID()
                    + "\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            InputStream body = new JsonFiller(size);
            byte[] chunk = new byte[64 * 1024];
            long sent = 0;
            try {
                for (int n; (n = body.read(chunk, 0, chunk.length)) > 0; ) {
                    out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk, 0, n);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    sent += n;
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException refusedEarly) {
                // The server answered and closed before the whole body was sent: read what it answered.
            }
            System.out.printf("BadInputContract: chunked POST %s: %,d of %,d bytes sent before the server closed%n", path, sent, size);
            java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1));
            String status = String.valueOf(in.readLine());
            StringBuilder headers = new StringBuilder();
            for (String h; (h = in.readLine()) != null && !h.isEmpty(); ) {
                headers.append(h).append('\n');
            }
            return new String[]{status, headers.toString()};
        } catch (IOException e) {
            throw new IllegalStateException("no answer to a chunked POST of " + size + " bytes: " + e, e);
        }
    }

    @Test
    void aVeryLongUrlAndVeryLongHeadersAreProblemJsonWithTheSecurityHeaders() {
        Response longUrl = RestAssured.given().urlEncodingEnabled(false).get("/api/v1/" + "a".repeat(20_000));
        Response longHeader = RestAssured.given().header("X-Purpose", "b".repeat(100_000)).get("/api/v1/anything");
        for (Response r : List.of(longUrl, longHeader)) {
            assertTrue(r.statusCode() == 414 || r.statusCode() == 431 || r.statusCode() == 400, "status " + r.statusCode());
            assertTrue(String.valueOf(r.contentType()).startsWith("application/problem+json"), "content type " + r.contentType());
            assertEquals("nosniff", r.header("X-Content-Type-Options"));
            assertEquals("DENY", r.header("X-Frame-Options"));
        }
    }

    // --- the corpus -----------------------------------------------------------------------------------------------

    private void fuzzOperation(JsonNode openapi, String method, String template, JsonNode operation) {
        String endpoint = method + " " + template;
        String role = roleFor(endpoint);
        List<JsonNode> parameters = new ArrayList<>();
        operation.path("parameters").forEach(parameters::add);
        String path = concretePath(template);
        // Path parameters: one at a time, the others valid.
        for (JsonNode p : parameters) {
            if (!"path".equals(p.path("in").asText())) {
                continue;
            }
            String name = p.get("name").asText();
            for (String bad : List.of("not-a-uuid", "%00", "a%00b", "%ED%A0%80", "%FF%FE", "%C0%80", "-1", "99999999999999999999",
                    "NaN", "0", "a".repeat(10_000), UUID.randomUUID() + "%00", "%2e%2e", "%20", "x%0Ay", "+999999999-12-31")) {
                String raw = concretePath(template.replace("{" + name + "}", "\u0001")).replace("\u0001", bad);
                check(endpoint + " path " + name + "=" + abbreviate(bad), () -> sendRaw(role, method, raw, operation, openapi));
            }
        }
        // Query parameters: each alone with each odd value.
        for (JsonNode p : parameters) {
            if (!"query".equals(p.path("in").asText())) {
                continue;
            }
            String name = p.get("name").asText();
            for (String bad : List.of("%00", "a%00b", "%ED%A0%80", "%FF", "%C0%80", "", "-1", "-99999999999999999999", "NaN", "1e309",
                    "+999999999-12-31", "0000-01-01", "+999999999-12-31T23:59:59Z", "2020-02-30", "x".repeat(10_000), "%22%27%3B--",
                    "true", "%7B%7D", "1.5")) {
                check(endpoint + " query " + name + "=" + abbreviate(bad),
                        () -> sendRaw(role, method, path + "?" + name + "=" + bad, operation, openapi));
            }
            check(endpoint + " query " + name + " twice", () -> sendRaw(role, method, path + "?" + name + "=a&" + name + "=b", operation, openapi));
        }
        check(endpoint + " unknown query parameter with NUL", () -> sendRaw(role, method, path + "?zz%00=%00", operation, openapi));
        if (!Set.of("POST", "PUT", "PATCH").contains(method)) {
            return;
        }
        JsonNode schema = bodySchema(openapi, operation, "application/json");
        if (schema != null) {
            fuzzJsonBody(openapi, endpoint, role, path, schema);
        }
        operation.path("requestBody").path("content").fieldNames().forEachRemaining(type -> {
            if (!type.contains("json") || type.contains("ndjson")) {
                fuzzBulkBody(endpoint, role, path, type);
            }
        });
        if (schema == null && operation.path("requestBody").isMissingNode()) {
            for (String body : List.of("{\"a\":\"\\u0000\"}", "not json", "{\"a\":1,\"a\":2}", "null")) {
                check(endpoint + " unexpected body " + body, () -> send(as(role).contentType("application/json")
                        .body(body.getBytes(StandardCharsets.UTF_8)), method, path));
            }
        }
    }

    private void fuzzJsonBody(JsonNode openapi, String endpoint, String role, String path, JsonNode schema) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        JsonNode valid = sample(openapi, schema, 0);
        String validText = body(valid);
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("empty body", "");
        bodies.put("null body", "null");
        bodies.put("not JSON", "this is not JSON");
        bodies.put("truncated JSON", validText.substring(0, Math.max(1, validText.length() / 2)));
        bodies.put("an array", "[" + validText + "]");
        bodies.put("a string", "\"text\"");
        bodies.put("a number", "42");
        bodies.put("trailing tokens", validText + " {}");
        bodies.put("trailing garbage", validText + " xyz");
        bodies.put("NaN token", "{\"a\": NaN}");
        bodies.put("comment", "/* c */" + validText);
        bodies.put("single quotes", validText.replace('"', '\''));
        bodies.put("BOM", "\uFEFF" + validText);
        bodies.put("deeply nested", "{\"x\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}");
        bodies.put("deeply nested objects", "{\"x\":" + "{\"y\":".repeat(3_000) + "1" + "}".repeat(3_000) + "}");
        bodies.put("NUL in an unknown field", "{\"unknownField\":\"\\u0000\"," + validText.substring(1));
        bodies.put("NUL in a field name", "{\"a\\u0000b\":1," + validText.substring(1));
        bodies.put("lone surrogate in a field name", "{\"\\udc00\":1," + validText.substring(1));
        bodies.put("invalid UTF-8 bytes", "{\"x\":\"\u00ff\u00fe\"}");
        if (valid instanceof ObjectNode o && o.size() > 0) {
            String first = o.fieldNames().next();
            bodies.put("duplicate key " + first, "{\"" + first + "\":" + o.get(first) + "," + validText.substring(1));
        }
        for (Map.Entry<String, String> b : bodies.entrySet()) {
            byte[] bytes = b.getKey().equals("invalid UTF-8 bytes") ? new byte[]{'{', '"', 'x', '"', ':', '"', (byte) 0xff, (byte) 0xc0,
                    (byte) 0x80, (byte) 0xed, (byte) 0xa0, (byte) 0x80, '"', '}'} : b.getValue().getBytes(StandardCharsets.UTF_8);
            check(endpoint + " " + b.getKey(), () -> send(as(role).contentType("application/json").body(bytes), method, path));
        }
        for (String type : List.of("text/plain", "application/xml", "text/csv", "application/octet-stream", "application/json-patch+json")) {
            check(endpoint + " as " + type, () -> send(as(role).contentType(type).body(validText.getBytes(StandardCharsets.UTF_8)), method, path));
        }
        check(endpoint + " without a content type", () -> send(as(role).body(validText.getBytes(StandardCharsets.UTF_8)), method, path));
        check(endpoint + " with an Idempotency-Key and NUL", () -> send(as(role).contentType("application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"x\":\"\\u0000\"}".getBytes(StandardCharsets.UTF_8)), method, path));
        check(endpoint + " the valid sample", () -> send(as(role).contentType("application/json")
                .body(validText.getBytes(StandardCharsets.UTF_8)), method, path));
        // One field at a time, the rest as in the valid sample.
        JsonNode mutable = valid.deepCopy();
        eachField(openapi, schema, mutable, "", (field, kind, set) -> {
            boolean first = true;
            for (JsonNode bad : corpus(kind)) {
                set.accept(bad);
                RequestSpecification request = as(role).contentType("application/json").body(body(mutable).getBytes(StandardCharsets.UTF_8));
                if (first) {
                    // The first of each field's corpus also goes through the idempotency filter, which reads the body itself.
                    request = request.header("Idempotency-Key", UUID.randomUUID().toString());
                    first = false;
                }
                RequestSpecification ready = request;
                check(endpoint + " " + field + " = " + abbreviate(bad.toString()), () -> send(ready, method, path));
            }
        });
    }

    /** A CSV or NDJSON import: odd rows among good ones, and odd bodies. */
    private void fuzzBulkBody(String endpoint, String role, String path, String type) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        List<String> bodies = type.contains("csv")
                ? List.of("", "a,b\n1,2\n", "\u0000", "a\u0000,b\n", "\"unterminated\n", "x".repeat(100_000) + "\n",
                "movementId,type\n\u0000,\u0000\n", "\uFEFF\uFEFF,\n", "a,a\n1,1\n")
                : List.of("", "{}\n", "null\n", "[]\n", "{\"a\":\"\\u0000\"}\n", "{\"a\":\"\\ud800\"}\n", "not json\n",
                "{\"a\":1,\"a\":2}\n", "[".repeat(5_000) + "\n", "{\"movementId\":1}\n");
        for (String b : bodies) {
            check(endpoint + " " + type + " body " + abbreviate(b), () -> send(as(role).contentType(type)
                    .body(b.getBytes(StandardCharsets.UTF_8)), method, path));
        }
    }

    private static List<JsonNode> corpus(String kind) {
        List<JsonNode> common = List.of(NODES.nullNode(), NODES.objectNode().put("x", 1), NODES.arrayNode().add(1));
        List<JsonNode> specific = switch (kind) {
            case "string" -> List.of(NODES.textNode("a\u0000b"), NODES.textNode("\u0000"), NODES.textNode(LONE_SURROGATE),
                    NODES.textNode("\ud83d\ude00" + LONE_SURROGATE), NODES.textNode(HUGE), NODES.textNode(""), NODES.textNode("   "),
                    NODES.numberNode(12345), NODES.booleanNode(true), NODES.textNode("\u202e\u200b\ufffe"),
                    NODES.textNode("'; DROP TABLE x; --"));
            case "enum" -> List.of(NODES.numberNode(1), NODES.numberNode(-1), NODES.textNode("1"), NODES.textNode("0"),
                    NODES.textNode("not-a-value"), NODES.textNode(""), NODES.textNode("\u0000"), NODES.numberNode(1.5),
                    NODES.booleanNode(true));
            case "date" -> List.of(NODES.textNode("+999999999-12-31"), NODES.textNode("-999999999-01-01"), NODES.textNode("0000-01-01"),
                    NODES.textNode("1899-12-31"), NODES.textNode("2101-01-01"), NODES.textNode("2020-02-30"), NODES.numberNode(20000),
                    NODES.numberNode(-1), NODES.textNode("20000"), NODES.textNode("2026-11-20T00:00:00Z"), NODES.textNode("\u0000"),
                    NODES.textNode(LONE_SURROGATE), NODES.textNode(""));
            case "date-time" -> List.of(NODES.textNode("+999999999-12-31T23:59:59Z"), NODES.textNode("-999999999-01-01T00:00:00Z"),
                    NODES.textNode("0000-01-01T00:00:00Z"), NODES.textNode("1899-12-31T23:59:59Z"), NODES.textNode("2101-01-01T00:00:00Z"),
                    NODES.numberNode(1_700_000_000L), NODES.numberNode(1.7e9), NODES.numberNode(Long.MAX_VALUE),
                    NODES.textNode("1700000000"), NODES.textNode("2026-11-20"), NODES.textNode("2026-13-45T99:99:99Z"),
                    NODES.textNode("\u0000"), NODES.textNode(""));
            case "integer", "number" -> List.of(NODES.numberNode(-1), NODES.numberNode(0), NODES.numberNode(Long.MAX_VALUE),
                    NODES.numberNode(new java.math.BigInteger("99999999999999999999999999")), NODES.numberNode(1.5),
                    NODES.numberNode(new java.math.BigDecimal("1e400")), NODES.textNode("12"), NODES.textNode("NaN"),
                    NODES.textNode("Infinity"), NODES.booleanNode(true), NODES.numberNode(Integer.MIN_VALUE));
            case "boolean" -> List.of(NODES.numberNode(1), NODES.textNode("true"), NODES.textNode("yes"), NODES.textNode(""));
            case "array" -> List.of(NODES.arrayNode().addNull(), NODES.arrayNode().add(NODES.nullNode()).add(NODES.nullNode()),
                    NODES.textNode("x"), NODES.numberNode(1), NODES.arrayNode().add(NODES.arrayNode()), NODES.arrayNode().add(HUGE),
                    NODES.arrayNode().add("\u0000"), NODES.arrayNode().add(LONE_SURROGATE), NODES.arrayNode().add(1));
            case "object" -> List.of(NODES.textNode("x"), NODES.numberNode(1), NODES.arrayNode().add(NODES.objectNode()),
                    NODES.objectNode(), NODES.objectNode().put("\u0000", "\u0000"));
            default -> List.of(NODES.textNode("\u0000"), NODES.numberNode(1));
        };
        List<JsonNode> all = new ArrayList<>(specific);
        all.addAll(common);
        return all;
    }

    // --- requests -------------------------------------------------------------------------------------------------

    /** Queues one request and the check of its answer; {@link #runQueued} sends them. */
    private void check(String what, java.util.function.Supplier<Response> call) {
        queued.add(() -> {
            requests.incrementAndGet();
            Response r = call.get();
            verify(what, r);
        });
    }

    /** The queued requests, a few at a time: the service answers in parallel, and the client's overhead is shared. */
    private void runQueued() {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<?>> all = new ArrayList<>();
            queued.forEach(task -> all.add(pool.submit(task)));
            for (java.util.concurrent.Future<?> f : all) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
            queued.clear();
        }
    }

    private void verify(String what, Response r) {
        int status = r.statusCode();
        String type = String.valueOf(r.contentType());
        if (status >= 500) {
            failures.add(what + ": " + status + " " + abbreviate(r.asString()));
        } else if (status >= 400 && !type.startsWith("application/problem+json")) {
            failures.add(what + ": " + status + " with content type '" + type + "'");
        }
    }

    private Response send(RequestSpecification request, String method, String path) {
        return request.urlEncodingEnabled(false).request(method, path);
    }

    private Response sendRaw(String role, String method, String rawPathAndQuery, JsonNode operation, JsonNode openapi) {
        RequestSpecification request = as(role).urlEncodingEnabled(false);
        if (Set.of("POST", "PUT", "PATCH").contains(method)) {
            JsonNode schema = bodySchema(openapi, operation, "application/json");
            request = request.contentType("application/json")
                    .body((schema == null ? "{}" : body(sample(openapi, schema, 0))).getBytes(StandardCharsets.UTF_8));
        }
        return request.request(method, rawPathAndQuery);
    }

    /** Tokens by role, minted once: signing one per request would be most of the test's time. */
    private static final Map<String, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

    private static RequestSpecification as(String role) {
        String token = TOKENS.computeIfAbsent(role, r -> r.equals("mission-officer") ? TestTokens.missionOfficer("AUS") : TestTokens.forRole(r));
        return RestAssured.given().auth().oauth2(token).header("X-Purpose", "bad-input contract test");
    }

    private String roleFor(String endpoint) {
        Set<String> allowed = new TreeSet<>(matrix().getOrDefault(endpoint, Set.of("admin")));
        return allowed.stream().filter(r -> !r.equals("mission-officer")).findFirst().orElse(allowed.iterator().next());
    }

    private String concretePath(String template) {
        String path = template;
        for (Map.Entry<String, String> v : pathValues().entrySet()) {
            path = path.replace("{" + v.getKey() + "}", v.getValue());
        }
        return path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    /** The number of items a list endpoint returns (an array, or an object's first array), or null. */
    private Integer count(String role, String endpoint, String path) {
        Response r = as(matrix().getOrDefault(endpoint, Set.of()).contains(role) ? role : roleFor(endpoint)).get(path);
        if (r.statusCode() != 200) {
            return null;
        }
        try {
            JsonNode body = JSON.readTree(r.asByteArray());
            if (body.isArray()) {
                return body.size();
            }
            for (JsonNode v : body) {
                if (v.isArray()) {
                    return v.size();
                }
            }
            return body.has("total") ? body.get("total").asInt() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static JsonNode openapi() {
        try {
            return JSON.readTree(RestAssured.given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                    .extract().asByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- schemas --------------------------------------------------------------------------------------------------

    private static JsonNode bodySchema(JsonNode openapi, JsonNode operation, String mediaType) {
        JsonNode schema = operation.path("requestBody").path("content").path(mediaType).path("schema");
        return schema.isMissingNode() ? null : resolve(openapi, schema);
    }

    private static JsonNode resolve(JsonNode openapi, JsonNode schema) {
        for (int i = 0; i < 10 && schema != null; i++) {
            if (schema.has("$ref")) {
                String ref = schema.get("$ref").asText();
                schema = openapi.at(ref.substring(1));
            } else if (schema.has("allOf")) {
                schema = schema.get("allOf").get(0);
            } else if (schema.has("oneOf") || schema.has("anyOf")) {
                JsonNode options = schema.has("oneOf") ? schema.get("oneOf") : schema.get("anyOf");
                JsonNode chosen = options.get(0);
                for (JsonNode o : options) {
                    if (!"null".equals(o.path("type").asText())) {
                        chosen = o;
                        break;
                    }
                }
                schema = chosen;
            } else {
                return schema;
            }
        }
        return schema;
    }

    private static String typeOf(JsonNode schema) {
        if (schema.has("enum")) {
            return "enum";
        }
        JsonNode type = schema.get("type");
        String t = null;
        if (type != null && type.isArray()) {
            for (JsonNode x : type) {
                if (!x.asText().equals("null")) {
                    t = x.asText();
                }
            }
        } else if (type != null) {
            t = type.asText();
        }
        if (t == null) {
            return schema.has("properties") ? "object" : "any";
        }
        if (t.equals("string") && schema.has("format")) {
            String f = schema.get("format").asText();
            if (f.equals("date") || f.equals("date-time")) {
                return f;
            }
        }
        return t;
    }

    /** A plausible value for the schema: its example or enum, else something of its type. */
    private static JsonNode sample(JsonNode openapi, JsonNode schema, int depth) {
        schema = resolve(openapi, schema);
        String type = typeOf(schema);
        if (schema.has("example") && !type.equals("object") && !type.equals("array")) {
            return schema.get("example");
        }
        return switch (type) {
            case "enum" -> schema.get("enum").get(0);
            case "date" -> NODES.textNode("2024-01-15");
            case "date-time" -> NODES.textNode("2024-01-15T03:00:00Z");
            case "string" -> NODES.textNode("uuid".equals(schema.path("format").asText()) ? UUID.randomUUID().toString() : "AUS");
            case "integer", "number" -> NODES.numberNode(1);
            case "boolean" -> NODES.booleanNode(false);
            case "array" -> depth > 5 ? NODES.arrayNode() : NODES.arrayNode().add(sample(openapi, schema.path("items"), depth + 1));
            case "object" -> {
                ObjectNode o = NODES.objectNode();
                if (depth <= 5) {
                    schema.path("properties").fields().forEachRemaining(f -> o.set(f.getKey(), sample(openapi, f.getValue(), depth + 1)));
                }
                yield o;
            }
            default -> NODES.textNode("x");
        };
    }

    private interface FieldVisitor {
        /** A field at {@code path} of {@code kind}; {@code set} puts a value there (the sample's is put back after). */
        void visit(String path, String kind, Consumer<JsonNode> set);
    }

    /** Every field of the body, top-level and nested (objects, and the first item of arrays). */
    private static void eachField(JsonNode openapi, JsonNode schema, JsonNode node, String prefix, FieldVisitor visitor) {
        schema = resolve(openapi, schema);
        if (!(node instanceof ObjectNode object)) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            String name = f.getKey();
            JsonNode fieldSchema = resolve(openapi, f.getValue());
            String kind = typeOf(fieldSchema);
            String path = prefix + name;
            JsonNode original = object.get(name);
            visitor.visit(path, kind, v -> object.set(name, v));
            object.set(name, original);
            if (kind.equals("object") && original != null) {
                eachField(openapi, fieldSchema, original, path + ".", visitor);
            } else if (kind.equals("array") && original instanceof ArrayNode items && items.size() > 0) {
                JsonNode itemSchema = resolve(openapi, fieldSchema.path("items"));
                String itemKind = typeOf(itemSchema);
                if (itemKind.equals("object")) {
                    eachField(openapi, itemSchema, items.get(0), path + "[0].", visitor);
                } else {
                    JsonNode first = items.get(0);
                    visitor.visit(path + "[0]", itemKind, v -> items.set(0, v));
                    items.set(0, first);
                }
            }
        }
    }

    private static String body(JsonNode node) {
        try {
            return JSON.writeValueAsString(node).replace(LONE_SURROGATE, "\\ud800");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String s) {
        String printable = s.replace("\u0000", "\\u0000");
        return printable.length() > 80 ? printable.substring(0, 80) + "...(" + s.length() + " chars)" : printable;
    }

    /** An endless-looking JSON text of {@code size} bytes: {"x":"xxxx...."} */
    private static final class JsonFiller extends InputStream {
        private final byte[] head = "{\"x\":\"".getBytes(StandardCharsets.US_ASCII);
        private final long size;
        private long sent;

        JsonFiller(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (sent >= size) {
                return -1;
            }
            long i = sent++;
            if (i < head.length) {
                return head[(int) i];
            }
            if (i == size - 2) {
                return '"';
            }
            if (i == size - 1) {
                return '}';
            }
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (sent >= size) {
                return -1;
            }
            int n = 0;
            while (n < len && sent < size) {
                b[off + n++] = (byte) read();
            }
            return n;
        }
    }
}
