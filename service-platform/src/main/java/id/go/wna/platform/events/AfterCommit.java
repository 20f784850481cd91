package id.go.wna.platform.events;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;

/** Runs an action once the transaction has committed, never after a rollback. */
public record AfterCommit(Runnable action) implements Synchronization {

    @Override
    public void beforeCompletion() {
    }

    @Override
    public void afterCompletion(int status) {
        if (status == Status.STATUS_COMMITTED) {
            action.run();
        }
    }
}
