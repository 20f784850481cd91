package id.go.wna.platform.consumer;

import id.go.wna.platform.events.IncomingEvent;

import java.util.List;

/**
 * An {@link EventHandler} whose work is its {@link EventHandlers}: a consumer bean implements this, builds its handlers
 * in its constructor and hands itself to {@link EventConsumer} (and, being an {@code EventHandler} bean, to re-drives).
 */
public interface TypedEventHandler extends EventHandler {

    /** The consumer's handlers, one per payload type. */
    EventHandlers handlers();

    @Override
    default String consumer() {
        return handlers().consumer();
    }

    @Override
    default void apply(IncomingEvent event) {
        handlers().apply(event);
    }

    @Override
    default void applyAll(List<IncomingEvent> events) {
        handlers().applyAll(events);
    }
}
