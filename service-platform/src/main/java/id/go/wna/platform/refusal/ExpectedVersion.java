package id.go.wna.platform.refusal;

/**
 * The version a write is meant for, as the caller named it (over HTTP its If-Match, read by the api's {@code IfMatch}). Absent, the
 * write applies to the current version.
 */
public interface ExpectedVersion {

    /** Where a caller names the version, for a {@link BrokenRule} about it: over HTTP the If-Match header. */
    String FIELD = "If-Match";

    /** Whether the caller named a version at all. */
    boolean named();

    /** Refuses the write (stale version) when {@code current}, the stored version of {@code what} {@code id}, is not the one named. */
    void check(long current, String what, Object id);

    /** No version named: the write applies to whatever is stored. */
    ExpectedVersion CURRENT = new ExpectedVersion() {
        @Override
        public boolean named() {
            return false;
        }

        @Override
        public void check(long current, String what, Object id) {
        }
    };
}
