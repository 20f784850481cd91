package id.go.wna.reciprocity.domain.score;

/**
 * The five indicators of docs/domain.md (Reciprocity), each in [-1, 1], positive when Indonesia treats the country better than the
 * country treats Indonesians (WNI). The formula text is what the API and the README show.
 */
public enum IndicatorCode {
    NOTIFICATION_ASYMMETRY("notifiedWithin72h / arrestsOwedNotice − wniNotifiedWithin72h / wniDetained: the share of "
            + "the country's nationals arrested in Indonesia whose post Indonesia notified within 72 h of the arrest, minus "
            + "the share of Indonesians arrested in the country that the country notified to the Indonesian post within "
            + "72 h. arrestsOwedNotice = the arrests (detentions and arrests of consular staff) opened in the period that "
            + "were owed a notice by their latest regime: MANDATORY; ON_REQUEST where the person asked (VCCR Art. 36(1)(b); "
            + "the latest answer holds, a refusal withdrawn by a later request counts); ESCALATED for consular staff (VCCR "
            + "Art. 42); or any arrest actually notified, whatever its regime. Not owed: on request and never asked or "
            + "declined, not applicable (Indonesian, stateless), diplomatic immunity (Protocol), suppressed (asylum). "
            + "72 h from the arrest is the common-practice outer limit of \"without delay\" [check]. "
            + "n = min(arrestsOwedNotice, wniDetained). Interval: [low_in − high_out, high_in − low_out] from the two "
            + "95 % Wilson intervals."),
    ACCESS_ASYMMETRY("accessConducted / accessRequested − wniAccessGranted / wniAccessRequested: the share of the "
            + "country's requests for consular access that Indonesia let take place, minus the share of Indonesian "
            + "consuls' requests the country granted. n = min(accessRequested, wniAccessRequested). Interval as for "
            + "notification asymmetry (Wilson, combined conservatively)."),
    VISA_OPENNESS_ASYMMETRY("openness(regime Indonesia applies to the country's nationals) − openness(regime the country "
            + "applies to Indonesians), openness: visa-free 1, visa on arrival or e-visa 0.6, visa required 0.3, "
            + "restricted 0. A rule, not a sample: no n, no shrinkage, a zero-wide interval."),
    ENFORCEMENT_RATIO("clamp(−ln(r_in / r_out) / ln 4, −1, 1) with r_in = (deportations + 0.5) / population (Indonesia "
            + "deporting the country's nationals, per national present) and r_out = (wniDeported + 0.5) / wniPresent (the "
            + "country deporting Indonesians, per Indonesian present); 0.5 is added to each count so that a zero is "
            + "defined. Positive when Indonesia deports proportionally fewer of the country's nationals than the country "
            + "deports of Indonesians; ±1 at a four-fold difference or more. n = deportations + wniDeported. Interval: "
            + "ln(r_in / r_out) ± 1.96 · √(1/(deportations + 0.5) + 1/(wniDeported + 0.5)), mapped the same way."),
    OFFENCE_RATE("clamp(ln(rate / median) / ln 4, −1, 1) with rate = (offences + 0.5) / population × 1000 (immigration "
            + "crimes by the country's nationals per 1,000 present) and median = the median of that rate over every "
            + "country with offences and population known in the period (at least 3 countries). A risk indicator, not a "
            + "treatment: positive when the country's nationals offend more than the median country's (a reason to be "
            + "less open, as an asymmetry in Indonesia's favour would be). n = offences. Interval: ln(rate / median) ± "
            + "1.96 / √(offences + 0.5), mapped the same way (the median taken as exact).");

    public final String formula;

    IndicatorCode(String formula) {
        this.formula = formula;
    }
}
