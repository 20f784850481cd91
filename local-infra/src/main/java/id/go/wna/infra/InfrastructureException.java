package id.go.wna.infra;

/** Infrastructure that cannot be started, with a message a user can act on. */
public class InfrastructureException extends RuntimeException {
    public InfrastructureException(String message) {
        super(message);
    }

    public InfrastructureException(String message, Throwable cause) {
        super(message, cause);
    }
}
