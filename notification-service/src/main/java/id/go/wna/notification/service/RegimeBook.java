package id.go.wna.notification.service;

import id.go.wna.notification.domain.Regime;
import id.go.wna.notification.domain.RegimeKind;
import id.go.wna.platform.reference.Countries;
import id.go.wna.platform.reference.Provinces;
import id.go.wna.platform.refusal.BrokenRule;
import id.go.wna.platform.refusal.ExpectedVersion;
import id.go.wna.platform.refusal.Refusal;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Per-country consular notification regimes (docs/domain.md): Indonesia's mandatory-notification arrangements and
 * any per-country deadlines, as editable data with the instrument and its effective dates. A country's regime is a
 * history of versions that do not overlap; an act is decided by the version in force on its Jakarta date. Countries
 * without a version, and acts dated on a day no version covers, have the VCCR defaults.
 */
@ApplicationScoped
public class RegimeBook {

    /**
     * One version of a country's regime as stated: a deadline left out (null) takes the default; a period left out is
     * kept by a correction.
     */
    public record RegimeVersion(RegimeKind kind, String legalBasis, Integer advisementWithinHours,
                                Integer notificationWarningAfterHours, Integer notificationDueWithinHours,
                                Integer acknowledgementChaseAfterHours, Integer accessWithinHours, String instrument,
                                LocalDate effectiveFrom, LocalDate effectiveTo) {
    }

    /** Longest deadline accepted: 30 days. Anything longer is taken for a typing error. */
    public static final int MAX_HOURS = 720;
    /** First key of this class's advisory locks (one per country), apart from other users of advisory locks. */
    private static final int LOCK_NAMESPACE = 0x0E61;
    /** Versions by start; the one since always first. */
    private static final Comparator<Regime> BY_START = Comparator.comparing((Regime r) -> r.effectiveFrom,
            Comparator.nullsFirst(Comparator.naturalOrder()));

    private final Clock clock;

    public RegimeBook(Clock clock) {
        this.clock = clock;
    }

