package id.go.wna.notification.service;

import id.go.wna.notification.domain.Post;
import id.go.wna.notification.domain.PostType;
import id.go.wna.platform.reference.Countries;
import id.go.wna.platform.reference.Provinces;
import id.go.wna.platform.refusal.ExpectedVersion;
import id.go.wna.platform.refusal.Refusal;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The foreign-mission directory: which posts each country has in Indonesia, their consular districts, and which post
 * a notice about one of its nationals goes to.
 */
@ApplicationScoped
public class PostDirectory {

    /** A post as stated whole: creating it, or replacing every field and the district (a field left out becomes empty). */
    public record PostDetails(String code, String country, PostType type, String name, String city, String address,
                              String email, String fax, String phone, String accreditedFrom, Boolean active,
                              List<String> district) {
    }

    private static final Map<String, String> COUNTRY_NAMES = new HashMap<>();

    static {
        for (String iso2 : Locale.getISOCountries()) {
            Locale l = new Locale("", iso2);
            COUNTRY_NAMES.put(l.getISO3Country(), l.getDisplayCountry(Locale.ENGLISH));
        }
    }

    /** The answer of {@link #decide}: a post and why, or no post ({@code post} null) and why not. */
    public record Decision(Post post, String reason) {
        public Optional<PostChoice> choice() {
            return post == null ? Optional.empty() : Optional.of(new PostChoice(post, reason));
        }
    }

