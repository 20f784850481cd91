package id.go.wna.platform.consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.wna.contracts.EventCatalogue;
import id.go.wna.platform.events.IncomingEvent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A consumer's handlers, one per event payload record of {@link EventCatalogue}, instead of a switch on type strings:
 * the type string is looked up in the catalogue, and a payload that is not in it, or travels on another topic than the
 * consumer's, fails when the consumer is built (at startup), not when its first event arrives. Event types of the topic
 * that no handler is registered for are acknowledged and skipped (recorded in the inbox, no other effect).
 *
 * <pre>{@code
 * EventHandlers.forConsumer("reciprocity-service.case-events", Topics.CASE_EVENTS, json)
 *         .on(CaseOpened.class, projection::caseOpened)
 *         .on(OffenceRecorded.class, projection::offenceRecorded)
 *         .build();
 * }</pre>
 *
 * A consumer that applies a batch's events together (one statement per table) names the payloads it reads with
 * {@link Builder#collect} and gets them, in record order, with {@link Builder#applyingAll}.
 */
public final class EventHandlers {

    /** Applies a batch's payloads together. */
    @FunctionalInterface
    public interface BatchHandler {
        /**
         * @param payloads the payloads of the collected types, in record order (other types left out)
         * @param events   every event of the batch, in record order, skipped types included
         */
        void apply(List<Record> payloads, List<IncomingEvent> events);
    }

    private final String consumer;
    private final String topic;
    private final ObjectMapper json;
    private final Map<String, Registered<?>> byType;
    private final Consumer<IncomingEvent> afterEach;
    private final BatchHandler batch;

    private record Registered<T extends Record>(Class<T> payload, BiConsumer<IncomingEvent, ? super T> handler) {
        void apply(ObjectMapper json, IncomingEvent event) {
            handler.accept(event, event.dataAs(json, payload));
        }
    }

    private EventHandlers(Builder b, BatchHandler batch) {
        this.consumer = b.consumer;
        this.topic = b.topic;
        this.json = b.json;
        this.byType = Map.copyOf(b.byType);
        this.afterEach = b.afterEach;
        this.batch = batch;
    }

    /**
     * Starts the handlers of a consumer.
     *
     * @param consumer its name in the inbox, the dead letters and the consumer positions, e.g.
     *                 {@code dashboard-service.case-events}
     * @param topic    the topic its channel reads (a {@code Topics} constant): every registered payload must travel on it
     * @param json     reads the payloads
     */
    public static Builder forConsumer(String consumer, String topic, ObjectMapper json) {
        return new Builder(consumer, topic, json);
    }

    public String consumer() {
        return consumer;
    }

    public String topic() {
        return topic;
    }

    /** Applies one event with the handler of its type (none: skipped), then the {@code afterEach} hook. */
    public void apply(IncomingEvent event) {
        if (batch != null) {
            applyAll(List.of(event));
            return;
        }
        Registered<?> registered = byType.get(event.type());
        if (registered != null) {
            registered.apply(json, event);
        }
        if (afterEach != null) {
            afterEach.accept(event);
        }
    }

    /** Applies a batch's events: together if the consumer collects them, otherwise one by one in record order. */
    public void applyAll(List<IncomingEvent> events) {
        if (batch == null) {
            events.forEach(this::apply);
            return;
        }
        List<Record> payloads = new ArrayList<>(events.size());
        for (IncomingEvent event : events) {
            Registered<?> registered = byType.get(event.type());
            if (registered != null) {
                payloads.add(event.dataAs(json, registered.payload()));
            }
        }
        batch.apply(payloads, events);
    }

    /** The catalogue types this consumer handles, e.g. {@code CaseOpened.v1}. */
    public java.util.Set<String> handledTypes() {
        return byType.keySet();
    }

    public static final class Builder {

        private final String consumer;
        private final String topic;
        private final ObjectMapper json;
        private final Map<String, Registered<?>> byType = new LinkedHashMap<>();
        private Consumer<IncomingEvent> afterEach;
        private boolean collecting;
        private boolean handling;

        private Builder(String consumer, String topic, ObjectMapper json) {
            this.consumer = Objects.requireNonNull(consumer, "consumer");
            this.topic = Objects.requireNonNull(topic, "topic");
            this.json = Objects.requireNonNull(json, "json");
            if (EventCatalogue.topic(topic).isEmpty()) {
                throw new IllegalArgumentException(consumer + ": " + topic + " is not a topic of the event catalogue");
            }
        }

        /** Handles each event of the payload's type with its payload. */
        public <T extends Record> Builder on(Class<T> payload, Consumer<? super T> handler) {
            Objects.requireNonNull(handler, "handler");
            return onEvent(payload, (event, data) -> handler.accept(data));
        }

        /** Handles each event of the payload's type with the event (its id, time) and its payload. */
        public <T extends Record> Builder onEvent(Class<T> payload, BiConsumer<IncomingEvent, ? super T> handler) {
            Objects.requireNonNull(handler, "handler");
            if (collecting) {
                throw new IllegalStateException(consumer + ": a consumer either collects its payloads for batches or handles them one by one");
            }
            handling = true;
            register(payload, handler);
            return this;
        }

        /** Runs after every event of the topic, handled or skipped, inside its transaction. */
        public Builder afterEach(Consumer<IncomingEvent> hook) {
            if (collecting) {
                throw new IllegalStateException(consumer + ": a batch handler sees every event of its batch already");
            }
            this.afterEach = Objects.requireNonNull(hook, "hook");
            return this;
        }

        /** Names payload types whose events {@link #applyingAll} gets together; other types are skipped. */
        @SafeVarargs
        public final Builder collect(Class<? extends Record>... payloads) {
            if (handling || afterEach != null) {
                throw new IllegalStateException(consumer + ": a consumer either collects its payloads for batches or handles them one by one");
            }
            collecting = true;
            for (Class<? extends Record> p : payloads) {
                register(p, (event, data) -> {
                    throw new IllegalStateException("collected payloads are applied by the batch handler");
                });
            }
            return this;
        }

        /** The handlers, applying the collected payloads of a batch (or of one event, as a batch of one) together. */
        public EventHandlers applyingAll(BatchHandler handler) {
            if (!collecting) {
                throw new IllegalStateException(consumer + ": applyingAll needs the payload types it collects");
            }
            return new EventHandlers(this, Objects.requireNonNull(handler, "handler"));
        }

        /** The handlers, applying each event on its own. */
        public EventHandlers build() {
            if (collecting) {
                throw new IllegalStateException(consumer + ": collected payloads need applyingAll");
            }
            return new EventHandlers(this, null);
        }

        private <T extends Record> void register(Class<T> payload, BiConsumer<IncomingEvent, ? super T> handler) {
            List<EventCatalogue.EventType> types = EventCatalogue.all().stream().filter(t -> t.payload().equals(payload)).toList();
            if (types.isEmpty()) {
                throw new IllegalArgumentException(consumer + ": " + payload.getName() + " is not a payload of the event catalogue");
            }
            for (EventCatalogue.EventType type : types) {
                if (!type.topic().equals(topic)) {
                    throw new IllegalArgumentException(consumer + ": " + type.type() + " travels on " + type.topic()
                            + ", not on this consumer's topic " + topic);
                }
                if (byType.putIfAbsent(type.type(), new Registered<>(payload, handler)) != null) {
                    throw new IllegalArgumentException(consumer + ": " + type.type() + " has a handler already");
                }
            }
        }
    }
}