    /** Today in Jakarta: the day "the regime in force" means when no act is dated (reading, correcting). */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(Provinces.WIB));
    }

    /**
     * The terms in force today for a country's nationals: its version, or the defaults ({@code configured=false}).
     * Accepts an ISO 3166-1 alpha-3 or ICAO code (D for Germany); any other code (stateless, unspecified) gets the
     * defaults. A decision about an act uses {@link #forCountry(String, Instant)} instead.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RegimeTerms forCountry(String iso3) {
        return forCountryOn(iso3, today());
    }

    /**
     * The terms in force on the day of an act (a custody's arrest, Jakarta date), never on the server's day: an act
     * before an amendment keeps the earlier terms, an act on or after its first day gets the new ones.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RegimeTerms forCountry(String iso3, Instant act) {
        return forCountryOn(iso3, act.atZone(Provinces.WIB).toLocalDate());
    }

    /** The terms in force on a Jakarta day. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RegimeTerms forCountryOn(String iso3, LocalDate day) {
        String code = normalise(iso3);
        Regime r = code == null ? null : inForceOn(code, day);
        return r == null ? RegimeTerms.defaults(code) : RegimeTerms.of(r);
    }

    /** The versions in force on a day, one per country, by country. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Regime> configured(LocalDate day) {
        return Regime.<Regime>listAll(Sort.ascending("country")).stream().filter(r -> r.inForceOn(day)).toList();
    }

    /** The version of a country in force on a day, or null (the defaults). 422 for a code that is not ISO alpha-3. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Regime findOn(String iso3, LocalDate day) {
        return inForceOn(country(iso3), day);
    }

    /**
     * The version a correction ({@link #put}) applies to: the one in force today, else the latest one; null when the
     * country has no version. 422 for a code that is not ISO 3166-1 alpha-3.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Regime find(String iso3) {
        return current(country(iso3));
    }

    /** Every version of a country, earliest first (empty: the defaults always applied). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Regime> versions(String iso3) {
        return versionsOf(country(iso3));
    }

    public record Saved(Regime regime, boolean created) {
    }

    /**
     * Corrects the version in force today (else the latest one), or creates a country's first version. Left-out
     * deadlines take the defaults. A stale If-Match is a 412 and changes nothing; an If-Match on a country that has no
     * version yet is a 412 too. Corrected dates may not overlap another version (422 naming the date).
     */
    @Transactional
    public Saved put(String iso3, RegimeVersion request, ExpectedVersion expected, String by) {
        String country = country(iso3);
        lock(country);
        Regime r = current(country);
        boolean created = r == null;
        if (created && expected.named()) {
            throw Refusal.nothingToReplace(
                    "the regime of " + country + " has no version yet (it has the defaults); send the first one without If-Match",
                    new BrokenRule(ExpectedVersion.FIELD, "no regime row for " + country));
        }
        if (!created) {
            expected.check(r.version, "regime", country);
        }
        // A correction keeps a date it leaves out, so a client that knows nothing of versions cannot reopen a closed one.
        Terms terms = validate(request, created ? null : r.effectiveFrom, created ? null : r.effectiveTo);
        Regime target = r;
        for (Regime other : versionsOf(country)) {
            if (other != target && other.overlaps(terms.from(), terms.to())) {
                boolean before = other.effectiveFrom == null
                        || terms.from() != null && other.effectiveFrom.isBefore(terms.from());
                throw Refusal.ruleBroken(before ? "effectiveFrom" : "effectiveTo", "overlaps the version of "
                        + country + " " + period(other) + ": an amendment is a new version (POST /api/v1/regimes/"
                        + country + "/versions), not a correction");
            }
        }
        if (created) {
            r = new Regime();
            r.country = country;
        }
        terms.applyTo(r, by, now());
        if (created) {
            r.persist();
        }
        Regime.getEntityManager().flush();
        return new Saved(r, created);
    }

    /**
     * Adds a version (an amendment) from {@code effectiveFrom}, which must be after the latest version's start; the
     * latest version, if still in force then, is closed the day before. Acts dated before keep the earlier terms.
     */
    @Transactional
    public Regime amend(String iso3, RegimeVersion request, String by) {
        String country = country(iso3);
        LocalDate from = request.effectiveFrom();
        if (from == null) {
            throw Refusal.ruleBroken("effectiveFrom", "is required: the first day (Jakarta) the amended terms apply");
        }
        Terms terms = validate(request, null, null);
        lock(country);
        List<Regime> versions = versionsOf(country);
        Regime latest = versions.isEmpty() ? null : versions.get(versions.size() - 1);
        Instant now = now();
        if (latest != null) {
            if (latest.effectiveFrom != null && !from.isAfter(latest.effectiveFrom)) {
                throw Refusal.ruleBroken("effectiveFrom", "must be after the start of the current version of "
                        + country + " (" + latest.effectiveFrom + "): correct that version with PUT /api/v1/regimes/"
                        + country + " instead");
            }
            if (latest.effectiveTo == null || latest.effectiveTo.isAfter(from)) {
                latest.effectiveTo = from;
                latest.updatedAt = now;
                latest.updatedBy = by;
                // The earlier version must be closed in the database before the new one goes in (no overlap at any time).
                Regime.getEntityManager().flush();
            }
        }
        Regime r = new Regime();
        r.country = country;
        terms.applyTo(r, by, now);
        r.persist();
        Regime.getEntityManager().flush();
        return r;
    }

    /** The deadlines and wording of a request, checked; 422 naming the field otherwise. */
    private record Terms(RegimeKind kind, int advisement, int warning, int due, int chase, int access, String legalBasis,
                         String instrument, LocalDate from, LocalDate to) {

        void applyTo(Regime r, String by, Instant at) {
            r.kind = kind;
            r.legalBasis = legalBasis;
            r.instrument = instrument;
            r.effectiveFrom = from;
            r.effectiveTo = to;
            r.advisementWithinHours = advisement;
            r.notificationWarningAfterHours = warning;
            r.notificationDueWithinHours = due;
            r.acknowledgementChaseAfterHours = chase;
            r.accessWithinHours = access;
            r.updatedAt = at;
            r.updatedBy = by;
        }
    }

    /** {@code keepFrom}, {@code keepTo}: the dates a request that leaves them out keeps (a correction's). */
    private static Terms validate(RegimeVersion request, LocalDate keepFrom, LocalDate keepTo) {
        int advisement = hours("advisementWithinHours", request.advisementWithinHours(), RegimeTerms.DEFAULT_ADVISEMENT_WITHIN_HOURS);
        int warning = hours("notificationWarningAfterHours", request.notificationWarningAfterHours(),
                RegimeTerms.DEFAULT_NOTIFICATION_WARNING_AFTER_HOURS);
        int due = hours("notificationDueWithinHours", request.notificationDueWithinHours(), RegimeTerms.DEFAULT_NOTIFICATION_DUE_WITHIN_HOURS);
        int chase = hours("acknowledgementChaseAfterHours", request.acknowledgementChaseAfterHours(),
                RegimeTerms.DEFAULT_ACKNOWLEDGEMENT_CHASE_AFTER_HOURS);
        int access = hours("accessWithinHours", request.accessWithinHours(), RegimeTerms.DEFAULT_ACCESS_WITHIN_HOURS);
        if (warning >= due) {
            throw Refusal.ruleBroken("notificationWarningAfterHours",
                    "must be less than notificationDueWithinHours (" + due + "): the warning comes before the breach");
        }
        if (advisement > due) {
            throw Refusal.ruleBroken("advisementWithinHours",
                    "must not exceed notificationDueWithinHours (" + due + "): the detainee is advised before the notice is due");
        }
        String legalBasis = request.legalBasis() == null || request.legalBasis().isBlank() ? null : request.legalBasis().strip();
        if (legalBasis == null) {
            if (request.kind() == RegimeKind.MANDATORY) {
                throw Refusal.ruleBroken("legalBasis", "is required for a MANDATORY regime: name the bilateral arrangement");
            }
            legalBasis = RegimeTerms.DEFAULT_LEGAL_BASIS;
        }
        LocalDate from = request.effectiveFrom() != null ? request.effectiveFrom() : keepFrom;
        LocalDate to = request.effectiveTo() != null ? request.effectiveTo() : keepTo;
        if (from != null && to != null && !to.isAfter(from)) {
            throw Refusal.ruleBroken("effectiveTo", "must be after effectiveFrom (" + from + ")");
        }
        String instrument = request.instrument() == null || request.instrument().isBlank() ? null : request.instrument().strip();
        return new Terms(request.kind(), advisement, warning, due, chase, access, legalBasis, instrument, from, to);
    }

    private static List<Regime> versionsOf(String country) {
        return Regime.<Regime>list("country", country).stream().sorted(BY_START).toList();
    }

    private static Regime inForceOn(String country, LocalDate day) {
        return versionsOf(country).stream().filter(r -> r.inForceOn(day)).findFirst().orElse(null);
    }

    private Regime current(String country) {
        List<Regime> versions = versionsOf(country);
        LocalDate today = today();
        return versions.stream().filter(r -> r.inForceOn(today)).findFirst()
                .orElse(versions.isEmpty() ? null : versions.get(versions.size() - 1));
    }

    /** Serialises changes to one country's versions, so two of them cannot be made to overlap. */
    private static void lock(String country) {
        Regime.getEntityManager().createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(?1, hashtext(?2))")
                .setParameter(1, LOCK_NAMESPACE).setParameter(2, country).getSingleResult();
    }

    private static String period(Regime r) {
        return "from " + (r.effectiveFrom == null ? "always" : r.effectiveFrom.toString())
                + (r.effectiveTo == null ? ", in force" : " to " + r.effectiveTo.minusDays(1));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** A path's country: an ISO 3166-1 alpha-3 code other than Indonesia's, or a 422 naming {@code iso3}. */
    public static String country(String iso3) {
        String code = iso3 == null ? "" : iso3.strip().toUpperCase(Locale.ROOT);
        if (!Countries.isIsoCode(code)) {
            throw Refusal.ruleBroken("iso3", "'" + iso3 + "' is not an ISO 3166-1 alpha-3 country code (e.g. AUS)");
        }
        if (code.equals("IDN")) {
            throw Refusal.ruleBroken("iso3", "Indonesia's own nationals are not subject to consular notification");
        }
        return code;
    }

    private static int hours(String field, Integer given, int byDefault) {
        if (given == null) {
            return byDefault;
        }
        if (given <= 0) {
            throw Refusal.ruleBroken(field, "must be a positive number of hours");
        }
        if (given > MAX_HOURS) {
            throw Refusal.ruleBroken(field, "must be at most " + MAX_HOURS + " hours (30 days)");
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