    /**
     * The post to notify about a national of {@code nationality} (ISO 3166-1 alpha-3 or ICAO code) held in
     * {@code provinceCode} (BPS code or name; may be null): see {@link #decide}. Empty when no post applies
     * (stateless, refugee, unspecified, Indonesian, or a country with no post in the directory).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PostChoice> choose(String nationality, String provinceCode) {
        return decide(nationality, provinceCode).choice();
    }

    /**
     * Among the country's active posts in Indonesia: the career post or representative office whose consular district
     * includes the province; otherwise its embassy; otherwise its representative office (TETO for Taiwan); otherwise
     * another of its career posts; otherwise an honorary consulate (the one whose district includes the province
     * first). A country with no post in Indonesia: a post accredited from abroad, if the directory has one.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Decision decide(String nationality, String provinceCode) {
        if (nationality == null || nationality.isBlank()) {
            return new Decision(null, "no nationality given");
        }
        String code = nationality.strip().toUpperCase(Locale.ROOT);
        switch (code) {
            case "XXA":
                return new Decision(null, "a stateless person (XXA) has no consular post to notify");
            case "XXB", "XXC":
                return new Decision(null, "a refugee (" + code + ") has no consular post to notify; the country of origin "
                        + "is never notified without a supervised override");
            case "XXX":
                return new Decision(null, "the nationality is unspecified (XXX): establish it before notifying a post");
            case "IDN":
                return new Decision(null, "an Indonesian national: there is no consular notification (VCCR Art. 36 concerns "
                        + "foreign nationals)");
            default:
                break;
        }
        if (!Countries.isIcaoCode(code)) {
            return new Decision(null, "'" + nationality + "' is not a country code (ISO 3166-1 alpha-3 or ICAO Doc 9303)");
        }
        Optional<String> iso = Countries.iso3OfIcao(code);
        if (iso.isEmpty()) {
            return new Decision(null, code + " is not the code of a state: no consular post to notify");
        }
        String country = iso.get();
        String countryName = countryName(country);
        Provinces.Province province = provinceCode == null ? null : Provinces.find(provinceCode).orElse(null);
        String where = province != null ? province.name() + " (" + province.code() + ")" : null;

        List<Post> posts = Post.<Post>list("country = ?1 and active = true", Sort.ascending("code"), country);
        List<Post> inIndonesia = posts.stream().filter(Post::resident).toList();
        List<Post> primary = inIndonesia.stream().filter(p -> p.type != PostType.HONORARY_CONSULATE).toList();

        if (province != null) {
            Optional<Post> byDistrict = first(primary, p -> p.districtIncludes(province.code()));
            if (byDistrict.isPresent()) {
                Post p = byDistrict.get();
                return new Decision(p, p.type == PostType.REPRESENTATIVE_OFFICE
                        ? notAnEmbassy(countryName, p) + "; its consular district covers " + where
                        : "consular district of the " + p.name + " covers " + where);
            }
        }
        String noDistrict = province != null
                ? "no consular district of a post of " + countryName + " covers " + where
                : provinceCode == null || provinceCode.isBlank() ? "no province given"
                : "'" + provinceCode + "' is not an Indonesian province";
        Optional<Post> embassy = first(primary, p -> p.type == PostType.EMBASSY);
        if (embassy.isPresent()) {
            return new Decision(embassy.get(), noDistrict + ": the " + embassy.get().name + " covers the rest of Indonesia");
        }
        Optional<Post> office = first(primary, p -> p.type == PostType.REPRESENTATIVE_OFFICE);
        if (office.isPresent()) {
            return new Decision(office.get(), notAnEmbassy(countryName, office.get()));
        }
        Optional<Post> career = first(primary, p -> true);
        if (career.isPresent()) {
            return new Decision(career.get(), noDistrict + " and " + countryName + " has no embassy in Indonesia: the "
                    + career.get().name + " is its nearest career post in the directory");
        }
        Optional<Post> honorary = province == null ? Optional.empty() : first(inIndonesia, p -> p.districtIncludes(province.code()));
        if (honorary.isEmpty()) {
            honorary = first(inIndonesia, p -> true);
        }
        if (honorary.isPresent()) {
            return new Decision(honorary.get(), countryName + " has no career post in Indonesia: the " + honorary.get().name
                    + ", an honorary consulate");
        }
        Optional<Post> abroad = first(posts, p -> !p.resident());
        if (abroad.isPresent()) {
            Post p = abroad.get();
            return new Decision(p, countryName + " has no post in Indonesia: the " + p.name
                    + (p.city == null ? "" : " in " + p.city) + ", " + countryName(p.accreditedFrom) + ", is accredited to Indonesia");
        }
        return new Decision(null, "no active post of " + countryName + " (" + country + ") is in the directory");
    }

    /** Posts by country then code; {@code provinceCode} keeps those whose district, as {@link #decide} reads it, covers it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Post> search(String country, String provinceCode, PostType type, Boolean active) {
        StringBuilder q = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (country != null) {
            q.append(" and country = :country");
            params.put("country", country);
        }
        if (type != null) {
            q.append(" and type = :type");
            params.put("type", type);
        }
        if (active != null) {
            q.append(" and active = :active");
            params.put("active", active);
        }
        List<Post> found = Post.<Post>list(q.toString(), Sort.ascending("country", "code"), params);
        if (provinceCode == null) {
            return found;
        }
        List<Post> covering = new ArrayList<>();
        Map<String, List<Post>> byCountry = new HashMap<>();
        for (Post p : found) {
            if (p.districtIncludes(provinceCode)) {
                covering.add(p);
            } else if (p.type == PostType.EMBASSY && p.district.isEmpty() && p.resident()) {
                List<Post> others = byCountry.computeIfAbsent(p.country,
                        c -> Post.<Post>list("country = ?1 and active = true", c));
                boolean coveredByAnother = others.stream().anyMatch(o -> o.resident() && o.type != PostType.HONORARY_CONSULATE
                        && o.districtIncludes(provinceCode));
                if (!coveredByAnother) {
                    covering.add(p);
                }
            }
        }
        return covering;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Post get(String code) {
        Post p = Post.findById(code);
        if (p == null) {
            throw Refusal.notFound("post", code);
        }
        return p;
    }

    /** A new post; 409 if its code exists. */
    @Transactional
    public Post create(PostDetails r, String by) {
        if (r.code() == null || r.code().isBlank()) {
            throw Refusal.ruleBroken("code", "is required, e.g. AUS-CG-DPS");
        }
        String code = r.code().strip().toUpperCase(Locale.ROOT);
        if (Post.findById(code) != null) {
            throw Refusal.conflict("post " + code + " already exists; change it with PUT /api/v1/posts/" + code);
        }
        Post p = new Post();
        p.code = code;
        apply(p, r, by);
        p.persist();
        Post.getEntityManager().flush();
        return p;
    }

