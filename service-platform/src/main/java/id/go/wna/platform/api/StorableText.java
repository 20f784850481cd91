package id.go.wna.platform.api;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.wna.platform.refusal.BrokenRule;

/**
 * {@link id.go.wna.platform.text.StorableText} for the api, naming an unstorable JSON text by a problem's field error.
 */
public final class StorableText {

    private StorableText() {
    }

    /** Why {@code s} cannot be stored, or null when it can. */
    public static String problem(CharSequence s) {
        return id.go.wna.platform.text.StorableText.problem(s);
    }

    /** The first unstorable text (a value or a field name) in a JSON tree, as field path and reason; null if none. */
    public static ProblemDetail.FieldError problem(JsonNode node, String path) {
        BrokenRule broken = id.go.wna.platform.text.StorableText.problem(node, path);
        return broken == null ? null : new ProblemDetail.FieldError(broken.field(), broken.message());
    }

    /** {@code s} fit to be echoed in an error message (see {@link id.go.wna.platform.text.StorableText#printable}). */
    public static String printable(String s, int max) {
        return id.go.wna.platform.text.StorableText.printable(s, max);
    }
}
