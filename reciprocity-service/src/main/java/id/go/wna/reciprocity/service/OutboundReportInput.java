package id.go.wna.reciprocity.service;

import id.go.wna.platform.reference.Countries;
import id.go.wna.platform.refusal.BrokenRule;
import id.go.wna.reciprocity.domain.CountryFacts;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One outbound report as submitted (JSON or a CSV row), before it is checked. The rules are the same for both ways in;
 * {@link #check} lists every broken one by field.
 */
public record OutboundReportInput(String country, String month, String source, CountryFacts.Outbound counts) {

    public static final String COUNTRY = "country";
    public static final String MONTH = "month";
    public static final String SOURCE = "source";
    public static final String WNI_PRESENT = "wniPresent";
    public static final String WNI_CASES = "wniCases";
    public static final String WNI_DETAINED = "wniDetained";
    public static final String WNI_NOTIFIED = "wniNotified";
    public static final String WNI_NOTIFIED_WITHIN_72H = "wniNotifiedWithin72h";
    public static final String WNI_ACCESS_REQUESTED = "wniAccessRequested";
    public static final String WNI_ACCESS_GRANTED = "wniAccessGranted";
    public static final String WNI_DEPORTED = "wniDeported";

    /** The count fields, in the order of {@link CountryFacts.Outbound} (and of the CSV columns). */
    public static final List<String> COUNT_FIELDS = List.of(WNI_PRESENT, WNI_CASES, WNI_DETAINED, WNI_NOTIFIED,
            WNI_NOTIFIED_WITHIN_72H, WNI_ACCESS_REQUESTED, WNI_ACCESS_GRANTED, WNI_DEPORTED);

    /** Larger counts are taken for typing errors (the largest WNI community abroad is a few million). */
    public static final long MAX_COUNT = 100_000_000L;
    public static final int MAX_SOURCE_LENGTH = 200;

    /** The normalised form: country upper-case, source stripped with inner whitespace collapsed. */
    public OutboundReportInput normalised() {
        return new OutboundReportInput(country == null ? null : country.strip().toUpperCase(Locale.ROOT),
                month == null ? null : month.strip(), source == null ? null : source.strip().replaceAll("\\s+", " "), counts);
    }

    /**
     * Every rule the (normalised) report breaks, by field; empty when it may be stored.
     * <ul>
     *   <li>country: an ISO 3166-1 alpha-3 code, not IDN; month: YYYY-MM, not after the current month (UTC+9, WIT);
     *   source: given, at most 200 characters;</li>
     *   <li>each count: 0 or more, at most 100,000,000; at least one count given;</li>
     *   <li>wniNotifiedWithin72h &le; wniNotified &le; wniDetained, and wniAccessGranted &le; wniAccessRequested: a
     *   part given without its whole is refused too (the share cannot be read without it).</li>
     * </ul>
     */
    public List<BrokenRule> check() {
        List<BrokenRule> errors = new ArrayList<>();
        if (country == null || country.isEmpty()) {
            errors.add(new BrokenRule(COUNTRY, "is required (ISO 3166-1 alpha-3, e.g. MYS)"));
        } else if (!Countries.isIsoCode(country)) {
            errors.add(new BrokenRule(COUNTRY, "'" + country + "' is not an ISO 3166-1 alpha-3 country code (e.g. MYS)"));
        } else if (country.equals("IDN")) {
            errors.add(new BrokenRule(COUNTRY, "is Indonesia: outbound reports are about Indonesians in another country"));
        }
        if (month == null || month.isEmpty()) {
            errors.add(new BrokenRule(MONTH, "is required (YYYY-MM)"));
        } else if (!month.matches("\\d{4}-(0[1-9]|1[0-2])")) {
            errors.add(new BrokenRule(MONTH, "'" + month + "' is not a month YYYY-MM (e.g. 2026-10)"));
        } else if (YearMonth.parse(month).isAfter(YearMonth.now(ZoneOffset.ofHours(9)))) {
            errors.add(new BrokenRule(MONTH, month + " has not begun yet: report a month once it has"));
        }
        if (source == null || source.isEmpty()) {
            errors.add(new BrokenRule(SOURCE, "is required (e.g. Portal Peduli WNI, KBRI Kuala Lumpur)"));
        } else if (source.length() > MAX_SOURCE_LENGTH) {
            errors.add(new BrokenRule(SOURCE, "is longer than " + MAX_SOURCE_LENGTH + " characters"));
        }
        CountryFacts.Outbound c = counts;
        List<Long> values = values(c);
        boolean any = false;
        boolean outOfRange = false;
        for (int i = 0; i < values.size(); i++) {
            Long v = values.get(i);
            if (v == null) {
                continue;
            }
            any = true;
            if (v < 0) {
                errors.add(new BrokenRule(COUNT_FIELDS.get(i), "must be 0 or more"));
                outOfRange = true;
            } else if (v > MAX_COUNT) {
                errors.add(new BrokenRule(COUNT_FIELDS.get(i), "must be at most " + MAX_COUNT));
                outOfRange = true;
            }
        }
        if (!any) {
            errors.add(new BrokenRule(WNI_CASES, "no count is given: a report gives at least one of " + String.join(", ", COUNT_FIELDS)));
            return errors;
        }
        if (outOfRange) {
            return errors; // comparing counts already out of range would only add noise
        }
        partOf(errors, WNI_NOTIFIED_WITHIN_72H, c.wniNotifiedWithin72h(), WNI_NOTIFIED, c.wniNotified(),
                "of the arrests notified, those notified within 72 h");
        partOf(errors, WNI_NOTIFIED, c.wniNotified(), WNI_DETAINED, c.wniDetained(), "of the Indonesians detained, those whose arrest was notified");
        partOf(errors, WNI_ACCESS_GRANTED, c.wniAccessGranted(), WNI_ACCESS_REQUESTED, c.wniAccessRequested(),
                "of the consular access requests, those granted");
        return errors;
    }

    private static void partOf(List<BrokenRule> errors, String partField, Long part, String wholeField, Long whole, String meaning) {
        if (part == null) {
            return;
        }
        if (whole == null) {
            errors.add(new BrokenRule(partField, "is given without " + wholeField + ": it counts " + meaning
                    + ", so " + wholeField + " must be reported too"));
        } else if (part > whole) {
            errors.add(new BrokenRule(partField, "(" + part + ") exceeds " + wholeField + " (" + whole + "): it counts " + meaning));
        }
    }

    static List<Long> values(CountryFacts.Outbound c) {
        return java.util.Arrays.asList(c.wniPresent(), c.wniCases(), c.wniDetained(), c.wniNotified(), c.wniNotifiedWithin72h(),
                c.wniAccessRequested(), c.wniAccessGranted(), c.wniDeported());
    }
}
