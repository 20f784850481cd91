package id.go.wna.dashboard.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * Every list answer of the dashboard as CSV when the caller's Accept header prefers {@code text/csv}: a header row of
 * the record's component names (the JSON field names), then one line per row, RFC 4180 quoting, CRLF line ends.
 */
public final class Csv {

    static final String TEXT_CSV = "text/csv";

    private Csv() {
    }

    /** JSON {@code body}, or {@code rows} as {@code <name>.csv} when the caller asked for CSV. */
    static Response answer(HttpHeaders headers, Object body, String name, Class<? extends Record> type, List<? extends Record> rows) {
        if (!wantsCsv(headers)) {
            return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
        }
        return Response.ok(write(type, rows), TEXT_CSV + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"").build();
    }

    /** The first acceptable type that is JSON or CSV decides; a wildcard means JSON, the default. */
    static boolean wantsCsv(HttpHeaders headers) {
        for (MediaType m : headers.getAcceptableMediaTypes()) {
            if ("text".equalsIgnoreCase(m.getType()) && "csv".equalsIgnoreCase(m.getSubtype())) {
                return true;
            }
            if (m.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }

    public static String write(Class<? extends Record> type, List<? extends Record> rows) {
        RecordComponent[] columns = type.getRecordComponents();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < columns.length; i++) {
            out.append(i == 0 ? "" : ",").append(field(columns[i].getName()));
        }
        out.append("\r\n");
        for (Record row : rows) {
            for (int i = 0; i < columns.length; i++) {
                Object v;
                try {
                    v = columns[i].getAccessor().invoke(row);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                out.append(i == 0 ? "" : ",").append(v == null ? "" : field(v.toString()));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    public static String field(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
