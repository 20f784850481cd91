package id.go.wna.platform.consumer;

/** A record that retrying cannot fix: it goes to the dead letters at once. */
public class PermanentFailure extends RuntimeException {

    private final FailureReason reason;

    public PermanentFailure(FailureReason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public FailureReason reason() {
        return reason;
    }
}
