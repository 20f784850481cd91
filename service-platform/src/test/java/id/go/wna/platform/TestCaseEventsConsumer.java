package id.go.wna.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.wna.contracts.Topics;
import id.go.wna.contracts.cases.CaseOpened;
import id.go.wna.platform.consumer.EventConsumer;
import id.go.wna.platform.consumer.EventHandlers;
import id.go.wna.platform.consumer.TypedEventHandler;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** A consumer as a service writes one: cases opened into {@code platform_test_case}; a test may make a case fail. */
@ApplicationScoped
public class TestCaseEventsConsumer implements TypedEventHandler {

    static final String CONSUMER = "platform-test.case-events";
    /** Cases whose events the handler refuses, as a handler with a bug would. */
    static final Set<UUID> FAILING = ConcurrentHashMap.newKeySet();

    private final EventConsumer events;
    private final EventHandlers handlers;

    public TestCaseEventsConsumer(EventConsumer events, ObjectMapper json, EntityManager em) {
        this.events = events;
        this.handlers = EventHandlers.forConsumer(CONSUMER, Topics.CASE_EVENTS, json)
                .on(CaseOpened.class, opened -> caseOpened(em, opened))
                .build();
    }

    static void caseOpened(EntityManager em, CaseOpened opened) {
        if (FAILING.contains(opened.caseId())) {
            throw new IllegalStateException("the handler fails for case " + opened.caseId());
        }
        em.createNativeQuery("""
                INSERT INTO platform_test_case (case_id, nationality, applied) VALUES (?1, ?2, 1)
                ON CONFLICT (case_id) DO UPDATE SET applied = platform_test_case.applied + 1""")
                .setParameter(1, opened.caseId()).setParameter(2, opened.nationality()).executeUpdate();
    }

    @Incoming("case-events")
    @Blocking
    public void on(ConsumerRecords<byte[], byte[]> records) {
        events.consumeBatch(this, records);
    }

    @Override
    public EventHandlers handlers() {
        return handlers;
    }
}
