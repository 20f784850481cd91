package id.go.wna.reciprocity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The counts of an outbound report on Indonesians in a country, as the report and each of its versions store them;
 * null = not reported.
 */
@Embeddable
public class OutboundCounts {

    @Column(name = "wni_present")
    public Long wniPresent;
    @Column(name = "wni_cases")
    public Long wniCases;
    @Column(name = "wni_detained")
    public Long wniDetained;
    @Column(name = "wni_notified")
    public Long wniNotified;
    @Column(name = "wni_notified_within_72h")
    public Long wniNotifiedWithin72h;
    @Column(name = "wni_access_requested")
    public Long wniAccessRequested;
    @Column(name = "wni_access_granted")
    public Long wniAccessGranted;
    @Column(name = "wni_deported")
    public Long wniDeported;

    public static OutboundCounts of(CountryFacts.Outbound c) {
        OutboundCounts o = new OutboundCounts();
        o.wniPresent = c.wniPresent();
        o.wniCases = c.wniCases();
        o.wniDetained = c.wniDetained();
        o.wniNotified = c.wniNotified();
        o.wniNotifiedWithin72h = c.wniNotifiedWithin72h();
        o.wniAccessRequested = c.wniAccessRequested();
        o.wniAccessGranted = c.wniAccessGranted();
        o.wniDeported = c.wniDeported();
        return o;
    }

    public CountryFacts.Outbound facts() {
        return new CountryFacts.Outbound(wniPresent, wniCases, wniDetained, wniNotified, wniNotifiedWithin72h, wniAccessRequested,
                wniAccessGranted, wniDeported);
    }
}