    /** Replaces a post's details and district; a stale If-Match is a 412 and changes nothing. */
    @Transactional
    public Post update(String code, PostDetails r, ExpectedVersion expected, String by) {
        Post p = get(code);
        expected.check(p.version, "post", code);
        if (r.code() != null && !r.code().strip().equalsIgnoreCase(code)) {
            throw Refusal.ruleBroken("code", "must be that of the path (" + code + ") or left out: a post's code does not change");
        }
        apply(p, r, by);
        // A change of the district alone touches only post_district: the version must move all the same.
        p.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Post.getEntityManager().flush();
        return p;
    }

    private void apply(Post p, PostDetails r, String by) {
        String country = r.country() == null ? "" : r.country().strip().toUpperCase(Locale.ROOT);
        if (!Countries.isIsoCode(country)) {
            throw Refusal.ruleBroken("country", "'" + r.country() + "' is not an ISO 3166-1 alpha-3 country code (TWN for Taiwan)");
        }
        if (country.equals("IDN")) {
            throw Refusal.ruleBroken("country", "is the sending state: a foreign country, not IDN");
        }
        String accreditedFrom = blankToNull(r.accreditedFrom());
        if (accreditedFrom != null) {
            accreditedFrom = accreditedFrom.toUpperCase(Locale.ROOT);
            if (!Countries.isIsoCode(accreditedFrom) || accreditedFrom.equals("IDN")) {
                throw Refusal.ruleBroken("accreditedFrom", "must be the ISO 3166-1 alpha-3 code of the country the post "
                        + "sits in (not IDN); leave it out for a post in Indonesia");
            }
        }
        TreeSet<String> district = new TreeSet<>();
        List<String> given = r.district() == null ? List.of() : r.district();
        for (int i = 0; i < given.size(); i++) {
            String entry = given.get(i);
            Provinces.Province province = Provinces.find(entry).orElseThrow(() -> Refusal.ruleBroken("district",
                    "'" + entry + "' is not an Indonesian province: give its BPS code (e.g. 51), a Kemendagri code only as kemendagri:94, or its name (e.g. Bali)"));
            district.add(province.code());
        }
        if (accreditedFrom != null && !district.isEmpty()) {
            throw Refusal.ruleBroken("district", "a post accredited from abroad has no consular district in Indonesia");
        }
        boolean active = r.active() == null || r.active();
        if (active && accreditedFrom == null && r.type() != PostType.HONORARY_CONSULATE && !district.isEmpty()) {
            List<Post> others = Post.list("country = ?1 and active = true and code <> ?2", country, p.code);
            for (Post o : others) {
                if (o.resident() && o.type != PostType.HONORARY_CONSULATE) {
                    for (String province : district) {
                        if (o.district.contains(province)) {
                            throw Refusal.ruleBroken("district", Provinces.find(province).orElseThrow().name() + " ("
                                    + province + ") is already in the consular district of " + o.code + " (" + o.name
                                    + "); take it out of that post first");
                        }
                    }
                }
            }
        }
        p.country = country;
        p.type = r.type();
        p.name = r.name().strip();
        p.city = blankToNull(r.city());
        p.address = blankToNull(r.address());
        p.email = blankToNull(r.email());
        p.fax = blankToNull(r.fax());
        p.phone = blankToNull(r.phone());
        p.accreditedFrom = accreditedFrom;
        p.active = active;
        p.district.clear();
        p.district.addAll(district);
        p.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        p.updatedBy = by;
    }

    /** The English name of an ISO 3166-1 alpha-3 country ("Taiwan" for TWN). */
    public static String countryName(String iso3) {
        return iso3 == null ? null : COUNTRY_NAMES.getOrDefault(iso3, iso3);
    }

    private static String notAnEmbassy(String countryName, Post p) {
        return countryName + ": " + p.name + ", not an embassy";
    }

    private static Optional<Post> first(List<Post> posts, Predicate<Post> which) {
        return posts.stream().filter(which).min(Comparator.comparing((Post p) -> rank(p.type)).thenComparing(p -> p.code));
    }

    private static int rank(PostType t) {
        return switch (t) {
            case CONSULATE_GENERAL -> 0;
            case CONSULATE -> 1;
            case EMBASSY -> 2;
            case REPRESENTATIVE_OFFICE -> 3;
            case HONORARY_CONSULATE -> 4;
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
