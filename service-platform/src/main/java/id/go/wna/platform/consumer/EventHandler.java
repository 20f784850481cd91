package id.go.wna.platform.consumer;

import id.go.wna.platform.events.IncomingEvent;

import java.util.List;

/**
 * One consumer of one topic: its name (in the inbox, the dead letters and the consumer positions) and what it does
 * with an event. Channels hand their records to {@link EventConsumer} with it; being a bean, it is also how an
 * operator's re-drive applies a dead letter again in this service, without writing to a topic the service does not
 * own.
 */
public interface EventHandler {

    /** The consumer's name, e.g. {@code dashboard-service.case-events}: unique in its service. */
    String consumer();

    /** Applies one event new to this consumer, inside the transaction that records its id. */
    void apply(IncomingEvent event);

    /**
     * Applies a batch of events new to this consumer, in record order, inside the batch's one transaction. Override
     * where the events of a batch are applied together (one statement per table).
     */
    default void applyAll(List<IncomingEvent> events) {
        events.forEach(this::apply);
    }
}
