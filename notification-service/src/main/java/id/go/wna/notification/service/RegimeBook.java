package id.go.wna.notification.service;

import id.go.wna.notification.api.RegimeRequest;
import id.go.wna.notification.domain.Regime;
import id.go.wna.notification.domain.RegimeKind;
import id.go.wna.platform.api.ProblemDetail;
import id.go.wna.platform.api.ProblemException;
import id.go.wna.platform.api.Versions;
import id.go.wna.platform.reference.Countries;
import id.go.wna.platform.reference.Provinces;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * Per-country consular notification regimes (docs/domain.md): Indonesia's mandatory-notification arrangements and
 * any per-country deadlines, as editable data with the instrument and its effective dates. Countries without a row,
 * and acts dated outside a row's dates, have the VCCR defaults.
 */
@ApplicationScoped
public class RegimeBook {

    /** Longest deadline accepted: 30 days. Anything longer is taken for a typing error. */
    public static final int MAX_HOURS = 720;

    /**
     * The terms for a country's nationals: its row, or the defaults ({@code configured=false}). Accepts an ISO 3166-1
     * alpha-3 or ICAO code (D for Germany); any other code (stateless, unspecified) gets the defaults.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RegimeTerms forCountry(String iso3) {
        String code = normalise(iso3);
        Regime r = code == null ? null : Regime.findById(code);
        return r == null ? RegimeTerms.defaults(code) : RegimeTerms.of(r);
    }

    /**
     * The terms in force on the day of an act (a custody's arrest, Jakarta date), never on the server's day: an
     * arrangement applies only to acts from its effective date until it ends.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RegimeTerms forCountry(String iso3, Instant act) {
        String code = normalise(iso3);
        Regime r = code == null ? null : Regime.findById(code);
        return r == null || !r.inForceOn(act.atZone(Provinces.WIB).toLocalDate()) ? RegimeTerms.defaults(code) : RegimeTerms.of(r);
    }

    /** The configured regimes, by country. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Regime> configured() {
        return Regime.listAll(Sort.ascending("country"));
    }

    /** The row of a country, or null when it has the defaults. 422 for a code that is not ISO 3166-1 alpha-3. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Regime find(String iso3) {
        return Regime.findById(country(iso3));
    }

    public record Saved(Regime regime, boolean created) {
    }

    /**
     * Creates or replaces a country's regime. Left-out deadlines take the defaults. A stale If-Match is a 412 and
     * changes nothing; an If-Match on a country that has no row yet is a 412 too.
     */
    @Transactional
    public Saved put(String iso3, RegimeRequest request, String ifMatch, String by) {
        String country = country(iso3);
        Regime r = Regime.findById(country);
        boolean created = r == null;
        if (created && ifMatch != null && !ifMatch.isBlank()) {
            throw new ProblemException(412, "stale-version", "The resource changed since you read it",
                    "the regime of " + country + " has no version yet (it has the defaults); send the first one without If-Match",
                    List.of(new ProblemDetail.FieldError("If-Match", "no regime row for " + country)));
        }
        if (!created) {
            Versions.checkIfMatch(ifMatch, r.version, "regime", country);
        }
        int advisement = hours("advisementWithinHours", request.advisementWithinHours(), RegimeTerms.DEFAULT_ADVISEMENT_WITHIN_HOURS);
        int warning = hours("notificationWarningAfterHours", request.notificationWarningAfterHours(),
                RegimeTerms.DEFAULT_NOTIFICATION_WARNING_AFTER_HOURS);
        int due = hours("notificationDueWithinHours", request.notificationDueWithinHours(), RegimeTerms.DEFAULT_NOTIFICATION_DUE_WITHIN_HOURS);
        int chase = hours("acknowledgementChaseAfterHours", request.acknowledgementChaseAfterHours(),
                RegimeTerms.DEFAULT_ACKNOWLEDGEMENT_CHASE_AFTER_HOURS);
        int access = hours("accessWithinHours", request.accessWithinHours(), RegimeTerms.DEFAULT_ACCESS_WITHIN_HOURS);
        if (warning >= due) {
            throw ProblemException.invalidField("notificationWarningAfterHours",
                    "must be less than notificationDueWithinHours (" + due + "): the warning comes before the breach");
        }
        if (advisement > due) {
            throw ProblemException.invalidField("advisementWithinHours",
                    "must not exceed notificationDueWithinHours (" + due + "): the detainee is advised before the notice is due");
        }
        String legalBasis = request.legalBasis() == null || request.legalBasis().isBlank() ? null : request.legalBasis().strip();
        if (legalBasis == null) {
            if (request.kind() == RegimeKind.MANDATORY) {
                throw ProblemException.invalidField("legalBasis", "is required for a MANDATORY regime: name the bilateral arrangement");
            }
            legalBasis = RegimeTerms.DEFAULT_LEGAL_BASIS;
        }
        if (request.effectiveFrom() != null && request.effectiveTo() != null && !request.effectiveTo().isAfter(request.effectiveFrom())) {
            throw ProblemException.invalidField("effectiveTo", "must be after effectiveFrom (" + request.effectiveFrom() + ")");
        }
        String instrument = request.instrument() == null || request.instrument().isBlank() ? null : request.instrument().strip();
        if (created) {
            r = new Regime();
            r.country = country;
        }
        r.kind = request.kind();
        r.legalBasis = legalBasis;
        r.instrument = instrument;
        r.effectiveFrom = request.effectiveFrom();
        r.effectiveTo = request.effectiveTo();
        r.advisementWithinHours = advisement;
        r.notificationWarningAfterHours = warning;
        r.notificationDueWithinHours = due;
        r.acknowledgementChaseAfterHours = chase;
        r.accessWithinHours = access;
        r.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        r.updatedBy = by;
        if (created) {
            r.persist();
        }
        Regime.getEntityManager().flush();
        return new Saved(r, created);
    }

    /** A path's country: an ISO 3166-1 alpha-3 code other than Indonesia's, or a 422 naming {@code iso3}. */
    public static String country(String iso3) {
        String code = iso3 == null ? "" : iso3.strip().toUpperCase(Locale.ROOT);
        if (!Countries.isIsoCode(code)) {
            throw ProblemException.invalidField("iso3", "'" + iso3 + "' is not an ISO 3166-1 alpha-3 country code (e.g. AUS)");
        }
        if (code.equals("IDN")) {
            throw ProblemException.invalidField("iso3", "Indonesia's own nationals are not subject to consular notification");
        }
        return code;
    }

    private static int hours(String field, Integer given, int byDefault) {
        if (given == null) {
            return byDefault;
        }
        if (given <= 0) {
            throw ProblemException.invalidField(field, "must be a positive number of hours");
        }
        if (given > MAX_HOURS) {
            throw ProblemException.invalidField(field, "must be at most " + MAX_HOURS + " hours (30 days)");
        }
        return given;
    }

    private static String normalise(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String c = code.strip().toUpperCase(Locale.ROOT);
        return Countries.iso3OfIcao(c).orElse(c);
    }
}
