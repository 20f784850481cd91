package id.go.wna.reciprocity.api;

import id.go.wna.platform.api.Versions;
import id.go.wna.reciprocity.service.ExpectedVersion;

/** A request's If-Match header as the version its write is meant for (RFC 9110 §13.1.1, read by {@link Versions}). */
record IfMatch(String header) implements ExpectedVersion {

    static ExpectedVersion of(String header) {
        return header == null || header.isBlank() ? ExpectedVersion.CURRENT : new IfMatch(header);
    }

    @Override
    public boolean named() {
        return true;
    }

    @Override
    public void check(long current, String what, Object id) {
        Versions.checkIfMatch(header, current, what, id);
    }
}
