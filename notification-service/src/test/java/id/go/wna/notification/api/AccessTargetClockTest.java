package id.go.wna.notification.api;

import id.go.wna.notification.domain.AccessRequest;
import id.go.wna.notification.domain.AccessRequestStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The ACCESS clock as a view shows it: a service target (the VCCR sets no deadline for a visit), paused at the post's choice. */
class AccessTargetClockTest {

    private static final Instant REQUESTED = Instant.parse("2026-11-20T02:00:00Z");

    static Stream<Arguments> situations() {
        return Stream.of(
                Arguments.of("under review, past 96 h: the target is missed, not breached", AccessRequestStatus.UNDER_REVIEW,
                        null, null, REQUESTED.plus(Duration.ofHours(100)), "TARGET_MISSED"),
                Arguments.of("scheduled at the post's chosen time, past 96 h: paused", AccessRequestStatus.SCHEDULED,
                        REQUESTED.plus(Duration.ofHours(2)), null, REQUESTED.plus(Duration.ofHours(100)), "PAUSED"),
                Arguments.of("scheduled by the authorities, half-way: a warning", AccessRequestStatus.SCHEDULED, null, null,
                        REQUESTED.plus(Duration.ofHours(50)), "WARNING"),
                Arguments.of("held after the target: met late", AccessRequestStatus.CONDUCTED, null,
                        REQUESTED.plus(Duration.ofHours(99)), REQUESTED.plus(Duration.ofHours(100)), "MET_LATE"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("situations")
    void aMissedVisitTargetIsNoBreachAndWaitsWhileThePostChoseTheTime(String situation, AccessRequestStatus status,
                                                                      Instant pausedSince, Instant conductedAt, Instant now,
                                                                      String state) {
        AccessRequest r = new AccessRequest();
        r.status = status;
        r.requestedAt = REQUESTED;
        r.warningAt = REQUESTED.plus(Duration.ofHours(48));
        r.dueAt = REQUESTED.plus(Duration.ofHours(96));
        r.pausedSince = pausedSince;
        r.conductedAt = conductedAt;
        assertEquals(state, AccessRequestView.clockOf(r, null, now).state(), situation);
    }
}
