package id.go.wna.cases.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.wna.platform.csv.CsvLine;
import id.go.wna.platform.refusal.BrokenRule;
import id.go.wna.platform.refusal.Refusal;
import id.go.wna.platform.text.StorableText;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The rows of an import body, read one line at a time (never the whole body): CSV with a header naming the fields
 * (RFC 4180 quoting within a line), or NDJSON (one JSON object per line). Blank lines are skipped; line numbers count
 * every line, the CSV header being line 1.
 */
abstract class MovementRows {

    /** A row's fields by name, or the reason its line could not be split into fields. */
    record Row(long line, Function<String, String> fields, BrokenRule unreadable) {
    }

    /** Field name used for a line that is not a row at all (wrong number of CSV fields, not a JSON object). */
    static final String ROW = "row";

    private static final List<String> REQUIRED_COLUMNS = List.of(MovementInput.MOVEMENT_ID, MovementInput.TYPE,
            MovementInput.OCCURRED_AT, MovementInput.DOCUMENT_ISSUING_STATE, MovementInput.DOCUMENT_NUMBER,
            MovementInput.NATIONALITY);

    protected final BufferedReader reader;
    protected long line;

    MovementRows(BufferedReader reader) {
        this.reader = reader;
    }

    /** The next non-blank row, or null at the end of the body. */
    abstract Row next() throws IOException;

    protected String nextLine() throws IOException {
        String s;
        do {
            s = reader.readLine();
            if (s == null) {
                return null;
            }
            line++;
        } while (s.isBlank());
        return s;
    }

    static MovementRows csv(BufferedReader reader) throws IOException {
        return new Csv(reader);
    }

    static MovementRows ndjson(BufferedReader reader, ObjectMapper json) {
        return new Ndjson(reader, json);
    }

    private static final class Csv extends MovementRows {
        private final Map<String, Integer> columns = new HashMap<>();
        private final int width;

        Csv(BufferedReader reader) throws IOException {
            super(reader);
            String header = reader.readLine();
            line = 1;
            if (header == null || header.isBlank()) {
                throw Refusal.malformed("the body is empty: a CSV import starts with a header line",
                        List.of(new BrokenRule("header", "is missing")));
            }
            if (header.charAt(0) == '\uFEFF') {
                header = header.substring(1);
            }
            List<String> names = CsvLine.split(header);
            if (names == null) {
                throw Refusal.malformed("header: has an unterminated quoted field",
                        List.of(new BrokenRule("header", "has an unterminated quoted field")));
            }
            for (int i = 0; i < names.size(); i++) {
                if (columns.putIfAbsent(names.get(i).strip(), i) != null) {
                    throw Refusal.malformed(names.get(i) + ": column named twice in the header",
                            List.of(new BrokenRule(names.get(i).strip(), "column named twice in the header")));
                }
            }
            List<BrokenRule> missing = REQUIRED_COLUMNS.stream().filter(c -> !columns.containsKey(c))
                    .map(c -> new BrokenRule(c, "column missing from the header")).toList();
            if (!missing.isEmpty()) {
                throw Refusal.malformed("the CSV header lacks "
                        + String.join(", ", missing.stream().map(BrokenRule::field).toList()), missing);
            }
            width = names.size();
        }

        @Override
        Row next() throws IOException {
            String s = nextLine();
            if (s == null) {
                return null;
            }
            List<String> values = CsvLine.split(s);
            if (values == null) {
                return new Row(line, null, new BrokenRule(ROW, "has an unterminated quoted field"));
            }
            if (values.size() != width) {
                return new Row(line, null, new BrokenRule(ROW, "has " + values.size() + " fields, the header " + width));
            }
            BrokenRule unstorable = unstorable(values);
            if (unstorable != null) {
                return new Row(line, null, unstorable);
            }
            return new Row(line, name -> {
                Integer i = columns.get(name);
                return i == null ? null : values.get(i);
            }, null);
        }

        /** The first cell PostgreSQL could not store, named by its column. */
        private BrokenRule unstorable(List<String> values) {
            for (Map.Entry<String, Integer> c : columns.entrySet()) {
                String why = StorableText.problem(values.get(c.getValue()));
                if (why != null) {
                    return new BrokenRule(c.getKey(), why);
                }
            }
            return null;
        }
    }

    private static final class Ndjson extends MovementRows {
        private final ObjectMapper json;

        Ndjson(BufferedReader reader, ObjectMapper json) {
            super(reader);
            this.json = json;
        }

        @Override
        Row next() throws IOException {
            String s = nextLine();
            if (s == null) {
                return null;
            }
            JsonNode node;
            try {
                node = json.readTree(s);
            } catch (JsonProcessingException e) {
                return new Row(line, null, new BrokenRule(ROW, "is not valid JSON: " + abbreviate(e.getOriginalMessage())));
            }
            if (node == null || !node.isObject()) {
                return new Row(line, null, new BrokenRule(ROW, "is not a JSON object"));
            }
            BrokenRule unstorable = StorableText.problem(node, "");
            if (unstorable != null) {
                return new Row(line, null, unstorable);
            }
            return new Row(line, name -> {
                JsonNode v = node.get(name);
                return v == null || v.isNull() ? null : v.isValueNode() ? v.asText() : v.toString();
            }, null);
        }

        private static String abbreviate(String s) {
            return s == null ? "" : s.length() > 200 ? s.substring(0, 200) + "..." : s;
        }
    }
}
