package id.go.wna.dashboard;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static id.go.wna.dashboard.DashboardFiguresTest.get;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Which obligations the dashboard counts as open (owed a notice to the post and not yet notified), one row per
 * situation, through the real broker. Each row's events are published for three obligations of the row's own
 * nationality: in the order notification-service publishes them, in reverse order, and each twice (a redelivery), and
 * the row must count the same for all three. The opening always comes first: the topic is keyed by obligation, so an
 * obligation's ObligationOpened precedes its other events. Each obligation ends with a visit target missed, which is
 * how a row knows all its events were applied, and which must not count as a deadline breach.
 */
@QuarkusTest
class NoticeOwedTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    /** When each row's duty arose; every other time is counted from it. */
    private static final Instant TRIGGER = Instant.now().minus(6, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    /** One consular event about an obligation, published with the row's nationality. */
    interface Step {
        void send(UUID obligation, String nationality);
    }

    private static Instant after(int hours) {
        return TRIGGER.plus(Duration.ofHours(hours));
    }

    static Step regime(String regime, int atHour, String... reasons) {
        return (o, n) -> Events.regime(o, n, regime, List.of(reasons), after(atHour));
    }

    /** A regime determined for another nationality than the one the obligation was opened with. */
    static Step regimeFor(String nationality, String regime, int atHour, String... reasons) {
        return (o, n) -> Events.regime(o, nationality, regime, List.of(reasons), after(atHour));
    }

    static Step advised(String answer, int atHour) {
        return (o, n) -> Events.rightsAdvised(o, n, answer, after(atHour));
    }

    static Stream<Arguments> situations() {
        return Stream.of(
                row("a mandatory detention not yet notified is awaiting a notice", "MDV", 1, "DETENTION", null,
                        regime("MANDATORY", 0, "BILATERAL_MANDATORY")),
                row("an on-request detainee who asked is awaiting a notice", "NRU", 1, "DETENTION", null,
                        regime("ON_REQUEST", 0, "VCCR_DEFAULT"), advised("NOTIFY_REQUESTED", 1)),
                row("an on-request detainee not yet advised stays open: the advisement is still owed", "KIR", 1, "DETENTION", null,
                        regime("ON_REQUEST", 0, "VCCR_DEFAULT")),
                row("an on-request detainee advised without an answer stays open", "NIU", 1, "DETENTION", null,
                        regime("ON_REQUEST", 0, "VCCR_DEFAULT"), advised("NO_ANSWER", 1)),
                row("an on-request detainee who declined is owed no notice", "PLW", 0, "DETENTION", null,
                        regime("ON_REQUEST", 0, "VCCR_DEFAULT"), advised("NOTIFY_DECLINED", 1)),
                row("a refusal withdrawn by a later request is awaiting a notice", "FSM", 1, "DETENTION", null,
                        regime("ON_REQUEST", 0, "VCCR_DEFAULT"), advised("NOTIFY_DECLINED", 1), advised("NOTIFY_REQUESTED", 30)),
                row("a request withdrawn by a later refusal is owed no notice", "MHL", 0, "DETENTION", null,
                        regime("ON_REQUEST", 0, "VCCR_DEFAULT"), advised("NOTIFY_REQUESTED", 1), advised("NOTIFY_DECLINED", 5)),
                row("a request is not withdrawn by a later advisement without an answer", "TON", 1, "DETENTION", null,
                        regime("ON_REQUEST", 0, "VCCR_DEFAULT"), advised("NOTIFY_REQUESTED", 1), advised("NO_ANSWER", 5)),
                row("a request and a refusal at the same instant count as asked", "SLB", 1, "DETENTION", null,
                        regime("ON_REQUEST", 0, "VCCR_DEFAULT"), advised("NOTIFY_DECLINED", 1), advised("NOTIFY_REQUESTED", 1)),
                row("an Art. 42 arrest of consular staff is awaiting a notice to the head of post", "COM", 1,
                        "CONSULAR_STAFF_ARREST", null, regime("ESCALATED", 0, "CONSULAR_STAFF")),
                row("an escalation for diplomatic immunity owes no notice: Protocol handles it", "STP", 0, "DETENTION", null,
                        regime("ESCALATED", 0, "DIPLOMATIC_IMMUNITY")),
                row("consular staff found to be a diplomatic agent owes no notice: the latest regime's reasons decide", "CPV", 0,
                        "CONSULAR_STAFF_ARREST", null, regime("ESCALATED", 0, "CONSULAR_STAFF"),
                        regime("ESCALATED", 4, "DIPLOMATIC_IMMUNITY")),
                row("a detainee who declined and is then found to be a child is awaiting a notice", "GNB", 1, "DETENTION", null,
                        regime("ON_REQUEST", 0, "VCCR_DEFAULT"), advised("NOTIFY_DECLINED", 1),
                        regime("MANDATORY", 2, "VCCR_DEFAULT", "KEMLU_POLICY_MINOR")),
                row("a mandatory detention suppressed by a later asylum claim owes no notice", "GMB", 0, "DETENTION", null,
                        regime("MANDATORY", 0, "BILATERAL_MANDATORY"),
                        regime("SUPPRESSED", 6, "ASYLUM_SEEKER_OR_REFUGEE", "BILATERAL_MANDATORY")),
                row("a stateless detainee owes no notice: there is no post", "SLE", 0, "DETENTION", null,
                        regime("NOT_APPLICABLE", 0, "STATELESS")),
                row("a detainee of unknown nationality stays open while it is established", "XXX", 1, "DETENTION", null,
                        regime("PENDING", 0, "NATIONALITY_UNKNOWN")),
                row("once established, the obligation counts under the nationality of the latest regime decision", "LBR", 1,
                        "DETENTION", "XXX", regimeFor("XXX", "PENDING", 0, "NATIONALITY_UNKNOWN"),
                        regime("MANDATORY", 20, "BILATERAL_MANDATORY")));
    }

    /**
     * @param nationality the row's own nationality, which no other test uses: the figures asked for
     * @param openedAs    the nationality the obligation is opened with, when not the row's (an unspecified XXX)
     */
    private static Arguments row(String situation, String nationality, long open, String trigger, String openedAs,
                                 Step... events) {
        return Arguments.of(situation, nationality, open, trigger, openedAs == null ? nationality : openedAs, List.of(events));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("situations")
    void anObligationIsOpenWhileAnAdvisementOrANoticeIsOwedWhateverTheOrderOfItsEvents(
            String situation, String nationality, long open, String trigger, String openedAs, List<Step> events) {
        List<Step> reversed = new ArrayList<>(events);
        Collections.reverse(reversed);
        List<Step> twice = new ArrayList<>(events);
        twice.addAll(events);
        for (List<Step> order : List.of(events, reversed, twice)) {
            UUID obligation = UUID.randomUUID();
            Events.obligationOpened(obligation, UUID.randomUUID(), UUID.randomUUID(), openedAs, trigger, TRIGGER);
            order.forEach(step -> step.send(obligation, nationality));
            for (int i = 0; i < (order == twice ? 2 : 1); i++) {
                // Same deadline each time: a redelivered target missed is one fact.
                Events.breached(obligation, openedAs, "ACCESS_TARGET_MISSED", after(96));
            }
        }
        Map<String, String> filter = Map.of("nationality", nationality);
        await().atMost(WAIT).untilAsserted(() -> assertEquals(3.0, sum(get("/api/v1/timeseries/access-targets-missed", filter)),
                situation + ": every obligation's events applied"));
        JsonPath compliance = get("/api/v1/consular/compliance", filter);
        assertEquals(3, compliance.getLong("total.obligations"), situation);
        assertEquals(3 * open, compliance.getLong("total.open"), situation + " (open, in each order)");
        assertEquals(3 * open, get("/api/v1/summary", filter).getLong("openObligations"), situation + " (summary)");
        assertEquals(0.0, sum(get("/api/v1/timeseries/deadline-breaches", filter)),
                situation + ": a visit target missed is no deadline breach");
    }

    @Test
    void aVisitNotHeldWithinTheServiceTargetIsATargetMissedNotADeadlineBreach() {
        String nationality = "DJI";
        UUID obligation = UUID.randomUUID();
        Events.obligationOpened(obligation, UUID.randomUUID(), UUID.randomUUID(), nationality, TRIGGER);
        Events.regime(obligation, nationality, "MANDATORY", List.of("BILATERAL_MANDATORY"), after(0));
        Events.breached(obligation, nationality, "NOTIFICATION", after(72));
        Events.breached(obligation, nationality, "ACCESS_TARGET_MISSED", after(96));
        Map<String, String> filter = Map.of("nationality", nationality);
        await().atMost(WAIT).untilAsserted(() -> assertEquals(1.0, sum(get("/api/v1/timeseries/access-targets-missed", filter))));
        assertEquals(1.0, sum(get("/api/v1/timeseries/deadline-breaches", filter)), "only the notification deadline was breached");
        JsonPath summary = get("/api/v1/summary", filter);
        assertEquals(1, summary.getLong("openObligations"));
        assertEquals(1, summary.getLong("overdueNotifications"));
    }

    private static double sum(JsonPath series) {
        return series.getList("points.value", Double.class).stream().mapToDouble(v -> v == null ? 0 : v).sum();
    }
}
