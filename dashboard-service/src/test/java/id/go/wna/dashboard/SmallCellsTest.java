package id.go.wna.dashboard;

import id.go.wna.platform.disclosure.SmallCells;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The shared view withholds counts from 1 to 4 (they could point at a person); 0 and 5 or more are shown. */
class SmallCellsTest {

    static Stream<Arguments> situations() {
        return Stream.of(
                Arguments.of("nobody: shown, it identifies no one", 0L, 0L),
                Arguments.of("one person: withheld", 1L, null),
                Arguments.of("four persons: withheld", 4L, null),
                Arguments.of("five persons: the smallest count shown", 5L, 5L),
                Arguments.of("the seed's 634 close contacts: shown", 634L, 634L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("situations")
    void aSharedCountFrom1To4IsWithheld(String situation, long count, Long shared) {
        assertEquals(shared, SmallCells.shared(count), situation);
    }
}
