package id.go.wna.notification.service;

import id.go.wna.platform.reference.Countries;
import io.quarkus.panache.common.Parameters;

import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * {@link MissionScope}'s rule as a value: whom a caller sees among obligations (and what hangs on them). A query
 * applies it to its own paths; {@link #admits} is the same rule on one obligation.
 *
 * @param missionCountry the country a mission officer is narrowed to; empty for a caller who sees everything
 * @param sameCountryAsked false when a mission officer asks for another country's nationals: the criterion holds for
 *                         nothing
 */
public record MissionCriterion(Optional<String> missionCountry, boolean sameCountryAsked) {

    /** Named parameters of the criterion; no query of this service uses them for anything else. */
    static final String MISSION_CODES = "missionCodes";

    /** Where the criterion looks in a query: the path of the obligation's nationality and of its id. */
    public record Paths(String nationality, String obligationId) {
        public static final Paths OBLIGATION = new Paths("o.nationality", "o.id");
        public static final Paths ACCESS_REQUEST = new Paths("r.nationality", "r.obligationId");
    }

    /** Sees everything. */
    public static MissionCriterion everything() {
        return new MissionCriterion(Optional.empty(), true);
    }

    /** A mission officer of this country asking for {@code requestedNationality} (null: any). */
    public static MissionCriterion mission(String country, String requestedNationality) {
        return new MissionCriterion(Optional.of(country), requestedNationality == null || requestedNationality.equals(country));
    }

    /** The nationality codes that are the mission's country (ISO, and ICAO's own ones such as D for DEU). */
    public List<String> nationalityCodes() {
        return missionCountry.map(c -> List.copyOf(Countries.icaoCodesOf(c))).orElse(List.of());
    }

    /** Whether one obligation of this nationality is seen; {@code notified} is asked only when it matters. */
    public boolean admits(String nationality, BooleanSupplier notified) {
        return missionCountry.map(iso3 -> sameCountryAsked && iso3.equals(Countries.iso3OrSelf(nationality))
                && notified.getAsBoolean()).orElse(true);
    }

    /** Adds the criterion to a where clause (" and ..."), on the query's paths, with its named parameters. */
    public void applyTo(StringBuilder where, Parameters parameters, Paths paths) {
        if (missionCountry.isEmpty()) {
            return;
        }
        if (!sameCountryAsked) {
            where.append(" and 1 = 0");
            return;
        }
        parameters.and(MISSION_CODES, nationalityCodes());
        where.append(" and ").append(paths.nationality()).append(" in :").append(MISSION_CODES)
                .append(" and exists (select 1 from ConsularNotice mn where mn.obligationId = ")
                .append(paths.obligationId()).append(")");
    }
}
