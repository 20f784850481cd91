package id.go.wna.notification;

import id.go.wna.notification.domain.NotificationRegime;
import id.go.wna.notification.domain.ObligationClocks;
import id.go.wna.notification.domain.RegimeDecision;
import id.go.wna.platform.reference.Provinces;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;

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
        assertEquals(execution, ObligationClocks.followUpDueAt(sentenced, execution, DEFAULTS));
        assertEquals(sentenced.plus(Duration.ofHours(24)), ObligationClocks.followUpWarningAt(sentenced, execution, DEFAULTS));
        assertEquals(sentenced.plus(Duration.ofHours(72)), ObligationClocks.followUpDueAt(sentenced, null, DEFAULTS));
    }

    @Test
    void delaysAreWholeMinutesAndNeverNegative() {
        Instant t = Instant.parse("2026-11-20T02:00:00Z");
        assertEquals(90, ObligationClocks.minutesBetween(t, t.plusSeconds(90 * 60 + 59)));
        assertEquals(0, ObligationClocks.minutesBetween(t, t.minusSeconds(600)));
    }
}
