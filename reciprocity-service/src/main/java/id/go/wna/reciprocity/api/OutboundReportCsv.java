package id.go.wna.reciprocity.api;

import id.go.wna.platform.api.ProblemDetail.FieldError;
import id.go.wna.platform.api.ProblemException;
import id.go.wna.platform.api.StorableText;
import id.go.wna.platform.csv.CsvLine;
import id.go.wna.platform.refusal.BrokenRule;
import id.go.wna.reciprocity.domain.CountryFacts;
import id.go.wna.reciprocity.service.OutboundReportInput;
import id.go.wna.reciprocity.service.OutboundReports.ImportRow;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows of an outbound-report CSV: a header line naming the columns (country, month, source required; the counts
 * optional, any order), then one report per line, quotes as in RFC 4180 within a line. Blank lines are skipped; line
 * numbers count every line, the header being line 1. An empty cell is a count not reported.
 */
final class OutboundReportCsv {

    /** Field name for a line that cannot be split into the header's columns. */
    static final String ROW = "row";

    static final List<String> REQUIRED = List.of(OutboundReportInput.COUNTRY, OutboundReportInput.MONTH, OutboundReportInput.SOURCE);

    private OutboundReportCsv() {
    }

    /**
     * Reads every row (at most {@code maxRows}; more is a 413 and nothing is kept). A header without a required column,
     * with an unknown or repeated column, or an empty body is a 400.
     */
    static List<ImportRow> read(BufferedReader reader, int maxRows) throws IOException {
        String header = reader.readLine();
        if (header == null || header.isBlank()) {
            throw badHeader("header", "is missing: a CSV import starts with a header line naming its columns");
        }
        if (header.charAt(0) == '\uFEFF') {
            header = header.substring(1);
        }
        List<String> names = CsvLine.split(header);
        if (names == null) {
            throw badHeader("header", "has an unterminated quoted field");
        }
        Set<String> known = new LinkedHashSet<>(REQUIRED);
        known.addAll(OutboundReportInput.COUNT_FIELDS);
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip();
            if (!known.contains(name)) {
                throw badHeader(name.isEmpty() ? "header" : name, "is not a column of an outbound report (columns: "
                        + String.join(", ", known) + ")");
            }
            if (columns.putIfAbsent(name, i) != null) {
                throw badHeader(name, "column named twice in the header");
            }
        }
        List<FieldError> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c))
                .map(c -> new FieldError(c, "column missing from the header")).toList();
        if (!missing.isEmpty()) {
            throw new ProblemException(400, "validation", "Invalid request", "the CSV header lacks "
                    + String.join(", ", missing.stream().map(FieldError::field).toList()), missing);
        }
        List<ImportRow> rows = new ArrayList<>();
        long line = 1;
        String s;
        while ((s = reader.readLine()) != null) {
            line++;
            if (s.isBlank()) {
                continue;
            }
            if (rows.size() == maxRows) {
                throw new ProblemException(413, "too-many-rows", "Too many rows", "an import holds at most " + maxRows
                        + " reports; line " + line + " is one more. Split the file; nothing was imported", null);
            }
            rows.add(row(line, s, columns, names.size()));
        }
        return rows;
    }

    private static ImportRow row(long line, String s, Map<String, Integer> columns, int width) {
        List<String> values = CsvLine.split(s);
        if (values == null) {
            return new ImportRow(line, null, List.of(new BrokenRule(ROW, "has an unterminated quoted field")));
        }
        if (values.size() != width) {
            return new ImportRow(line, null, List.of(new BrokenRule(ROW, "has " + values.size() + " fields, the header " + width)));
        }
        for (Map.Entry<String, Integer> c : columns.entrySet()) {
            String why = StorableText.problem(values.get(c.getValue()));
            if (why != null) {
                return new ImportRow(line, null, List.of(new BrokenRule(c.getKey(), why)));
            }
        }
        List<BrokenRule> errors = new ArrayList<>();
        Long[] counts = new Long[OutboundReportInput.COUNT_FIELDS.size()];
        for (int i = 0; i < counts.length; i++) {
            String field = OutboundReportInput.COUNT_FIELDS.get(i);
            String v = cell(values, columns, field);
            if (v == null) {
                continue;
            }
            try {
                counts[i] = Long.parseLong(v);
            } catch (NumberFormatException e) {
                errors.add(new BrokenRule(field, "'" + (v.length() > 40 ? v.substring(0, 40) + "..." : v) + "' is not a whole number"));
            }
        }
        OutboundReportInput input = new OutboundReportInput(cell(values, columns, OutboundReportInput.COUNTRY),
                cell(values, columns, OutboundReportInput.MONTH), cell(values, columns, OutboundReportInput.SOURCE),
                new CountryFacts.Outbound(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6], counts[7]));
        return new ImportRow(line, input, errors);
    }

    /** A cell, stripped; null when the column is absent or the cell empty. */
    private static String cell(List<String> values, Map<String, Integer> columns, String name) {
        Integer i = columns.get(name);
        if (i == null) {
            return null;
        }
        String v = values.get(i).strip();
        return v.isEmpty() ? null : v;
    }

    private static ProblemException badHeader(String field, String message) {
        return ProblemException.badRequest(field, message);
    }
}
