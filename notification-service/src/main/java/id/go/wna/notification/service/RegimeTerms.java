package id.go.wna.notification.service;

import id.go.wna.notification.domain.Regime;
import id.go.wna.notification.domain.RegimeKind;

import java.time.Duration;
import java.time.LocalDate;

/**
 * The consular notification terms that apply to a country's nationals: mandatory or on request, why, and the
 * deadlines. {@code configured} is false when no version of the country covers the day and the VCCR defaults apply.
 *
 * @param advisementWithin          advise the detainee of their rights within this, from identification as foreign
 * @param notificationWarningAfter  the notice to the post is flagged as getting late after this, from arrest
 * @param notificationDueWithin     the notice is late (a breach) after this, from arrest
 * @param acknowledgementChaseAfter chase the post's acknowledgement this long after the notice was sent
 * @param accessWithin              arrange a requested consular visit within this, from the request
 * @param instrument                the instrument a letter cites (the VCCR for the defaults)
 * @param effectiveFrom             first day the version applies (null: since always)
 * @param effectiveTo               first day it no longer applies, its last day being the day before (null: in force)
 */
public record RegimeTerms(String country, RegimeKind kind, String legalBasis, Duration advisementWithin,
                          Duration notificationWarningAfter, Duration notificationDueWithin, Duration acknowledgementChaseAfter,
                          Duration accessWithin, boolean configured, String instrument, LocalDate effectiveFrom,
                          LocalDate effectiveTo) {

    /** Recommended, overridable per country (docs/domain.md). */
    public static final int DEFAULT_ADVISEMENT_WITHIN_HOURS = 6;
    public static final int DEFAULT_NOTIFICATION_WARNING_AFTER_HOURS = 24;
    public static final int DEFAULT_NOTIFICATION_DUE_WITHIN_HOURS = 72;
    public static final int DEFAULT_ACKNOWLEDGEMENT_CHASE_AFTER_HOURS = 48;
    /** Four days: the longest hard limit some consular treaties fix; this project's choice for the access default. */
    public static final int DEFAULT_ACCESS_WITHIN_HOURS = 96;
    public static final String DEFAULT_LEGAL_BASIS = "Vienna Convention on Consular Relations 1963 Art. 36(1)(b) "
            + "(ratified by UU 1/1982): the post is notified without delay if the detainee so requests";
    public static final String DEFAULT_INSTRUMENT = "Vienna Convention on Consular Relations 1963 Art. 36(1)(b)";

    /** The VCCR default for a country without a row. */
    public static RegimeTerms defaults(String country) {
        return new RegimeTerms(country, RegimeKind.ON_REQUEST, DEFAULT_LEGAL_BASIS,
                Duration.ofHours(DEFAULT_ADVISEMENT_WITHIN_HOURS), Duration.ofHours(DEFAULT_NOTIFICATION_WARNING_AFTER_HOURS),
                Duration.ofHours(DEFAULT_NOTIFICATION_DUE_WITHIN_HOURS), Duration.ofHours(DEFAULT_ACKNOWLEDGEMENT_CHASE_AFTER_HOURS),
                Duration.ofHours(DEFAULT_ACCESS_WITHIN_HOURS), false, DEFAULT_INSTRUMENT, null, null);
    }

    public static RegimeTerms of(Regime r) {
        return new RegimeTerms(r.country, r.kind, r.legalBasis, Duration.ofHours(r.advisementWithinHours),
                Duration.ofHours(r.notificationWarningAfterHours), Duration.ofHours(r.notificationDueWithinHours),
                Duration.ofHours(r.acknowledgementChaseAfterHours), Duration.ofHours(r.accessWithinHours), true,
                r.instrument == null ? r.legalBasis : r.instrument, r.effectiveFrom, r.effectiveTo);
    }

    public boolean mandatory() {
        return kind == RegimeKind.MANDATORY;
    }
}
