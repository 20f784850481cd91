package id.go.wna.reciprocity.domain.score;

import id.go.wna.platform.disclosure.SmallCells;

/**
 * One input number of an indicator and where it comes from, so that a reader can follow every figure to its facts.
 *
 * @param name       the field's name, as in the profile's {@code facts}
 * @param value      the number (or the visa regime's name); null when unknown or suppressed
 * @param count      whether it counts people or events (a small cell when below 5 for partner agencies)
 * @param source     INBOUND_EVENTS (projected from the platform's events), OUTBOUND_REPORTS (reported on Indonesians in
 *                   the country), VISA_REGIME (the regimes each way) or ALL_COUNTRIES (derived over every country)
 * @param path       where the same number stands in the profile, e.g. {@code facts.inbound.arrestsOwedNotice}
 * @param suppressed whether the value was withheld as a small cell
 */
public record Fact(String name, Object value, boolean count, String source, String path, boolean suppressed) {

    public static final String INBOUND = "INBOUND_EVENTS";
    public static final String OUTBOUND = "OUTBOUND_REPORTS";
    public static final String VISA = "VISA_REGIME";
    public static final String ALL_COUNTRIES = "ALL_COUNTRIES";

    static Fact inbound(String name, Object value, boolean count) {
        return new Fact(name, value, count, INBOUND, "facts.inbound." + name, false);
    }

    static Fact outbound(String name, Object value, boolean count) {
        return new Fact(name, value, count, OUTBOUND, "facts.outbound." + name, false);
    }

    static Fact visa(String name, Object value) {
        return new Fact(name, value, false, VISA, "facts.visa." + name, false);
    }

    static Fact derived(String name, Object value) {
        return new Fact(name, value, false, ALL_COUNTRIES, "facts.derived." + name, false);
    }

    /** A count of 1 to 4: a small cell (0 discloses no one and is kept). */
    public boolean smallCell() {
        return count && value instanceof Number n && SmallCells.isSmall(n.longValue());
    }

    Fact withheld() {
        return new Fact(name, null, count, source, path, true);
    }
}
