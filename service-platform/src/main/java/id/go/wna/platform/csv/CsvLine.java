package id.go.wna.platform.csv;

import java.util.ArrayList;
import java.util.List;

/** The fields of one CSV line, for the services' streamed imports (presence movements, outbound reports). */
public final class CsvLine {

    private CsvLine() {
    }

    /**
     * One line's fields; quotes as in RFC 4180 ("" inside a quoted field is a quote). Null if a quote is left open. A
     * line without quotes (nearly all of a large import) is cut at the commas without copying character by character.
     */
    public static List<String> split(String s) {
        List<String> out = new ArrayList<>(24);
        if (s.indexOf('"') < 0) {
            int start = 0;
            for (int i = s.indexOf(','); i >= 0; i = s.indexOf(',', start)) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
            out.add(s.substring(start));
            return out;
        }
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        out.add(field.toString());
        return out;
    }
}
