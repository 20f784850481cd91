package id.go.wna.notification;

import id.go.wna.notification.domain.NotificationRegime;
import id.go.wna.notification.domain.ObligationClocks;
import id.go.wna.notification.domain.RegimeDecision;
import id.go.wna.platform.reference.Provinces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Deadline arithmetic: UTC inside, the province's zone outside; month ends; events that arrive late. */
class ObligationClocksTest {

    private static final ObligationClocks.Terms DEFAULTS = new ObligationClocks.Terms(Duration.ofHours(6), Duration.ofHours(24),
            Duration.ofHours(72), Duration.ofHours(48));
    private static final RegimeDecision MANDATORY = new RegimeDecision(NotificationRegime.MANDATORY, List.of("BILATERAL_MANDATORY"),
            "", true, true);
    private static final RegimeDecision ON_REQUEST = new RegimeDecision(NotificationRegime.ON_REQUEST, List.of("VCCR_DEFAULT"),
            "", false, true);

    private static Instant local(String dateTime, String provinceCode) {
        return LocalDateTime.parse(dateTime).atZone(Provinces.find(provinceCode).orElseThrow().zone()).toInstant();
    }

    private static String shown(Instant t, String provinceCode) {
        Provinces.Province p = Provinces.find(provinceCode).orElseThrow();
        return ZonedDateTime.ofInstant(t, p.zone()).toLocalDateTime() + " " + p.zoneAbbreviation();
    }

    @Test
    void anArrestAtTheSameLocalHourInJakartaBaliAndJayapuraFallsDueAtThatLocalHourThreeDaysLater() {
        for (String province : List.of("31", "51", "94")) {
            Instant arrest = local("2026-11-20T22:30", province);
            ObligationClocks.Deadlines d = ObligationClocks.compute(MANDATORY, arrest, false, DEFAULTS);
            assertEquals("2026-11-23T22:30 " + Provinces.find(province).orElseThrow().zoneAbbreviation(),
                    shown(d.notificationDueAt(), province));
            assertEquals("2026-11-21T22:30", shown(d.notificationWarningAt(), province).substring(0, 16));
            assertEquals("2026-11-21T04:30", shown(d.advisementDueAt(), province).substring(0, 16));
        }
        // the same local hour is a different UTC instant: WIB is UTC+7, WITA +8, WIT +9
        assertEquals(Duration.ofHours(2), Duration.between(local("2026-11-20T22:30", "94"), local("2026-11-20T22:30", "31")));
    }

    @Test
    void theZoneFollowsTheProvince() {
        assertEquals("WIB", Provinces.find("Kalimantan Barat").orElseThrow().zoneAbbreviation());
        assertEquals("WITA", Provinces.find("Kalimantan Timur").orElseThrow().zoneAbbreviation());
        assertEquals("WITA", Provinces.find("Bali").orElseThrow().zoneAbbreviation());
        assertEquals("WIT", Provinces.find("Maluku Utara").orElseThrow().zoneAbbreviation());
        assertEquals("WIT", Provinces.find("Papua Pegunungan").orElseThrow().zoneAbbreviation());
        assertEquals("WIB", Provinces.find("Aceh").orElseThrow().zoneAbbreviation());
    }

    @Test
    void aDeadlineRunsOverMonthAndYearEndsAndTheLeapDay() {
        assertEquals("2026-02-03T21:00 WIT", shown(ObligationClocks.compute(MANDATORY, local("2026-01-31T21:00", "94"), false,
                DEFAULTS).notificationDueAt(), "94"));
        assertEquals("2027-01-03T23:59 WIB", shown(ObligationClocks.compute(MANDATORY, local("2026-12-31T23:59", "31"), false,
                DEFAULTS).notificationDueAt(), "31"));
        assertEquals("2028-03-01T10:00 WITA", shown(ObligationClocks.compute(MANDATORY, local("2028-02-27T10:00", "51"), false,
                DEFAULTS).notificationDueAt(), "51"));
    }

    @Test
    void onRequestNoNotificationIsDueUntilThePersonAsksAndThenItRunsFromTheArrest() {
        Instant arrest = Instant.parse("2026-11-20T02:00:00Z");
        ObligationClocks.Deadlines before = ObligationClocks.compute(ON_REQUEST, arrest, false, DEFAULTS);
        assertNull(before.notificationDueAt());
        assertEquals(arrest.plus(Duration.ofHours(6)), before.advisementDueAt());
        ObligationClocks.Deadlines after = ObligationClocks.compute(ON_REQUEST, arrest, true, DEFAULTS);
        assertEquals(arrest.plus(Duration.ofHours(72)), after.notificationDueAt());
    }

    @Test
    void anUnspecifiedNationalityIsToBeEstablishedWarningAt24HoursOverdueAt72() {
        Instant arrest = Instant.parse("2026-11-20T02:00:00Z");
        RegimeDecision pending = new RegimeDecision(NotificationRegime.PENDING, List.of("NATIONALITY_UNKNOWN"), "", false, true);
        ObligationClocks.Deadlines d = ObligationClocks.compute(pending, arrest, false, DEFAULTS);
        assertEquals(arrest.plus(Duration.ofHours(24)), d.notificationWarningAt());
        assertEquals(arrest.plus(Duration.ofHours(72)), d.notificationDueAt());
        assertEquals(arrest.plus(Duration.ofHours(6)), d.advisementDueAt());
    }

