package id.go.wna.reciprocity;

import id.go.wna.contracts.consular.NoticeSent;
import id.go.wna.contracts.consular.ObligationOpened;
import id.go.wna.contracts.consular.RegimeDetermined;
import id.go.wna.contracts.consular.RightsAdvised;
import id.go.wna.reciprocity.domain.ConsularCompliance;
import id.go.wna.reciprocity.service.ConsularProjection;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Which arrests count in the denominator of the notification shares ({@code arrestsOwedNotice}), one row per situation:
 * the obligation's consular events are projected as notification-service publishes them, then in reverse order, then
 * each twice (a replay meeting them again), and every time the figures are the same. Each row runs in a transaction
 * that is rolled back, so the rows leave nothing behind.
 */
@QuarkusTest
class NoticeOwedTest {

    private static final String COUNTRY = "XOW";
    /** When the arrest happened; every other time is counted from it. */
    private static final Instant ARREST = Instant.parse("2026-06-10T02:00:00Z");

    @Inject
    ConsularProjection projection;

    @Inject
    ConsularCompliance compliance;

    /** One consular event about the row's obligation. */
    interface Step extends BiConsumer<ConsularProjection, UUID> {
    }

    private static Instant after(int hours) {
        return ARREST.plus(Duration.ofHours(hours));
    }

