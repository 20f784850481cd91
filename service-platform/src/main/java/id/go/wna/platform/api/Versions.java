package id.go.wna.platform.api;

import jakarta.ws.rs.core.EntityTag;

/**
 * Optimistic concurrency over HTTP: a resource's version is its ETag, and a write that carries {@code If-Match} only
 * applies to the version the caller read (RFC 9110 §13.1.1). Without If-Match the write applies to the current state.
 */
public final class Versions {

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Throws 412 when {@code ifMatch} is present, is not {@code *}, and names none of the current version's tags. */
    public static void checkIfMatch(String ifMatch, long current, String what, Object id) {
        if (!matches(ifMatch, current)) {
            throw ProblemException.staleVersion(what, id, current, ifMatch.strip());
        }
    }

    /** Whether a write with {@code ifMatch} applies to the {@code current} version: absent, {@code *}, or one of its tags. */
    public static boolean matches(String ifMatch, long current) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return true;
        }
        for (String tag : ifMatch.split(",")) {
            String t = tag.strip();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals("\"" + current + "\"")) {
                return true;
            }
        }
        return false;
    }
}
