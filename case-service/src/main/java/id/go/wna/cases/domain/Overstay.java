package id.go.wna.cases.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * UU 6/2011 Pasal 78: a foreigner still here after the last day of their stay permit owes a charge per day; from
 * 60 days (the tariff's threshold) it is deportation and an entry ban instead.
 *
 * @param overstayDays days after the permit's last valid day, up to and including {@code on}; 0 if none
 */
public record Overstay(LocalDate permitValidUntil, LocalDate on, int overstayDays, Consequence consequence,
                       Long chargeIdr, OverstayTariff tariff) {

    public enum Consequence { NONE, CHARGE, DEPORTATION_AND_ENTRY_BAN }

    public static Overstay assess(LocalDate permitValidUntil, LocalDate on, OverstayTariff tariff) {
        int days = (int) Math.max(0, ChronoUnit.DAYS.between(permitValidUntil, on));
        if (days == 0) {
            return new Overstay(permitValidUntil, on, 0, Consequence.NONE, null, tariff);
        }
        if (days >= tariff.deportationFromDays) {
            return new Overstay(permitValidUntil, on, days, Consequence.DEPORTATION_AND_ENTRY_BAN, null, tariff);
        }
        return new Overstay(permitValidUntil, on, days, Consequence.CHARGE, days * tariff.dailyRateIdr, tariff);
    }

    /**
     * [check] Pasal 78(2) charges an overstay of less than 60 days and 78(3) deports for more than 60: exactly 60 days
     * falls under neither text, and is treated here as deportation (as before) with this mark.
     */
    public static final String EXACTLY_THRESHOLD_CHECK =
            "[check] an overstay of exactly the threshold (60 days) is treated as deportation and entry ban: Pasal 78(2) "
                    + "covers less than 60 days and 78(3) more than 60 days";

    public String legalBasis() {
        return switch (consequence) {
            case NONE -> "UU 6/2011 Pasal 78";
            case CHARGE -> "UU 6/2011 Pasal 78(2); " + tariff.instrument;
            case DEPORTATION_AND_ENTRY_BAN -> "UU 6/2011 Pasal 78(3)";
        };
    }

    /** What the assessment rests on that is not verified; null when nothing. */
    public String check() {
        String threshold = overstayDays == tariff.deportationFromDays ? EXACTLY_THRESHOLD_CHECK : null;
        String rate = consequence == Consequence.CHARGE ? tariff.checkNote : null;
        if (threshold == null) {
            return rate;
        }
        return rate == null ? threshold : rate + " " + threshold;
    }

    /** The legal basis a decision records: with its [check] marks, so that they travel with it. */
    public String citedBasis() {
        String check = check();
        return check == null ? legalBasis() : legalBasis() + " " + check;
    }
}
