package id.go.wna.notification.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every status change of an obligation goes through {@link ObligationLifecycle}: the allowed ones, and the refused. */
class ObligationLifecycleTest {

    private static Obligation obligation(NotificationRegime regime, ObligationStatus status) {
        Obligation o = new Obligation();
        o.id = UUID.randomUUID();
        o.regime = regime;
        o.status(status);
        return o;
    }

    private static ConsularNotice notice(ConsularNotice.Kind kind) {
        ConsularNotice n = new ConsularNotice();
        n.id = UUID.randomUUID();
        n.kind = kind;
        return n;
    }

    private static RegimeDecision decision(NotificationRegime regime, boolean notifyWithoutRequest) {
        return new RegimeDecision(regime, List.of(), "", notifyWithoutRequest, false);
    }

    @Test
    void aNewObligationIsOpenAndAnnouncedWithItsFirstRegimeDecision() {
        Obligation o = new Obligation();
        List<ObligationEvent> events = ObligationLifecycle.open(o);
        assertEquals(ObligationStatus.OPEN, o.status());
        assertEquals(2, events.size());
        assertInstanceOf(ObligationEvent.Opened.class, events.get(0));
        assertInstanceOf(ObligationEvent.RegimeDetermined.class, events.get(1));
    }

    @Test
    void anObligationIsOpenedOnlyOnce() {
        Obligation o = obligation(NotificationRegime.MANDATORY, ObligationStatus.OPEN);
        assertThrows(IllegalStateException.class, () -> ObligationLifecycle.open(o));
    }

    @Test
    void theFirstNoticeMakesAnOpenObligationNotified() {
        Obligation o = obligation(NotificationRegime.MANDATORY, ObligationStatus.OPEN);
        List<ObligationEvent> events = ObligationLifecycle.noticeSent(o, notice(ConsularNotice.Kind.INITIAL));
        assertEquals(ObligationStatus.NOTIFIED, o.status());
        assertInstanceOf(ObligationEvent.NoticeSent.class, events.get(0));
    }

    @Test
    void aFollowUpNoticeLeavesAnOpenObligationOpen() {
        Obligation o = obligation(NotificationRegime.ON_REQUEST, ObligationStatus.OPEN);
        List<ObligationEvent> events = ObligationLifecycle.noticeSent(o, notice(ConsularNotice.Kind.FOLLOW_UP));
        assertEquals(ObligationStatus.OPEN, o.status());
        assertInstanceOf(ObligationEvent.NoticeSent.class, events.get(0), "the notice is told all the same");
    }

    @Test
    void aNoticeOfADeclinedObligationDoesNotMakeItNotified() {
        Obligation o = obligation(NotificationRegime.ON_REQUEST, ObligationStatus.DECLINED);
        ObligationLifecycle.noticeSent(o, notice(ConsularNotice.Kind.FOLLOW_UP));
        assertEquals(ObligationStatus.DECLINED, o.status());
    }

    @Test
    void aNotifiedObligationIsAcknowledgedOnlyOnceEveryInitialNoticeIs() {
        Obligation o = obligation(NotificationRegime.MANDATORY, ObligationStatus.NOTIFIED);
        ObligationLifecycle.acknowledged(o, notice(ConsularNotice.Kind.CORRECTION), false);
        assertEquals(ObligationStatus.NOTIFIED, o.status());
        List<ObligationEvent> events = ObligationLifecycle.acknowledged(o, notice(ConsularNotice.Kind.INITIAL), true);
        assertEquals(ObligationStatus.ACKNOWLEDGED, o.status());
        assertInstanceOf(ObligationEvent.NoticeAcknowledged.class, events.get(0));
    }

    @Test
    void aRefusalBeforeAnyNoticeDeclinesAndALaterRequestReopens() {
        Obligation o = obligation(NotificationRegime.ON_REQUEST, ObligationStatus.OPEN);
        ObligationLifecycle.answered(o, AdvisementAnswer.DECLINED, false);
        assertEquals(ObligationStatus.DECLINED, o.status());
        ObligationLifecycle.answered(o, AdvisementAnswer.REQUESTED, false);
        assertEquals(ObligationStatus.OPEN, o.status());
    }

    @Test
    void aRequestAfterARefusalIsNotifiedWhenANoticeWentOutMeanwhile() {
        Obligation o = obligation(NotificationRegime.ON_REQUEST, ObligationStatus.DECLINED);
        ObligationLifecycle.answered(o, AdvisementAnswer.REQUESTED, true);
        assertEquals(ObligationStatus.NOTIFIED, o.status());
    }

