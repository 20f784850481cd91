package id.go.wna.platform.text;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.wna.platform.refusal.BrokenRule;

import java.util.Iterator;
import java.util.Map;

/**
 * Text a service may store: PostgreSQL refuses the NUL character in text columns, and a lone UTF-16 surrogate (a
 * {@code \ud800} JSON escape) is no Unicode character at all and cannot be encoded. Both are refused at the edge
 * (request bodies, parameters, headers, import rows) so no such value ever reaches the database. No HTTP in here: the
 * service layer checks import rows with it, the api its requests.
 */
public final class StorableText {

    private StorableText() {
    }

    /** Why {@code s} cannot be stored, or null when it can. */
    public static String problem(CharSequence s) {
        if (s == null) {
            return null;
        }
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == '\u0000') {
                return "must not contain the NUL character (U+0000)";
            }
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return "is not valid Unicode (a lone surrogate)";
                }
            }
        }
        return null;
    }

    /** The first unstorable text (a value or a field name) in a JSON tree, as field path and reason; null if none. */
    public static BrokenRule problem(JsonNode node, String path) {
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            String why = problem(node.textValue());
            return why == null ? null : new BrokenRule(path, why);
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                BrokenRule e = problem(node.get(i), path + "[" + i + "]");
                if (e != null) {
                    return e;
                }
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                String name = path.isEmpty() ? f.getKey() : path + "." + f.getKey();
                String why = problem(f.getKey());
                if (why != null) {
                    return new BrokenRule(path.isEmpty() ? "(field name)" : path, "has a field name that " + why);
                }
                BrokenRule e = problem(f.getValue(), name);
                if (e != null) {
                    return e;
                }
            }
        }
        return null;
    }

    /**
     * {@code s} fit to be echoed in an error message: unstorable characters replaced by U+FFFD (a lone surrogate could
     * not even be written as UTF-8) and at most {@code max} characters.
     */
    public static String printable(String s, int max) {
        if (s == null) {
            return null;
        }
        StringBuilder b = null;
        int n = Math.min(s.length(), max);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean bad = c == '\u0000' || (Character.isSurrogate(c)
                    && !(Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)))
                    && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1))));
            if (bad && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null) {
                b.append(bad ? '\uFFFD' : c);
            }
        }
        String out = b == null ? s.substring(0, n) : b.toString();
        // Do not cut a surrogate pair in two.
        if (!out.isEmpty() && Character.isHighSurrogate(out.charAt(out.length() - 1))) {
            out = out.substring(0, out.length() - 1);
        }
        return s.length() > max ? out + "..." : out;
    }
}
