package id.go.wna.contracts;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * The age bands that pseudonymous topics carry instead of a birth date. {@code 0-17} marks a child (UU 27/2022:
 * children's data is specific personal data, so the exact age never travels on a shared topic).
 */
public final class AgeBands {

    /** A child (under 18). */
    public static final String CHILD = "0-17";
    /** Birth date unknown. */
    public static final String UNKNOWN = "UNKNOWN";

    /** Every band, youngest first, then {@link #UNKNOWN}. */
    public static final List<String> ALL = List.of(CHILD, "18-24", "25-34", "35-44", "45-54", "55-64", "65+", UNKNOWN);

    private AgeBands() {
    }

    /** The band of a person born on {@code birthDate} as of {@code on}; {@link #UNKNOWN} when the birth date is. */
    public static String of(LocalDate birthDate, LocalDate on) {
        if (birthDate == null || on == null || birthDate.isAfter(on)) {
            return UNKNOWN;
        }
        int age = Period.between(birthDate, on).getYears();
        if (age < 18) {
            return CHILD;
        } else if (age < 25) {
            return "18-24";
        } else if (age < 35) {
            return "25-34";
        } else if (age < 45) {
            return "35-44";
        } else if (age < 55) {
            return "45-54";
        } else if (age < 65) {
            return "55-64";
        }
        return "65+";
    }
}
