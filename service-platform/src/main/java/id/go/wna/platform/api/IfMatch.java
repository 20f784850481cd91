package id.go.wna.platform.api;

import id.go.wna.platform.refusal.ExpectedVersion;
import id.go.wna.platform.refusal.Refusal;

/** A request's If-Match header as the version its write is meant for (RFC 9110 §13.1.1, read by {@link Versions}). */
public record IfMatch(String header) implements ExpectedVersion {

    public static ExpectedVersion of(String header) {
        return header == null || header.isBlank() ? ExpectedVersion.CURRENT : new IfMatch(header);
    }

    @Override
    public boolean named() {
        return true;
    }

    @Override
    public void check(long current, String what, Object id) {
        if (!Versions.matches(header, current)) {
            throw Refusal.staleVersion(what, id, current, header.strip());
        }
    }
}
