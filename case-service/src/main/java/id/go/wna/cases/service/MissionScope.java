package id.go.wna.cases.service;

import id.go.wna.cases.domain.CaseFile;
import id.go.wna.cases.domain.Person;
import id.go.wna.platform.reference.Countries;
import id.go.wna.platform.security.Caller;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one rule of what a foreign mission's officer sees in case-service: a person holding the mission's country's
 * nationality (any of theirs: a national of two foreign states concerns both posts), and every case about such a
 * person with all it holds (custody, follow-ups, actions, offences, timeline, Art. 37 records). A case naming no
 * registered person concerns the country it declares. The case's own field never decides for a linked person, so a
 * row written before the field was checked cannot show another state's national. Every read and search of the
 * service goes through here: {@link #sees} for a loaded record, the conditions for queries.
 */
@ApplicationScoped
public class MissionScope {

    private final Caller caller;

    public MissionScope(Caller caller) {
        this.caller = caller;
    }

    /** The country the caller is narrowed to; empty for callers who see every nationality. */
    public Optional<String> country() {
        return caller.missionCountry();
    }

    public boolean sees(Person p) {
        return country().map(iso3 -> holds(p, iso3)).orElse(true);
    }

    public boolean sees(CaseFile c) {
        return country().map(iso3 -> concerns(c, iso3)).orElse(true);
    }

    /** The person holds the nationality of {@code iso3}, whichever ICAO form their document gives it (D for DEU). */
    public static boolean holds(Person p, String iso3) {
        return p.nationalities.stream().anyMatch(n -> iso3.equals(Countries.iso3OrSelf(n)));
    }

    /** The case is about a national of {@code iso3}: through its person when it has one, else its declared nationality. */
    public static boolean concerns(CaseFile c, String iso3) {
        if (c.personId == null) {
            return iso3.equals(c.nationality);
        }
        Person p = Person.findById(c.personId);
        return p != null && holds(p, iso3);
    }

    /**
     * A condition of a search, with the values of its named parameters: what the scope or a filter adds to an HQL
     * query, so that a search composes conditions and never splices a value or invents a parameter name.
     */
    public record Criterion(String condition, Map<String, Object> parameters) {

        public Criterion {
            parameters = Map.copyOf(parameters);
        }

        /** Adds the condition to {@code where} and its parameters to {@code params}. */
        public void addTo(List<String> where, Parameters params) {
            where.add(condition);
            parameters.forEach(params::and);
        }
    }

    /** {@link #sees(CaseFile)} as a criterion on case alias {@code c}; empty for a caller who sees every case. */
    public Optional<Criterion> caseCriterion(String c) {
        return country().map(iso3 -> casesConcerning(iso3, c, "scope"));
    }

    /** {@link #sees(Person)} as a criterion on person alias {@code p}; empty for a caller who sees everyone. */
    public Optional<Criterion> personCriterion(String p) {
        return country().map(iso3 -> personsHolding(iso3, p, "scope"));
    }

    /**
     * {@link #holds} as a criterion on person alias {@code p}, its parameters named after {@code key}: also what a
     * search of persons by nationality means.
     */
    public static Criterion personsHolding(String iso3, String p, String key) {
        return new Criterion("exists (select 1 from Person " + key + "P join " + key + "P.nationalities " + key + "N where "
                + key + "P.id = " + p + ".id and " + key + "N in :" + key + "Codes)",
                Map.of(key + "Codes", List.copyOf(Countries.icaoCodesOf(iso3))));
    }

    /**
     * {@link #concerns} as a criterion on case alias {@code c}, its parameters named after {@code key}: also what a
     * search of cases by nationality means, so that a filter and the scope never disagree.
     */
    public static Criterion casesConcerning(String iso3, String c, String key) {
        return new Criterion("((" + c + ".personId is null and " + c + ".nationality = :" + key + "Iso) or exists (select 1 from Person "
                + key + "P join " + key + "P.nationalities " + key + "N where " + key + "P.id = " + c + ".personId and "
                + key + "N in :" + key + "Codes))",
                Map.of(key + "Iso", iso3, key + "Codes", List.copyOf(Countries.icaoCodesOf(iso3))));
    }

    /**
     * The nationalities a case about {@code p} may declare, as ISO 3166-1 alpha-3 where there is one (D is DEU),
     * in the person's order: the first is what a case that declares none takes.
     */
    public static List<String> caseNationalitiesOf(Person p) {
        return p.nationalities.stream().map(Countries::iso3OrSelf).distinct().toList();
    }
}
