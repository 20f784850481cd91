package id.go.wna.cases.service;

import id.go.wna.cases.domain.CaseFile;
import id.go.wna.cases.domain.CaseOffence;
import id.go.wna.cases.domain.OffenceReference;
import id.go.wna.cases.domain.Person;
import id.go.wna.cases.messaging.CaseEvents;
import id.go.wna.platform.refusal.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Immigration offences on cases, checked against the version of the UU 6/2011 catalogue in force when committed. */
@ApplicationScoped
public class OffenceService {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final CaseService cases;
    private final CaseEvents events;

    public OffenceService(CaseService cases, CaseEvents events) {
        this.cases = cases;
        this.events = events;
    }

    @Transactional
    public CaseOffence record(UUID caseId, RecordOffence r) {
        CaseFile c = cases.get(caseId);
        Code code = Code.parse(r.article());
        Instant recordedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        // The offence is judged by the law of the day it was committed; unknown, the day it is recorded (WIB).
        LocalDate judgedOn = r.committedOn() != null ? r.committedOn() : LocalDate.ofInstant(recordedAt, WIB);
        String article = code.catalogued();
        if (article == null) {
            throw Refusal.ruleBroken("article", "Pasal " + r.article().strip() + " is not an immigration crime of UU 6/2011 "
                    + "in the catalogue (GET /api/v1/reference/offences)");
        }
        OffenceReference ref = OffenceReference.inForceOn(article, judgedOn).orElseThrow(() -> Refusal.ruleBroken(
                r.committedOn() != null ? "committedOn" : "article", "no version of Pasal " + article + " was in force on " + judgedOn
                        + " (the catalogue starts with UU 6/2011, 2011-05-05)"));
        if (!ref.recordable) {
            throw Refusal.ruleBroken("article", "Pasal " + article + " is not recorded as such: "
                    + (ref.checkNote != null ? ref.checkNote : ref.descriptionEn));
        }
        Person person = CaseService.personOf(c, "an offence is someone's");
        CaseOffence o = new CaseOffence();
        o.id = UUID.randomUUID();
        o.caseId = c.id;
        o.statute = ref.statute;
        o.article = article;
        o.letter = code.letterBeyond(article);
        o.committedOn = r.committedOn();
        o.description = r.description();
        o.offenceVersionId = ref.id;
        o.recordedAt = recordedAt;
        o.persist();
        events.offenceRecorded(c, person, o, ref);
        return o;
    }

    /**
     * An article as typed: "119", "122 a", "114(1)", "124 (b)". The catalogue splits some articles by paragraph or
     * letter (114(1), 124(b)); elsewhere a letter is kept on the offence but the article is what the catalogue knows.
     */
    record Code(String article, String part) {

        private static final Pattern FORM = Pattern.compile("(\\d{3}) ?(?:\\(([a-z0-9])\\)|([a-z]))?");

        static Code parse(String typed) {
            Matcher m = FORM.matcher(typed.strip().toLowerCase(Locale.ROOT));
            if (!m.matches()) {
                throw Refusal.ruleBroken("article", "'" + typed + "' is not an article such as 119, 122 a, 114(1) or 124(b)");
            }
            return new Code(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
        }

        /** The catalogue code: the split one ("124(b)") where the catalogue has it, else the bare article; null if neither. */
        String catalogued() {
            if (part != null && OffenceReference.exists(article + "(" + part + ")")) {
                return article + "(" + part + ")";
            }
            return OffenceReference.exists(article) ? article : null;
        }

        /** The letter or paragraph not already in the catalogue code ("a" of "122 a"); null for "124(b)". */
        String letterBeyond(String catalogued) {
            return part == null || !catalogued.equals(article) ? null : part;
        }
    }
}