    static Step opened(String trigger) {
        return (p, id) -> p.obligationOpened(new ObligationOpened(id, UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), COUNTRY, trigger, "VCCR Art. 36(1)(b)", ARREST, after(0).plusSeconds(60)));
    }

    static Step regime(String regime, int atHour, String... reasons) {
        return (p, id) -> p.regimeDetermined(new RegimeDetermined(id, COUNTRY, regime, List.of(reasons), "test", "XOW-EMB-JKT",
                null, null, null, after(atHour).plusSeconds(120)));
    }

    static Step advised(String answer, int atHour) {
        return (p, id) -> p.rightsAdvised(new RightsAdvised(id, COUNTRY, after(atHour), "en", false, answer, false,
                atHour * 60L, false));
    }

    static Step notified(int afterHours) {
        return (p, id) -> p.noticeSent(new NoticeSent(id, UUID.nameUUIDFromBytes((id + "/" + afterHours).getBytes()),
                COUNTRY, "XOW-EMB-JKT", "INITIAL", "REQUESTED", "EMAIL", "REF", after(afterHours), afterHours * 60L,
                afterHours > 72));
    }

    static Stream<Arguments> situations() {
        return Stream.of(
                row("a mandatory arrest is owed a notice even if never notified", 1, 0,
                        opened("DETENTION"), regime("MANDATORY", 0, "BILATERAL_MANDATORY")),
                row("an on-request detainee who asked and was never notified counts as owed a notice", 1, 0,
                        opened("DETENTION"), regime("ON_REQUEST", 0, "VCCR_DEFAULT"), advised("NOTIFY_REQUESTED", 1)),
                row("an on-request detainee who asked and was notified within 72 h counts as notified", 1, 1,
                        opened("DETENTION"), regime("ON_REQUEST", 0, "VCCR_DEFAULT"), advised("NOTIFY_REQUESTED", 1),
                        notified(10)),
                row("an on-request detainee who asked and was notified after 72 h is owed and late", 1, 0,
                        opened("DETENTION"), regime("ON_REQUEST", 0, "VCCR_DEFAULT"), advised("NOTIFY_REQUESTED", 1),
                        notified(100)),
                row("an on-request detainee never advised is not owed a notice", 0, 0,
                        opened("DETENTION"), regime("ON_REQUEST", 0, "VCCR_DEFAULT")),
                row("an on-request detainee who gave no answer is not owed a notice", 0, 0,
                        opened("DETENTION"), regime("ON_REQUEST", 0, "VCCR_DEFAULT"), advised("NO_ANSWER", 1)),
                row("an on-request detainee who declined is not owed a notice", 0, 0,
                        opened("DETENTION"), regime("ON_REQUEST", 0, "VCCR_DEFAULT"), advised("NOTIFY_DECLINED", 1)),
                row("a refusal withdrawn by a later request is owed a notice", 1, 0,
                        opened("DETENTION"), regime("ON_REQUEST", 0, "VCCR_DEFAULT"), advised("NOTIFY_DECLINED", 1),
                        advised("NOTIFY_REQUESTED", 30)),
                row("a request withdrawn by a later refusal before any notice is not owed a notice", 0, 0,
                        opened("DETENTION"), regime("ON_REQUEST", 0, "VCCR_DEFAULT"), advised("NOTIFY_REQUESTED", 1),
                        advised("NOTIFY_DECLINED", 5)),
                row("a request is not withdrawn by a later advisement without an answer", 1, 0,
                        opened("DETENTION"), regime("ON_REQUEST", 0, "VCCR_DEFAULT"), advised("NOTIFY_REQUESTED", 1),
                        advised("NO_ANSWER", 5)),
                row("a request and a refusal given at the same instant count as asked", 1, 0,
                        opened("DETENTION"), regime("ON_REQUEST", 0, "VCCR_DEFAULT"), advised("NOTIFY_DECLINED", 1),
                        advised("NOTIFY_REQUESTED", 1)),
                row("a refusal after the notice went out leaves the arrest owed and notified", 1, 1,
                        opened("DETENTION"), regime("ON_REQUEST", 0, "VCCR_DEFAULT"), advised("NOTIFY_REQUESTED", 1),
                        notified(3), advised("NOTIFY_DECLINED", 5)),
                row("an on-request detainee found to be a child is owed a notice whatever the child said", 1, 0,
                        opened("DETENTION"), regime("ON_REQUEST", 0, "VCCR_DEFAULT"), advised("NOTIFY_DECLINED", 1),
                        regime("MANDATORY", 2, "VCCR_DEFAULT", "MINOR")),
                row("an Art. 42 arrest of consular staff is owed a notice to the head of post", 1, 0,
                        opened("CONSULAR_STAFF_ARREST"), regime("ESCALATED", 0, "CONSULAR_STAFF")),
                row("a detained consular officer (Art. 42) notified within 72 h counts as notified", 1, 1,
                        opened("DETENTION"), regime("ESCALATED", 0, "CONSULAR_STAFF"), notified(2)),
                row("an escalation for diplomatic immunity owes no notice: Protocol handles it", 0, 0,
                        opened("DETENTION"), regime("ESCALATED", 0, "DIPLOMATIC_IMMUNITY")),
                row("consular staff found to be a diplomatic agent owes no notice: the latest regime's reasons decide", 0, 0,
                        opened("CONSULAR_STAFF_ARREST"), regime("ESCALATED", 0, "CONSULAR_STAFF"),
                        regime("ESCALATED", 4, "DIPLOMATIC_IMMUNITY")),
                row("a stateless detainee owes no notice: there is no post", 0, 0,
                        opened("DETENTION"), regime("NOT_APPLICABLE", 0, "STATELESS")),
                row("a detainee who is also Indonesian owes no notice", 0, 0,
                        opened("DETENTION"), regime("NOT_APPLICABLE", 0, "INDONESIAN_NATIONAL")),
                row("a mandatory arrest suppressed by an asylum claim owes no notice", 0, 0,
                        opened("DETENTION"), regime("MANDATORY", 0, "BILATERAL_MANDATORY"),
                        regime("SUPPRESSED", 6, "ASYLUM_SEEKER_OR_REFUGEE", "BILATERAL_MANDATORY")),
                row("an asylum seeker who asked is still not owed a notice to the country of origin", 0, 0,
                        opened("DETENTION"), regime("SUPPRESSED", 0, "ASYLUM_SEEKER_OR_REFUGEE", "VCCR_DEFAULT"),
                        advised("NOTIFY_REQUESTED", 1)),
                row("a notice actually sent counts whatever the regime", 1, 1,
                        opened("DETENTION"), regime("ON_REQUEST", 0, "VCCR_DEFAULT"), notified(30)),
                row("a death is not an arrest, even when notified", 0, 0,
                        opened("DEATH"), regime("MANDATORY", 0, "DEATH_ALWAYS_NOTIFIED"), notified(1)));
    }

    private static Arguments row(String situation, long owed, long notifiedWithin72h, Step... events) {
        return Arguments.of(situation, owed, notifiedWithin72h, List.of(events));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("situations")
    void anArrestIsOwedANoticeWhenMandatoryAskedForArticle42OrNotifiedWhateverTheOrderOfItsEvents(
            String situation, long owed, long notifiedWithin72h, List<Step> events) {
        List<Step> reversed = new ArrayList<>(events);
        Collections.reverse(reversed);
        List<Step> twice = new ArrayList<>(events);
        twice.addAll(events);
        for (var order : List.of(events, reversed, twice)) {
            ConsularCompliance.Figures f = project(order);
            assertEquals(owed, f.arrestsOwedNotice(), situation + " (owed, " + order.size() + " events)");
            assertEquals(notifiedWithin72h, f.notifiedWithin72h(), situation + " (notified within 72 h)");
        }
    }

    private ConsularCompliance.Figures project(List<Step> events) {
        UUID obligation = UUID.randomUUID();
        QuarkusTransaction.begin();
        try {
            events.forEach(e -> e.accept(projection, obligation));
            return compliance.of(COUNTRY, "2026-01", "2027-01");
        } finally {
            QuarkusTransaction.rollback();
        }
    }
}
