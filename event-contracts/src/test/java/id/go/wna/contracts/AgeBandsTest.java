package id.go.wna.contracts;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AgeBandsTest {

    private static final LocalDate ON = LocalDate.of(2025, 6, 15);

    @Test
    void aChildIsInTheFirstBandUntilTheEighteenthBirthday() {
        assertEquals(AgeBands.CHILD, AgeBands.of(LocalDate.of(2007, 6, 16), ON));
        assertEquals("18-24", AgeBands.of(LocalDate.of(2007, 6, 15), ON));
    }

    @Test
    void bandsFollowTheAge() {
        assertEquals("25-34", AgeBands.of(LocalDate.of(1991, 1, 1), ON));
        assertEquals("55-64", AgeBands.of(LocalDate.of(1961, 1, 1), ON));
        assertEquals("65+", AgeBands.of(LocalDate.of(1930, 1, 1), ON));
    }

    @Test
    void anUnknownOrImpossibleBirthDateIsUnknown() {
        assertEquals(AgeBands.UNKNOWN, AgeBands.of(null, ON));
        assertEquals(AgeBands.UNKNOWN, AgeBands.of(ON.plusDays(1), ON));
    }
}