    static Stream<Arguments> requests() {
        Instant arrest = Instant.parse("2026-11-20T02:00:00Z");
        Instant changedMind = arrest.plus(Duration.ofDays(5));
        return Stream.of(
                Arguments.of("asked at the advisement: from the arrest", ON_REQUEST, null, arrest.plus(Duration.ofHours(72))),
                Arguments.of("declined in time, asked five days later: from the request, not already overdue", ON_REQUEST,
                        changedMind, changedMind.plus(Duration.ofHours(72))),
                Arguments.of("a mandatory regime counts from the arrest whatever the person said", MANDATORY, changedMind,
                        arrest.plus(Duration.ofHours(72))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void onRequestARefusalWithdrawnStartsTheNotificationClockAtTheRequest(String situation, RegimeDecision decision,
                                                                         Instant requestAfterRefusal, Instant dueAt) {
        Instant arrest = Instant.parse("2026-11-20T02:00:00Z");
        ObligationClocks.Deadlines d = ObligationClocks.compute(decision, arrest, true, requestAfterRefusal, DEFAULTS);
        assertEquals(dueAt, d.notificationDueAt(), situation);
        assertEquals(arrest.plus(Duration.ofHours(6)), d.advisementDueAt(), situation + ": the advisement clock stays");
    }

    @Test
    void aLateEventIsAlreadyBreachedAndAStepDoneAfterTheDeadlineIsMetLate() {
        Instant arrest = Instant.parse("2026-11-01T02:00:00Z");
        ObligationClocks.Deadlines d = ObligationClocks.compute(MANDATORY, arrest, false, DEFAULTS);
        Instant now = Instant.parse("2026-11-29T02:00:00Z");
        assertEquals(ObligationClocks.State.BREACHED, ObligationClocks.state(d.notificationWarningAt(), d.notificationDueAt(), null, now));
        assertEquals(ObligationClocks.State.MET_LATE, ObligationClocks.state(d.notificationWarningAt(), d.notificationDueAt(),
                now.minusSeconds(60), now));
        assertEquals(ObligationClocks.State.WARNING, ObligationClocks.state(d.notificationWarningAt(), d.notificationDueAt(), null,
                arrest.plus(Duration.ofHours(30))));
        assertEquals(ObligationClocks.State.RUNNING, ObligationClocks.state(d.notificationWarningAt(), d.notificationDueAt(), null,
                arrest.plus(Duration.ofHours(1))));
        assertEquals(ObligationClocks.State.MET, ObligationClocks.state(d.notificationWarningAt(), d.notificationDueAt(),
                arrest.plus(Duration.ofHours(71)), now));
    }

    @Test
    void aFollowUpBeforeAnExecutionIsDueBeforeTheExecutionEvenWhenThatIsSooner() {
        Instant sentenced = Instant.parse("2026-11-20T02:00:00Z");
        Instant execution = sentenced.plus(Duration.ofHours(30));
        assertEquals(execution, ObligationClocks.followUpDueAt("DEATH_SENTENCE_IMPOSED", sentenced, execution, DEFAULTS));
        assertEquals(sentenced.plus(Duration.ofHours(24)), ObligationClocks.followUpWarningAt("DEATH_SENTENCE_IMPOSED", sentenced, execution, DEFAULTS));
        assertEquals(sentenced.plus(Duration.ofHours(72)), ObligationClocks.followUpDueAt("DEATH_SENTENCE_IMPOSED", sentenced, null, DEFAULTS));
    }

    static Stream<Arguments> executionNotices() {
        Instant told = Instant.parse("2026-11-20T02:00:00Z");
        return Stream.of(
                Arguments.of("the 3 x 24 h notice: the post hears within 24 h of it, long before the execution",
                        "EXECUTION_NOTICE_GIVEN", told, told.plus(Duration.ofHours(72)), told.plus(Duration.ofHours(12)),
                        told.plus(Duration.ofHours(24))),
                Arguments.of("an execution sooner than 24 h after the notice: never after the execution",
                        "EXECUTION_NOTICE_GIVEN", told, told.plus(Duration.ofHours(10)), told.plus(Duration.ofHours(10)),
                        told.plus(Duration.ofHours(10))),
                Arguments.of("an execution scheduled a month ahead: the ordinary 72 h",
                        "EXECUTION_SCHEDULED", told, told.plus(Duration.ofDays(30)), told.plus(Duration.ofHours(24)),
                        told.plus(Duration.ofHours(72))),
                Arguments.of("clemency refused: the ordinary 72 h", "DEATH_SENTENCE_CLEMENCY_DECIDED", told, null,
                        told.plus(Duration.ofHours(24)), told.plus(Duration.ofHours(72))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("executionNotices")
    void onceTheConvictIsToldOfTheExecutionThePostMustHearWithin24HoursAndBeforeIt(String situation, String stage, Instant occurredAt,
                                                                                  Instant scheduledAt, Instant warningAt, Instant dueAt) {
        assertEquals(warningAt, ObligationClocks.followUpWarningAt(stage, occurredAt, scheduledAt, DEFAULTS), situation);
        assertEquals(dueAt, ObligationClocks.followUpDueAt(stage, occurredAt, scheduledAt, DEFAULTS), situation);
    }

    @Test
    void delaysAreWholeMinutesAndNeverNegative() {
        Instant t = Instant.parse("2026-11-20T02:00:00Z");
        assertEquals(90, ObligationClocks.minutesBetween(t, t.plusSeconds(90 * 60 + 59)));
        assertEquals(0, ObligationClocks.minutesBetween(t, t.minusSeconds(600)));
    }
}
