package id.go.wna.reciprocity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.wna.contracts.EventTypes;
import id.go.wna.contracts.Topics;
import id.go.wna.contracts.cases.AdministrativeActionTaken;
import id.go.wna.contracts.cases.CaseOpened;
import id.go.wna.contracts.cases.CustodyEnded;
import id.go.wna.contracts.cases.DeportationCompleted;
import id.go.wna.contracts.cases.OffenceRecorded;
import id.go.wna.contracts.consular.AccessConducted;
import id.go.wna.contracts.consular.AccessRequested;
import id.go.wna.contracts.consular.NoticeAcknowledged;
import id.go.wna.contracts.consular.NoticeSent;
import id.go.wna.contracts.consular.ObligationOpened;
import id.go.wna.contracts.consular.RegimeDetermined;
import id.go.wna.contracts.presence.PersonArrived;
import id.go.wna.contracts.presence.PersonDeparted;
import id.go.wna.infra.test.RealInfrastructure;
import id.go.wna.infra.test.TestEvents;
import id.go.wna.reciprocity.domain.CountryFacts;
import id.go.wna.reciprocity.domain.Period;
import id.go.wna.reciprocity.service.InboundFacts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.wna.infra.test.Api.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InboundFactsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    InboundFacts facts;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    private CountryFacts.Inbound inbound(String iso3, String period) {
        return facts.of(iso3, Period.parse(period));
    }

    private String send(String topic, Object key, String type, Object event) {
        String id = UUID.randomUUID().toString();
        send(topic, key, id, type, event);
        return id;
    }

    private void send(String topic, Object key, String eventId, String type, Object event) {
        try {
            TestEvents.send(RealInfrastructure.kafkaClient(), topic, key.toString(), eventId, type, json.writeValueAsString(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    // ---- wna.case-events.v1

    private void offence(String iso3, String category, String statute, String article, String recordedAt) {
        UUID caseId = UUID.randomUUID();
        send(Topics.CASE_EVENTS, caseId, EventTypes.OFFENCE_RECORDED, offenceOf(caseId, iso3, category, statute, article, recordedAt));
    }

    private static OffenceRecorded offenceOf(UUID caseId, String iso3, String category, String statute, String article, String recordedAt) {
        return new OffenceRecorded(caseId, UUID.randomUUID(), UUID.randomUUID(), iso3, "M", "25-34", "Bali", category,
                statute, article, "OFF-" + article, null, null, at(recordedAt));
    }

    private void action(String iso3, String type, Integer overstayDays, String decidedAt) {
        action(UUID.randomUUID(), iso3, type, overstayDays, decidedAt, null);
    }

    private void action(UUID caseId, String iso3, String type, Integer overstayDays, String decidedAt, UUID extendsActionId) {
        send(Topics.CASE_EVENTS, caseId, EventTypes.ADMINISTRATIVE_ACTION_TAKEN, new AdministrativeActionTaken(caseId,
                UUID.randomUUID(), UUID.randomUUID(), iso3, "F", "35-44", "Bali", type, "UU 6/2011 Pasal 75(2)",
                LocalDate.parse(decidedAt.substring(0, 10)), null, overstayDays, overstayDays == null ? null : overstayDays * 1_000_000L,
                at(decidedAt), extendsActionId));
    }

    private void deported(String iso3, Integer daysWaitingForTravelDocument, String departedAt) {
        deported(UUID.randomUUID(), iso3, daysWaitingForTravelDocument, departedAt);
    }

    private void deported(UUID caseId, String iso3, Integer daysWaitingForTravelDocument, String departedAt) {
        send(Topics.CASE_EVENTS, caseId, EventTypes.DEPORTATION_COMPLETED, new DeportationCompleted(caseId, UUID.randomUUID(),
                UUID.randomUUID(), iso3, iso3, "CGK", "STATE", daysWaitingForTravelDocument, at(departedAt)));
    }

    private void custodyEnded(String iso3, int days, String endedAt) {
        UUID caseId = UUID.randomUUID();
        send(Topics.CASE_EVENTS, caseId, EventTypes.CUSTODY_ENDED, new CustodyEnded(caseId, UUID.randomUUID(),
                UUID.randomUUID(), iso3, "DEPORTED", at(endedAt), days));
    }

    private static CountryFacts.Inbound caseFactsOnly(long offences, Map<String, Long> byArticle, long actions,
                                                      Map<String, Long> byType, long deportations, long overstays,
                                                      long overstayDays, long detentionDays, long waits, long waitDays) {
        return new CountryFacts.Inbound(null, null, offences, byArticle, actions, byType, deportations, overstays,
                overstayDays, detentionDays, waits, waitDays, null, null, null, null, null, null, null, null, null);
    }

    @Test
    @Order(1)
    void caseEventsGiveOffencesByArticleActionsByTypeDeportationsOverstaysDetentionAndTravelDocumentWaitsPerUtcMonthAndABanExtensionIsNotAnotherBan() {
        String c = "VNM";
        offence(c, "IMMIGRATION_CRIME", "UU 6/2011", "119", "2026-10-02T08:00:00Z");
        offence(c, "IMMIGRATION_CRIME", "UU 6/2011", "119", "2026-10-31T23:30:00Z"); // already November in Indonesia
        offence(c, "IMMIGRATION_CRIME", "UU 6/2011", "122(a)", "2026-10-15T08:00:00Z");
        offence(c, "GENERAL_CRIME", "KUHP", "362", "2026-10-15T09:00:00Z"); // not an immigration offence
        action(c, "CHARGE", 10, "2026-10-03T02:00:00Z");
        action(c, "CHARGE", 5, "2026-10-04T02:00:00Z");
        action(c, "DEPORTATION", null, "2026-10-05T02:00:00Z");
        deported(c, 12, "2026-10-20T10:00:00Z");
        deported(c, null, "2026-10-21T10:00:00Z");
        custodyEnded(c, 20, "2026-10-21T10:00:00Z");
        offence(c, "IMMIGRATION_CRIME", "UU 6/2011", "119", "2026-11-01T00:30:00Z");
        action(c, "ENTRY_BAN", null, "2026-11-02T02:00:00Z");
        custodyEnded(c, 7, "2026-11-03T10:00:00Z");
        // An extension of that entry ban (Pasal 102) prolongs it: it is not one more ban. Sent with the same key as
        // the last event, so it is applied before the figures below can match.
        UUID last = UUID.randomUUID();
        action(last, c, "ENTRY_BAN", null, "2026-11-03T12:00:00Z", UUID.randomUUID());
        deported(last, c, 3, "2026-11-04T10:00:00Z");

        CountryFacts.Inbound november = caseFactsOnly(1, Map.of("119", 1L), 1, Map.of("ENTRY_BAN", 1L), 1, 0, 0, 7, 1, 3);
        await().atMost(WAIT).untilAsserted(() -> assertEquals(november, inbound(c, "2026-11")));

        assertEquals(caseFactsOnly(3, Map.of("119", 2L, "122(a)", 1L), 3, Map.of("CHARGE", 2L, "DEPORTATION", 1L), 2, 2, 15,
                20, 1, 12), inbound(c, "2026-10"));
        assertEquals(caseFactsOnly(4, Map.of("119", 3L, "122(a)", 1L), 4,
                Map.of("CHARGE", 2L, "DEPORTATION", 1L, "ENTRY_BAN", 1L), 3, 2, 15, 27, 2, 15), inbound(c, "2026-Q4"),
                "a quarter sums its months");
        assertEquals(caseFactsOnly(0, Map.of(), 0, Map.of(), 0, 0, 0, 0, 0, 0), inbound(c, "2026-12"),
                "a month without events after the country's first case event is 0, not unknown");
        assertEquals(new CountryFacts.Inbound(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null), inbound(c, "2026-09"),
                "before the first event about the country, nothing is known");
        assertTrue(facts.countries(Period.parse("2026-10")).contains(c));
        assertFalse(facts.countries(Period.parse("2026-09")).contains(c));
    }

    // ---- wna.presence-events.v1

    private void arrived(UUID person, String iso3, String arrivedAt) {
        send(Topics.PRESENCE_EVENTS, person, EventTypes.PERSON_ARRIVED, new PersonArrived(person, iso3, "M", "25-34",
                "DPS", "Bali", "VISA_ON_ARRIVAL", at(arrivedAt)));
    }

    private void departed(UUID person, String iso3, String departedAt) {
        send(Topics.PRESENCE_EVENTS, person, EventTypes.PERSON_DEPARTED, new PersonDeparted(person, iso3, "DPS", "Bali",
                null, at(departedAt)));
    }

    @Test
    @Order(2)
    void presenceEventsGiveArrivalsInThePeriodAndThePopulationAtItsEnd() {
        String c = "KOR";
        UUID a = UUID.randomUUID(), b = UUID.randomUUID(), cc = UUID.randomUUID(), d = UUID.randomUUID(),
                e = UUID.randomUUID(), f = UUID.randomUUID(), g = UUID.randomUUID();
        arrived(a, c, "2026-09-15T03:00:00Z");
        arrived(b, c, "2026-10-05T03:00:00Z");
        departed(b, c, "2026-11-10T03:00:00Z");
        arrived(cc, c, "2026-10-20T03:00:00Z");
        departed(cc, c, "2026-10-25T03:00:00Z");
        departed(e, c, "2026-10-12T03:00:00Z");     // a departure with no arrival seen: a departure, nobody present
        arrived(f, c, "2026-10-01T03:00:00Z");
        arrived(f, c, "2026-11-20T03:00:00Z");      // arrived again, no departure seen: still one person
        arrived(g, c, "2026-10-31T23:30:00Z");
        departed(g, c, "2026-11-01T00:10:00Z");     // present at the end of October (UTC)
        arrived(d, c, "2026-11-03T03:00:00Z");

        await().atMost(WAIT).untilAsserted(() -> {
            CountryFacts.Inbound november = inbound(c, "2026-11");
            assertEquals(2, november.arrivals(), "d, and f again");
            assertEquals(3, november.population(), "a, d, f on 1 December");
        });
        CountryFacts.Inbound october = inbound(c, "2026-10");
        assertEquals(4, october.arrivals(), "b, c, f, g");
        assertEquals(4, october.population(), "a, b, f, g on 1 November");
        assertNull(october.offences(), "no case event about the country: unknown");
        assertNull(october.arrestsOwedNotice(), "no consular event about the country: unknown");
        assertEquals(1, inbound(c, "2026-09").population());
        assertEquals(1, inbound(c, "2026-09").arrivals());
        CountryFacts.Inbound quarter = inbound(c, "2026-Q4");
        assertEquals(6, quarter.arrivals());
        assertEquals(3, quarter.population(), "the stock at the quarter's end");
        assertEquals(0, inbound(c, "2026-12").arrivals());
        assertEquals(3, inbound(c, "2026-12").population());
        assertNull(inbound(c, "2026-08").population(), "before the first presence event, the population is unknown");
        assertNull(inbound(c, "2026-08").arrivals());
        assertTrue(facts.countries(Period.parse("2027-01")).contains(c), "nationals still present");
        assertFalse(facts.countries(Period.parse("2026-08")).contains(c));
    }

    // ---- kemlu.consular-events.v1

    private UUID obligation(String iso3, String trigger, String regime, String openedAt) {
        UUID id = UUID.randomUUID();
        Instant opened = at(openedAt);
        send(Topics.CONSULAR_EVENTS, id, EventTypes.OBLIGATION_OPENED, new ObligationOpened(id, UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), iso3, trigger, "VCCR Art. 36(1)(b)", opened.minusSeconds(600), opened));
        regime(id, iso3, regime, opened.plusSeconds(60));
        return id;
    }

    private void regime(UUID obligation, String iso3, String regime, Instant determinedAt) {
        send(Topics.CONSULAR_EVENTS, obligation, EventTypes.REGIME_DETERMINED, new RegimeDetermined(obligation, iso3, regime,
                List.of("MANDATORY".equals(regime) ? "BILATERAL_MANDATORY" : "VCCR_DEFAULT"), "test", "POST-" + iso3,
                null, null, null, determinedAt));
    }

    private UUID notice(UUID obligation, String iso3, String kind, long delayMinutes) {
        UUID notice = UUID.randomUUID();
        send(Topics.CONSULAR_EVENTS, obligation, EventTypes.NOTICE_SENT, new NoticeSent(obligation, notice, iso3,
                "POST-" + iso3, kind, "MANDATORY", "EMAIL", "REF-" + notice, at("2026-11-20T00:00:00Z"), delayMinutes,
                delayMinutes > 72 * 60));
        return notice;
    }

    private void acknowledged(UUID obligation, UUID notice, String iso3, long responseMinutes, String acknowledgedAt) {
        send(Topics.CONSULAR_EVENTS, obligation, EventTypes.NOTICE_ACKNOWLEDGED, new NoticeAcknowledged(obligation, notice,
                iso3, "POST-" + iso3, "EMAIL", at(acknowledgedAt), responseMinutes));
    }

    private UUID accessRequested(UUID obligation, String iso3) {
        UUID request = UUID.randomUUID();
        send(Topics.CONSULAR_EVENTS, obligation, EventTypes.ACCESS_REQUESTED, accessRequestOf(obligation, request, iso3));
        return request;
    }

    private static AccessRequested accessRequestOf(UUID obligation, UUID request, String iso3) {
        return new AccessRequested(obligation, request, iso3, "POST-" + iso3, "IN_PERSON", "POST",
                at("2026-11-21T00:00:00Z"), null);
    }

    private void accessConducted(UUID obligation, UUID request, String iso3, boolean firstVisit, int daysSinceCustodyStart) {
        send(Topics.CONSULAR_EVENTS, obligation, EventTypes.ACCESS_CONDUCTED, new AccessConducted(obligation, request, iso3,
                "POST-" + iso3, "IN_PERSON", at("2026-11-25T00:00:00Z"), firstVisit, daysSinceCustodyStart, 45));
    }

    @Test
    @Order(3)
    void consularEventsGiveNotificationSharesAndMediansAccessAndAcknowledgementsByTheObligationsMonth() {
        String c = "AUS";
        // Five arrests owed a notice in November, first notices after 2 h, 10 h, 30 h, 80 h and never.
        UUID o1 = obligation(c, "DETENTION", "MANDATORY", "2026-11-02T01:00:00Z");
        UUID n1 = notice(o1, c, "INITIAL", 2 * 60);
        UUID o2 = obligation(c, "DETENTION", "ON_REQUEST", "2026-11-03T01:00:00Z"); // owed: it got a notice
        notice(o2, c, "INITIAL", 10 * 60);
        UUID o3 = obligation(c, "DETENTION", "MANDATORY", "2026-11-04T01:00:00Z");
        UUID n3 = notice(o3, c, "INITIAL", 30 * 60);
        UUID o4 = obligation(c, "CONSULAR_STAFF_ARREST", "MANDATORY", "2026-11-05T01:00:00Z");
        UUID n4 = notice(o4, c, "INITIAL", 80 * 60);
        notice(o4, c, "FOLLOW_UP", 200 * 60);                                        // not the first notice
        obligation(c, "DETENTION", "MANDATORY", "2026-11-06T01:00:00Z");            // never notified
        // Not owed: on request and never asked; a death is not an arrest; mandatory, then suppressed (asylum claim).
        obligation(c, "DETENTION", "ON_REQUEST", "2026-11-07T01:00:00Z");
        UUID death = obligation(c, "DEATH", "MANDATORY", "2026-11-08T01:00:00Z");
        notice(death, c, "DEATH", 30);
        UUID suppressed = obligation(c, "DETENTION", "MANDATORY", "2026-11-09T01:00:00Z");
        regime(suppressed, c, "SUPPRESSED", at("2026-11-09T05:00:00Z"));
        // October: one more, notified after 1 h.
        UUID october = obligation(c, "DETENTION", "MANDATORY", "2026-10-30T01:00:00Z");
        notice(october, c, "INITIAL", 60);
        // The posts acknowledge after 90, 30 and 300 minutes.
        acknowledged(o1, n1, c, 90, "2026-11-02T05:00:00Z");
        acknowledged(o3, n3, c, 30, "2026-11-05T08:00:00Z");
        acknowledged(o4, n4, c, 300, "2026-11-08T12:00:00Z");
        // Access: o1 asked twice, visited first after 3 days and again after 10; o2 visited after 6; o3 asked, no visit.
        UUID r1 = accessRequested(o1, c);
        UUID r1b = accessRequested(o1, c);
        accessConducted(o1, r1, c, true, 3);
        accessConducted(o1, r1b, c, false, 10);
        UUID r2 = accessRequested(o2, c);
        accessConducted(o2, r2, c, true, 6);
        accessRequested(o3, c);

        await().atMost(WAIT).untilAsserted(() -> assertEquals(4, inbound(c, "2026-11").accessRequested()));
        CountryFacts.Inbound november = inbound(c, "2026-11");
        assertEquals(5, november.arrestsOwedNotice());
        assertEquals(2, november.notifiedWithin24h());
        assertEquals(3, november.notifiedWithin72h());
        assertEquals(20.0, november.medianNotificationDelayHours(), 1e-9, "median of 2, 10, 30 and 80 h");
        assertEquals(3, november.accessConducted());
        assertEquals(4.5, november.medianDaysToFirstVisit(), 1e-9, "median of 3 and 6 days");
        assertEquals(3, november.acknowledgements());
        assertEquals(1.5, november.medianAcknowledgementHours(), 1e-9, "median of 30, 90 and 300 minutes");
        assertNull(november.population(), "no presence event about the country: unknown");

        CountryFacts.Inbound quarter = inbound(c, "2026-Q4");
        assertEquals(6, quarter.arrestsOwedNotice());
        assertEquals(3, quarter.notifiedWithin24h());
        assertEquals(4, quarter.notifiedWithin72h());
        assertEquals(10.0, quarter.medianNotificationDelayHours(), 1e-9, "median of 1, 2, 10, 30 and 80 h");

        CountryFacts.Inbound december = inbound(c, "2026-12");
        assertEquals(0, december.arrestsOwedNotice(), "known, and none");
        assertEquals(0, december.accessRequested());
        assertEquals(0, december.acknowledgements());
        assertNull(december.medianNotificationDelayHours(), "no delay to take the median of");
        assertNull(december.medianAcknowledgementHours());
        assertNull(inbound(c, "2026-09").arrestsOwedNotice(), "before the first consular event, unknown");
        assertTrue(facts.countries(Period.parse("2026-11")).contains(c));
    }

    @Test
    @Order(4)
    void anEventDeliveredTwiceCountsOnce() {
        String c = "MYS";
        UUID caseId = UUID.randomUUID();
        String offenceEvent = UUID.randomUUID().toString();
        OffenceRecorded offence = offenceOf(caseId, c, "IMMIGRATION_CRIME", "UU 6/2011", "119", "2026-11-10T03:00:00Z");
        send(Topics.CASE_EVENTS, caseId, offenceEvent, EventTypes.OFFENCE_RECORDED, offence);
        send(Topics.CASE_EVENTS, caseId, offenceEvent, EventTypes.OFFENCE_RECORDED, offence);
        offence(c, "IMMIGRATION_CRIME", "UU 6/2011", "122(a)", "2026-11-11T03:00:00Z");

        UUID obligation = UUID.randomUUID();
        String accessEvent = UUID.randomUUID().toString();
        AccessRequested request = accessRequestOf(obligation, UUID.randomUUID(), c);
        send(Topics.CONSULAR_EVENTS, obligation, accessEvent, EventTypes.ACCESS_REQUESTED, request);
        send(Topics.CONSULAR_EVENTS, obligation, accessEvent, EventTypes.ACCESS_REQUESTED, request);
        accessRequested(obligation, c);

        await().atMost(WAIT).untilAsserted(() -> {
            CountryFacts.Inbound november = inbound(c, "2026-11");
            assertEquals(Map.of("119", 1L, "122(a)", 1L), november.offencesByArticle());
            assertEquals(2, november.accessRequested());
        });
        assertEquals(2, inbound(c, "2026-11").offences());
    }

    @Test
    @Order(5)
    void replayRebuildsTheSameFiguresAfterTheTablesWereDamaged() {
        String c = "THA";
        offence(c, "IMMIGRATION_CRIME", "UU 6/2011", "119", "2026-11-10T03:00:00Z");
        action(c, "CHARGE", 4, "2026-11-11T03:00:00Z");
        deported(c, 9, "2026-12-01T03:00:00Z");
        UUID caseId = UUID.randomUUID();
        send(Topics.CASE_EVENTS, caseId, EventTypes.CASE_OPENED, new CaseOpened(caseId, "CRIMINAL", "REPORTED", c, "Bali",
                at("2026-10-01T00:00:00Z"), null, null));
        UUID p = UUID.randomUUID(), q = UUID.randomUUID();
        arrived(p, c, "2026-10-01T03:00:00Z");
        arrived(q, c, "2026-10-02T03:00:00Z");
        departed(q, c, "2026-11-02T03:00:00Z");
        UUID o = obligation(c, "DETENTION", "MANDATORY", "2026-11-02T01:00:00Z");
        UUID n = notice(o, c, "INITIAL", 500);
        acknowledged(o, n, c, 45, "2026-11-02T10:00:00Z");
        accessConducted(o, accessRequested(o, c), c, true, 2);

        await().atMost(WAIT).untilAsserted(() -> {
            CountryFacts.Inbound quarter = inbound(c, "2026-Q4");
            assertEquals(1, quarter.deportations());
            assertEquals(1, quarter.population());
            assertEquals(2.0, quarter.medianDaysToFirstVisit());
        });
        CountryFacts.Inbound quarter = inbound(c, "2026-Q4");
        CountryFacts.Inbound november = inbound(c, "2026-11");
        assertEquals(1, november.acknowledgements());
        assertEquals(1, november.arrestsOwedNotice());

        // Someone "fixed" the figures by hand: the tables no longer match the events.
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("UPDATE inbound_monthly_fact SET value = 999 WHERE iso3 = 'THA'").executeUpdate();
            em.createNativeQuery("DELETE FROM inbound_stay WHERE nationality = 'THA'").executeUpdate();
            em.createNativeQuery("UPDATE inbound_obligation SET first_notice_minutes = 1 WHERE iso3 = 'THA'").executeUpdate();
            em.createNativeQuery("DELETE FROM inbound_acknowledgement WHERE iso3 = 'THA'").executeUpdate();
        });
        assertNotEquals(quarter, inbound(c, "2026-Q4"));

        as("admin").when().post("/api/v1/admin/replay").then().statusCode(200)
                .body("clearedTables", hasItems("country_case_fact", "inbound_monthly_fact", "inbound_stay",
                        "inbound_obligation", "inbound_acknowledgement"))
                .body("consumers", hasItems("reciprocity-service.case-events", "reciprocity-service.presence-events",
                        "reciprocity-service.consular-events"));

        await().atMost(WAIT).untilAsserted(() -> {
            assertEquals(quarter, inbound(c, "2026-Q4"));
            assertEquals(november, inbound(c, "2026-11"));
        });
    }
}