    @Test
    void aRefusalAfterTheNoticeChangesNothing() {
        Obligation o = obligation(NotificationRegime.ON_REQUEST, ObligationStatus.NOTIFIED);
        ObligationLifecycle.answered(o, AdvisementAnswer.DECLINED, true);
        assertEquals(ObligationStatus.NOTIFIED, o.status());
    }

    @Test
    void aRefusalWhileTheNationalityIsUnknownKeepsTheObligationOpen() {
        Obligation o = obligation(NotificationRegime.PENDING, ObligationStatus.OPEN);
        ObligationLifecycle.answered(o, AdvisementAnswer.DECLINED, false);
        assertEquals(ObligationStatus.OPEN, o.status());
    }

    @Test
    void theEndOfCustodyClosesAnOpenObligationOfWhichNothingMayBeTold() {
        Obligation never = obligation(NotificationRegime.ON_REQUEST, ObligationStatus.OPEN);
        ObligationLifecycle.custodyEnded(never);
        assertEquals(ObligationStatus.CLOSED, never.status());

        Obligation mandatory = obligation(NotificationRegime.MANDATORY, ObligationStatus.OPEN);
        ObligationLifecycle.custodyEnded(mandatory);
        assertEquals(ObligationStatus.OPEN, mandatory.status(), "a notice is still owed");
    }

    @ParameterizedTest
    @EnumSource(ObligationStatus.class)
    void aRegimeOutsideTheOrdinaryFlowTakesTheObligationThereFromAnyStatus(ObligationStatus from) {
        Obligation o = obligation(NotificationRegime.MANDATORY, from);
        ObligationLifecycle.regimeDecided(o, decision(NotificationRegime.SUPPRESSED, false), true);
        assertEquals(ObligationStatus.SUPPRESSED, o.status());
    }

    @Test
    void anObligationDecidedBackIntoTheOrdinaryFlowIsOpenAgain() {
        Obligation o = obligation(NotificationRegime.SUPPRESSED, ObligationStatus.SUPPRESSED);
        List<ObligationEvent> events = ObligationLifecycle.regimeDecided(o, decision(NotificationRegime.MANDATORY, true), true);
        assertEquals(ObligationStatus.OPEN, o.status());
        assertInstanceOf(ObligationEvent.RegimeDetermined.class, events.get(0));
    }

    @Test
    void aRegimeDecidedAgainWithoutChangeIsNotAnnounced() {
        Obligation o = obligation(NotificationRegime.MANDATORY, ObligationStatus.NOTIFIED);
        assertTrue(ObligationLifecycle.regimeDecided(o, decision(NotificationRegime.MANDATORY, true), false).isEmpty());
        assertEquals(ObligationStatus.NOTIFIED, o.status());
    }

    @Test
    void anEscalatedObligationThePostIsToldOfStaysInTheOrdinaryFlow() {
        Obligation o = obligation(NotificationRegime.ESCALATED, ObligationStatus.OPEN);
        ObligationLifecycle.regimeDecided(o, decision(NotificationRegime.ESCALATED, true), true);
        assertEquals(ObligationStatus.OPEN, o.status());
    }

    @Test
    void theRefusedTransitionsGoNowhere() {
        assertFalse(ObligationLifecycle.allows(ObligationStatus.ACKNOWLEDGED, ObligationStatus.OPEN));
        assertFalse(ObligationLifecycle.allows(ObligationStatus.ACKNOWLEDGED, ObligationStatus.NOTIFIED));
        assertFalse(ObligationLifecycle.allows(ObligationStatus.NOTIFIED, ObligationStatus.OPEN));
        assertFalse(ObligationLifecycle.allows(ObligationStatus.NOTIFIED, ObligationStatus.DECLINED));
        assertFalse(ObligationLifecycle.allows(ObligationStatus.DECLINED, ObligationStatus.CLOSED));
        assertFalse(ObligationLifecycle.allows(ObligationStatus.SUPPRESSED, ObligationStatus.NOTIFIED));
        assertFalse(ObligationLifecycle.allows(ObligationStatus.NOT_APPLICABLE, ObligationStatus.DECLINED));
        assertTrue(ObligationLifecycle.allows(ObligationStatus.CLOSED, ObligationStatus.OPEN));
    }
}
