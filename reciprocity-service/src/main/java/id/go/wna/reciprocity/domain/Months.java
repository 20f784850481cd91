package id.go.wna.reciprocity.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The month keys facts are stored under: "YYYY-MM" in UTC. */
public final class Months {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM").withZone(ZoneOffset.UTC);

    private Months() {
    }

    /** The UTC month of an instant, e.g. 2026-10-31T23:30:00Z is "2026-10". */
    public static String of(Instant instant) {
        return MONTH.format(instant);
    }

    /** The month a day falls in. */
    public static String of(LocalDate day) {
        return YearMonth.from(day).toString();
    }

    /** The first instant of a day, UTC. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
