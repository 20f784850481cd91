package id.go.wna.dashboard.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The dashboard's common filters, already checked: nationality (ISO alpha-3) and province (canonical name) or null for
 * all, and the period [from, to] in days of WIB.
 */
public record Filters(String nationality, String province, LocalDate from, LocalDate to) {

    /** Days are counted in WIB (Asia/Jakarta), as the spec of the dashboard says. */
    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    public Instant fromInstant() {
        return from.atStartOfDay(WIB).toInstant();
    }

    /** The first instant after the period. */
    public Instant toExclusive() {
        return to.plusDays(1).atStartOfDay(WIB).toInstant();
    }

    public static LocalDate dayOf(Instant t) {
        return LocalDate.ofInstant(t, WIB);
    }

    public static LocalDate today() {
        return LocalDate.now(WIB);
    }
}
