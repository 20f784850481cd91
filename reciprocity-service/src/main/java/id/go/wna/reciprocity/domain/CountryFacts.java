package id.go.wna.reciprocity.domain;

import java.util.Map;

/**
 * Everything known about one country for one period, both ways: what the indicators are computed from. A null number
 * means "no data" and is distinct from 0; completeness counts the nulls.
 *
 * @param iso3     ISO 3166-1 alpha-3
 * @param period   the period
 * @param inbound  the country's nationals in Indonesia, and Indonesia's consular compliance toward the country
 * @param outbound Indonesians (WNI) in the country, as reported to Kemlu
 * @param visa     the visa regimes each way
 */
public record CountryFacts(String iso3, Period period, Inbound inbound, Outbound outbound, VisaRegimes visa) {

    /**
     * Projected from the platform's events.
     *
     * @param population             nationals present at the end of the period (stock)
     * @param arrivals               arrivals in the period
     * @param offences               immigration crimes recorded in the period
     * @param offencesByArticle      the same by article of UU 6/2011 (e.g. "119", "78(3)")
     * @param administrativeActions  TAK decisions in the period
     * @param administrativeActionsByType the same by type (Pasal 75(2))
     * @param deportations           deportations completed in the period
     * @param overstays              overstay charges decided in the period
     * @param overstayDays           their days, summed
     * @param detentionDays          days in custody of the custody episodes ended in the period
     * @param travelDocumentWaits    deportations completed after waiting for a travel document from the country's post
     * @param travelDocumentWaitDays those waits, summed
     * @param arrestsOwedNotice      arrests (detention or consular staff) opened in the period whose post was to be
     *                               notified: mandatory, asked for on request, Art. 42, or notified anyway
     *                               ({@code ConsularCompliance.NOTICE_OWED})
     * @param notifiedWithin24h      of those, the first notice sent within 24 h of the trigger
     * @param notifiedWithin72h      within 72 h
     * @param medianNotificationDelayHours median delay of the first notice
     * @param accessRequested        consular access requests made in the period
     * @param accessConducted        of those, visits conducted
     * @param medianDaysToFirstVisit median days from custody start to the first visit
     * @param acknowledgements       notices the country's posts acknowledged in the period
     * @param medianAcknowledgementHours their median response time
     */
    public record Inbound(Long population, Long arrivals, Long offences, Map<String, Long> offencesByArticle,
                          Long administrativeActions, Map<String, Long> administrativeActionsByType, Long deportations,
                          Long overstays, Long overstayDays, Long detentionDays, Long travelDocumentWaits,
                          Long travelDocumentWaitDays, Long arrestsOwedNotice, Long notifiedWithin24h,
                          Long notifiedWithin72h, Double medianNotificationDelayHours, Long accessRequested,
                          Long accessConducted, Double medianDaysToFirstVisit, Long acknowledgements,
                          Double medianAcknowledgementHours) {
    }

    /**
     * Reported on Indonesians in the country (Kemlu's system for Indonesians abroad is external): through
     * {@code POST /outbound-reports} or a CSV import. Summed over the reports of the period's months.
     *
     * @param wniPresent            Indonesians present in the country, as last reported in the period, if known
     * @param wniCases              cases involving Indonesians
     * @param wniDetained           Indonesians arrested or detained
     * @param wniNotified           of those, arrests the country notified to the Indonesian post
     * @param wniNotifiedWithin72h  notified within 72 h
     * @param wniAccessRequested    consular access requested by Indonesian consuls
     * @param wniAccessGranted      access granted
     * @param wniDeported           Indonesians deported by the country
     */
    public record Outbound(Long wniPresent, Long wniCases, Long wniDetained, Long wniNotified, Long wniNotifiedWithin72h,
                           Long wniAccessRequested, Long wniAccessGranted, Long wniDeported) {
    }

    /**
     * The visa regime each way, as in force (not per period).
     *
     * @param indonesiaToCountry what Indonesia applies to the country's nationals
     * @param countryToIndonesia what the country applies to Indonesians
     * @param stayDaysIndonesiaGrants the stay Indonesia grants without a visa or on arrival, if any
     * @param stayDaysCountryGrants   the stay the country grants Indonesians, if any
     */
    public record VisaRegimes(VisaRegime indonesiaToCountry, VisaRegime countryToIndonesia, Integer stayDaysIndonesiaGrants,
                              Integer stayDaysCountryGrants) {
    }
}
