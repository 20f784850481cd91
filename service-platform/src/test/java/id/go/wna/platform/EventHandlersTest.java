package id.go.wna.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.go.wna.contracts.EventTypes;
import id.go.wna.contracts.Topics;
import id.go.wna.contracts.cases.CaseOpened;
import id.go.wna.contracts.cases.CaseStatusChanged;
import id.go.wna.contracts.presence.PersonArrived;
import id.go.wna.platform.consumer.EventHandlers;
import id.go.wna.platform.events.IncomingEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Typed handlers: one per catalogue payload, checked when the consumer is built. */
class EventHandlersTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    private static IncomingEvent event(String type, Object payload) throws Exception {
        return new IncomingEvent(UUID.randomUUID().toString(), type, "/wna/tests", "key", Instant.now(),
                JSON.writeValueAsString(payload));
    }

    private static CaseOpened opened(UUID caseId) {
        return new CaseOpened(caseId, "CRIMINAL", "REPORTED", "AUS", "Bali", Instant.parse("2026-10-01T00:00:00Z"), null, null);
    }

    @Test
    void eachEventGoesToTheHandlerOfItsPayloadTypeAndOtherTypesAreSkipped() throws Exception {
        List<Object> handled = new ArrayList<>();
        List<String> after = new ArrayList<>();
        EventHandlers handlers = EventHandlers.forConsumer("tests.case-events", Topics.CASE_EVENTS, JSON)
                .on(CaseOpened.class, handled::add)
                .afterEach(e -> after.add(e.type()))
                .build();
        UUID caseId = UUID.randomUUID();

        handlers.apply(event(EventTypes.CASE_OPENED, opened(caseId)));
        handlers.apply(event(EventTypes.CASE_STATUS_CHANGED, java.util.Map.of("caseId", caseId.toString())));

        assertEquals(List.of(opened(caseId)), handled);
        assertEquals(List.of(EventTypes.CASE_OPENED, EventTypes.CASE_STATUS_CHANGED), after, "after every event, skipped too");
    }

    @Test
    void aBatchConsumerGetsTheCollectedPayloadsOfTheBatchInRecordOrder() throws Exception {
        List<Object> payloads = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        EventHandlers handlers = EventHandlers.forConsumer("tests.case-events", Topics.CASE_EVENTS, JSON)
                .collect(CaseOpened.class)
                .applyingAll((collected, batch) -> {
                    payloads.addAll(collected);
                    sizes.add(batch.size());
                });
        UUID a = UUID.randomUUID(), b = UUID.randomUUID();

        handlers.applyAll(List.of(event(EventTypes.CASE_OPENED, opened(a)),
                event(EventTypes.CASE_STATUS_CHANGED, java.util.Map.of("caseId", a.toString())),
                event(EventTypes.CASE_OPENED, opened(b))));

        assertEquals(List.of(opened(a), opened(b)), payloads);
        assertEquals(List.of(3), sizes, "one call for the batch, skipped types counted");
    }

    @Test
    void aPayloadOfAnotherTopicIsRefusedWhenTheConsumerIsBuilt() {
        var e = assertThrows(IllegalArgumentException.class, () ->
                EventHandlers.forConsumer("tests.case-events", Topics.CASE_EVENTS, JSON).on(PersonArrived.class, p -> { }));
        assertTrue(e.getMessage().contains(Topics.PRESENCE_EVENTS), e.getMessage());
    }

    public record NotAnEvent(String x) {
    }

    @Test
    void aPayloadOutsideTheCatalogueIsRefusedWhenTheConsumerIsBuilt() {
        var e = assertThrows(IllegalArgumentException.class, () ->
                EventHandlers.forConsumer("tests.case-events", Topics.CASE_EVENTS, JSON).on(NotAnEvent.class, p -> { }));
        assertTrue(e.getMessage().contains("not a payload of the event catalogue"), e.getMessage());
    }

    @Test
    void twoHandlersForOnePayloadTypeAreRefused() {
        assertThrows(IllegalArgumentException.class, () ->
                EventHandlers.forConsumer("tests.case-events", Topics.CASE_EVENTS, JSON)
                        .on(CaseStatusChanged.class, p -> { }).on(CaseStatusChanged.class, p -> { }));
    }
}
