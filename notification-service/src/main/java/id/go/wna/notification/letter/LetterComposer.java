package id.go.wna.notification.letter;

import id.go.wna.notification.domain.letter.LetterBasis;
import id.go.wna.notification.domain.letter.LetterFacts;
import id.go.wna.notification.domain.letter.LetterFacts.Detention;
import id.go.wna.notification.domain.letter.LetterFacts.Person;
import id.go.wna.notification.domain.letter.LetterKind;
import id.go.wna.notification.letter.LetterDocument.MetaRow;
import id.go.wna.notification.letter.LetterDocument.Paragraph;
import id.go.wna.notification.letter.LetterDocument.Part;
import id.go.wna.notification.letter.LetterDocument.Row;
import id.go.wna.notification.letter.LetterDocument.Section;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Decides what the letter says from the facts: which paragraphs, which sections and rows, in the words of the
 * letter's message bundle. Prints nothing itself: the template {@code templates/letter/document.html} does, and
 * escapes every value.
 */
final class LetterComposer {

    /** Notes are dated in Jakarta, where the Ministry sits. */
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private final LetterFacts f;
    private final LetterMessages m;
    private final LetterWords w;
    private final List<Section> sections = new ArrayList<>();

    private LetterComposer(LetterFacts facts, String lang, LetterMessages messages, LetterCodes codes) {
        this.f = facts;
        this.m = messages;
        this.w = new LetterWords(lang, facts.zone(), facts.zoneAbbreviation(), messages, codes);
    }

    static LetterDocument compose(LetterFacts facts, String lang, LetterMessages messages, LetterCodes codes) {
        return new LetterComposer(facts, lang, messages, codes).document();
    }

    // ------------------------------------------------------------------------------------------ the document

    private LetterDocument document() {
        List<String> banners = new ArrayList<>();
        if (f.draft()) {
            banners.add(m.draftBanner());
        }
        if (present(f.late())) {
            banners.add(m.lateBanner());
        }
        List<Paragraph> opening = new ArrayList<>();
        opening.add(Paragraph.of("formula", opening()));
        opening.add(Paragraph.of(null, legalBasis()));
        if (f.kind() == LetterKind.CORRECTION) {
            opening.add(Paragraph.of(null, correction()));
        }
        if (present(f.late())) {
            opening.add(Paragraph.of(null, List.of(Part.text(m.late(f.late().trim())))));
        }
        sections();
        List<Paragraph> afterword = new ArrayList<>();
        afterword(afterword);
        closing(afterword);
        String title = plain() ? m.titleLetter(f.referenceNumber(), subject())
                : m.titleNote(f.referenceNumber(), subject());
        return new LetterDocument(w.lang(), title, plain(), banners, meta(), opening, sections, afterword);
    }

    private List<MetaRow> meta() {
        List<MetaRow> rows = new ArrayList<>();
        rows.add(new MetaRow(m.number(), List.of(f.referenceNumber())));
        rows.add(new MetaRow(m.subject(), List.of(subject())));
        rows.add(new MetaRow(m.sent(), List.of(f.draft() ? m.notYetSent() : w.dateTime(f.sentAt()))));
        LetterFacts.Post p = f.post();
        List<String> lines = new ArrayList<>();
        lines.add(postName());
        if (present(p.address())) {
            lines.add(p.address());
        }
        if (present(p.city())) {
            lines.add(p.city());
        }
        if (present(p.email())) {
            lines.add(m.postEmail(p.email()));
        }
        if (present(p.fax())) {
            lines.add(m.postFax(p.fax()));
        }
        rows.add(new MetaRow(m.to(), lines));
        return rows;
    }

    private String subject() {
        return switch (f.kind()) {
            case INITIAL -> f.basis() == LetterBasis.ARTICLE_42 ? m.subjectStaffArrest() : m.subjectArrest();
            case FOLLOW_UP -> m.subjectFollowUp(w.code("stage", f.followUp().stage()));
            case DEATH -> m.subjectDeath();
            case GUARDIANSHIP -> m.subjectGuardianship();
            case WRECK_OR_AIR_ACCIDENT -> m.subjectWreck();
            case CORRECTION -> m.subjectCorrection();
        };
    }

    // ------------------------------------------------------------------------------------------ the formulas

    private List<Part> opening() {
        String post = postName();
        String start = plain() ? m.openingLetter(post) : m.openingNote(post, postShort());
        String stage = f.followUp() == null ? null : lower(w.code("stage", f.followUp().stage()));
        String rest = switch (f.kind()) {
            case INITIAL -> f.basis() == LetterBasis.ARTICLE_42 ? m.openingStaffArrested(personName(), post)
                    : m.openingArrested(subjectPerson(true));
            case FOLLOW_UP -> m.openingFollowUp(subjectPerson(true), stage);
            case DEATH -> {
                String on = f.death().diedOn() != null ? w.date(f.death().diedOn()) : null;
                yield m.openingDeath(subjectPerson(true), f.death().inCustody(), on);
            }
            case GUARDIANSHIP -> m.openingGuardianship(subjectPerson(false));
            case WRECK_OR_AIR_ACCIDENT -> wreckOpening();
            case CORRECTION -> m.openingCorrection(subjectPerson(false));
        };
        return List.of(Part.text(start + rest));
    }

    private String wreckOpening() {
        LetterFacts.Wreck k = f.wreck();
        boolean aircraft = "AIRCRAFT".equalsIgnoreCase(k.craftType());
        String craft = lower(Objects.requireNonNullElse(w.code("craft", k.craftType()), m.vesselOrAircraft()));
        String when = k.occurredAt() != null ? w.dateTime(k.occurredAt()) : null;
        return m.openingWreck(craft, k.craft(), k.registration(), aircraft, when);
    }

    private void closing(List<Paragraph> afterword) {
        String post = postName();
        afterword.add(Paragraph.of("formula", List.of(Part.text(plain() ? m.closingLetter(post) : m.closingNote(post)))));
        String dated = f.draft() ? "...................." : w.date(f.sentAt(), JAKARTA);
        afterword.add(Paragraph.of("place-date", List.of(Part.words("Jakarta, "), Part.text(dated))));
        afterword.add(Paragraph.of("seal", List.of(Part.text(m.seal()))));
    }

    /**
     * A representative office of a state Indonesia has no diplomatic relations with (TETO for Taiwan) gets a plain
     * letter, not a diplomatic note, and no treaty is cited as owed to it: the information is a courtesy.
     */
    private boolean plain() {
        return "REPRESENTATIVE_OFFICE".equals(f.post().type());
    }

    private List<Part> courtesy() {
        String why = switch (f.basis()) {
            case REQUESTED -> m.courtesyRequested();
            case KEMLU_POLICY_MINOR -> m.courtesyMinor();
            case DEATH_PENALTY_CASE -> m.courtesyDeathPenalty();
            default -> ".";
        };
        return List.of(Part.words(m.courtesy()), Part.words(why));
    }

    /** "... the Vienna Convention on Consular Relations of 1963, ... (UU 1/1982)", the law kept on one line. */
    private List<Part> vccr() {
        return List.of(Part.words(m.vccr()), Part.nowrap(m.vccrLaw()), Part.words(")"));
    }

    private List<Part> legalBasis() {
        if (plain()) {
            return courtesy();
        }
        List<Part> parts = new ArrayList<>();
        switch (f.basis()) {
            case REQUESTED -> parts.add(Part.words(m.basisRequested()));
            case MANDATORY -> parts.add(Part.text(m.basisMandatory(f.instrument())));
            // Owed whatever the person said: the letter must not say the person asked.
            case DEATH_PENALTY_CASE -> parts.add(Part.words(m.basisDeathPenalty()));
            // A policy of the Ministry, not a treaty: the letter must not present it as an arrangement with the State.
            case KEMLU_POLICY_MINOR -> parts.add(Part.words(m.basisMinor()));
            case ARTICLE_37 -> {
                String letter = article37Letter();
                parts.add(letter == null ? Part.words(m.basisArticle37()) : Part.text(m.basisArticle37Letter(letter)));
            }
            case ARTICLE_42 -> parts.add(Part.words(m.basisArticle42()));
            case SUPERVISED_OVERRIDE -> parts.add(Part.words(m.basisOverride()));
        }
        parts.addAll(vccr());
        parts.add(Part.words(switch (f.basis()) {
            case ARTICLE_42 -> m.basisArticle42End();
            case SUPERVISED_OVERRIDE -> m.basisOverrideEnd();
            default -> ".";
        }));
        return parts;
    }

    private String article37Letter() {
        return switch (f.kind()) {
            case DEATH -> "a";
            case GUARDIANSHIP -> "b";
            case WRECK_OR_AIR_ACCIDENT -> "c";
            case FOLLOW_UP -> f.followUp().stage().equals("DEATH_IN_CUSTODY") ? "a" : null;
            default -> f.death() != null ? "a" : null;
        };
    }

    private List<Part> correction() {
        String ref = present(f.correctsReference()) ? f.correctsReference() : null;
        List<Part> parts = new ArrayList<>();
        parts.add(Part.words(plain() ? m.correctsLetter() : m.correctsNote()));
        parts.add(ref != null ? Part.text(plain() ? m.correctsLetterNumber(ref) : m.correctsNoteNumber(ref))
                : Part.words(plain() ? m.correctsEarlierLetter() : m.correctsEarlierNote()));
        parts.add(Part.words(m.correctionReplaces()));
        return parts;
    }

    // ------------------------------------------------------------------------------------------ the facts

    private void sections() {
        boolean custody = f.kind() == LetterKind.INITIAL || f.kind() == LetterKind.CORRECTION;
        if (f.person() != null) {
            identity(f.person());
            travelDocument();
        }
        if (f.wreck() != null) {
            wreck();
        }
        if (f.guardianship() != null) {
            guardianship();
        }
        if (f.death() != null) {
            death();
        }
        if (f.followUp() != null) {
            followUp();
        }
        if (custody || f.stayPermit() != null) {
            stayPermit();
        }
        if (custody || f.arrest() != null) {
            arrest();
        }
        Detention current = f.followUp() != null && f.followUp().newPlace() != null
                ? f.followUp().newPlace() : f.detention();
        if (custody || current != null) {
            detention(current);
        }
        if (custody || !f.charges().isEmpty()) {
            charges();
        }
        if (custody || f.kind() == LetterKind.FOLLOW_UP) {
            consularAccess();
        } else if (present(f.language()) || f.interpreterNeeded() != null) {
            List<Row> rows = new ArrayList<>();
            row(rows, m.languageSpoken(), w.language(f.language()));
            row(rows, m.interpreterNeeded(), w.yesNo(f.interpreterNeeded()));
            section(m.sectionLanguage(), rows);
        }
    }

    private void identity(Person p) {
        List<Row> rows = new ArrayList<>();
        row(rows, m.surname(), p.surname());
        if (present(p.givenNames())) {
            row(rows, m.givenNames(), p.givenNames());
        }
        row(rows, m.mrzName(), present(p.mrzName()) ? p.mrzName() : m.noneOrNotKnown());
        row(rows, m.sex(), w.code("sex", p.sex()));
        String born = Stream.of(w.date(p.birthDate()), p.birthPlace()).filter(LetterComposer::present)
                .collect(Collectors.joining(", "));
        row(rows, m.birth(), born.isEmpty() ? null : born);
        row(rows, m.nationality(), w.countries(p.nationalities(), true));
        section(m.sectionIdentity(), rows);
    }

    private void travelDocument() {
        LetterFacts.Document d = f.document();
        List<Row> rows = new ArrayList<>();
        if (d == null) {
            row(rows, m.sectionTravelDocument(), m.noneKnown());
        } else {
            row(rows, m.type(), w.code("document", d.type()));
            row(rows, m.number(), d.number());
            row(rows, m.issuingState(), w.country(d.issuingState()));
            row(rows, m.expiresOn(), w.date(d.expiresOn()));
        }
        section(m.sectionTravelDocument(), rows);
    }

    private void stayPermit() {
        LetterFacts.StayPermit s = f.stayPermit();
        List<Row> rows = new ArrayList<>();
        if (s == null) {
            row(rows, m.sectionStayPermit(), m.noneKnown());
        } else {
            row(rows, m.type(), w.code("permit", s.type()));
            if (present(s.number())) {
                row(rows, m.number(), s.number());
            }
            row(rows, m.validUntil(), w.date(s.validUntil()));
        }
        section(m.sectionStayPermit(), rows);
    }

    private void arrest() {
        LetterFacts.Arrest a = f.arrest();
        List<Row> rows = new ArrayList<>();
        row(rows, m.dateAndTime(), a == null ? null : w.dateTime(a.arrestedAt()));
        row(rows, m.place(), a == null ? null : place(a.place(), a.provinceName()));
        row(rows, m.arrestingAuthority(), a == null ? null : a.authorityName());
        section(m.sectionArrest(), rows);
    }

    private void detention(Detention d) {
        List<Row> rows = new ArrayList<>();
        row(rows, m.formOfCustody(), d == null ? null : w.code("custody", d.custodyType()));
        row(rows, m.place(), d == null ? null : d.placeName());
        if (d != null && present(d.facilityType())) {
            row(rows, m.typeOfFacility(), w.code("facility", d.facilityType()));
        }
        if (d != null && present(d.address())) {
            row(rows, m.address(), d.address());
        }
        if (d != null && present(d.provinceName())) {
            row(rows, m.province(), d.provinceName());
        }
        section(m.sectionDetention(), rows);
    }

    private void charges() {
        List<Row> rows = new ArrayList<>();
        if (f.charges().isEmpty()) {
            row(rows, m.statuteAndArticle(), m.notYetKnown());
        } else {
            for (LetterFacts.Charge c : f.charges()) {
                String ref = Stream.of(c.statute(), present(c.article()) ? m.article(c.article()) : null)
                        .filter(LetterComposer::present).collect(Collectors.joining(" "));
                row(rows, ref.isEmpty() ? w.unknown() : ref, present(c.description()) ? c.description() : "-");
            }
        }
        section(m.sectionCharges(), rows);
    }

    private void consularAccess() {
        List<Row> rows = new ArrayList<>();
        row(rows, m.basisLabel(), switch (f.basis()) {
            case REQUESTED -> m.basisRowRequested();
            case MANDATORY -> m.basisRowMandatory(f.instrument());
            case KEMLU_POLICY_MINOR -> m.basisRowMinor();
            case DEATH_PENALTY_CASE -> m.basisRowDeathPenalty();
            case ARTICLE_37, ARTICLE_42 -> plain() ? m.basisRowCourtesy()
                    : f.basis() == LetterBasis.ARTICLE_37 ? m.basisRowArticle37() : m.basisRowArticle42();
            case SUPERVISED_OVERRIDE -> m.basisRowOverride();
        });
        row(rows, m.opposesConsularAction(), f.opposesConsularAccess() ? m.opposesYes() : m.no());
        row(rows, m.languageSpoken(), w.language(f.language()));
        row(rows, m.interpreterNeeded(), w.yesNo(f.interpreterNeeded()));
        section(m.sectionConsularAccess(), rows);
    }

    private void death() {
        LetterFacts.Death d = f.death();
        List<Row> rows = new ArrayList<>();
        row(rows, m.date(), w.date(d.diedOn()));
        if (d.diedAt() != null) {
            row(rows, m.time(), w.dateTime(d.diedAt()));
        }
        row(rows, m.place(), place(d.place(), d.provinceName()));
        row(rows, m.causeOfDeath(), present(d.cause()) ? d.cause() : m.notYetKnown());
        row(rows, m.remainsLocation(), d.remainsLocation());
        row(rows, m.diedInCustody(), w.yesNo(d.inCustody()));
        if (d.nextOfKin().isEmpty()) {
            row(rows, m.nextOfKin(), m.noneKnown());
        } else {
            List<String> items = new ArrayList<>();
            for (LetterFacts.NextOfKin k : d.nextOfKin()) {
                String line = Stream.of(k.name(), w.code("kin", k.relationship()), k.contact(), w.country(k.country()))
                        .filter(LetterComposer::present).collect(Collectors.joining(", "));
                items.add(line.isEmpty() ? w.unknown() : line);
            }
            rows.add(new Row(m.nextOfKin(), null, items));
        }
        section(m.sectionDeath(), rows);
    }

    private void followUp() {
        LetterFacts.FollowUp u = f.followUp();
        List<Row> rows = new ArrayList<>();
        row(rows, m.stage(), w.code("stage", u.stage()));
        row(rows, m.dateAndTime(), w.dateTime(u.occurredAt()));
        if (present(u.court())) {
            row(rows, m.court(), u.court());
        }
        if (u.scheduledAt() != null) {
            String label = switch (u.stage()) {
                case "DEPORTATION", "RELEASE" -> m.scheduledDeparture();
                case "EXECUTION_SCHEDULED" -> m.scheduledExecution();
                default -> m.scheduledFor();
            };
            row(rows, label, w.dateTime(u.scheduledAt()));
        }
        if (present(u.details())) {
            row(rows, m.details(), u.details());
        }
        section(m.sectionDevelopment(), rows);
    }

    private void wreck() {
        LetterFacts.Wreck k = f.wreck();
        List<Row> rows = new ArrayList<>();
        row(rows, m.typeOfCraft(), w.code("craft", k.craftType()));
        row(rows, m.craft(), k.craft());
        row(rows, m.registration(), k.registration());
        row(rows, m.dateAndTime(), w.dateTime(k.occurredAt()));
        row(rows, m.place(), place(k.place(), k.provinceName()));
        row(rows, m.personsOnBoard(), number(k.personsOnBoard()));
        row(rows, m.dead(), number(k.dead()));
        row(rows, m.missing(), number(k.missing()));
        if (present(k.details())) {
            row(rows, m.details(), k.details());
        }
        section(m.sectionAccident(), rows);
    }

    private void guardianship() {
        LetterFacts.Guardianship g = f.guardianship();
        List<Row> rows = new ArrayList<>();
        row(rows, m.reason(), w.code("guardianship", g.reason()));
        row(rows, m.currentCare(), g.currentCare());
        section(m.sectionGuardianship(), rows);
    }

    // ------------------------------------------------------------------------------------------ after the facts

    private void afterword(List<Paragraph> paragraphs) {
        String post = postShort();
        boolean custody = f.kind() == LetterKind.INITIAL || f.kind() == LetterKind.CORRECTION
                || f.kind() == LetterKind.FOLLOW_UP;
        if (custody && f.opposesConsularAccess()) {
            List<Part> parts = new ArrayList<>();
            parts.add(Part.words(m.opposes()));
            if (f.basis() == LetterBasis.MANDATORY) {
                parts.add(Part.words(m.opposesNeverthelessMandatory()));
            } else if (f.basis() == LetterBasis.KEMLU_POLICY_MINOR) {
                parts.add(Part.words(m.opposesNeverthelessMinor()));
            }
            parts.add(Part.words(plain() ? m.opposesRespect() : m.opposesArticle36()));
            paragraphs.add(Paragraph.of(null, parts));
        } else if (custody) {
            paragraphs.add(Paragraph.of(null, List.of(Part.text(m.accessRequest(post)), Part.words(m.accessThrough()))));
        }
        if (f.followUp() != null && f.followUp().stage().startsWith("DEATH_")
                || f.followUp() != null && f.followUp().stage().startsWith("EXECUTION_")) {
            paragraphs.add(Paragraph.of(null, List.of(Part.text(m.everyFurtherStage(post)))));
        }
        if (f.death() != null || f.followUp() != null && f.followUp().stage().equals("DEATH_IN_CUSTODY")) {
            paragraphs.add(Paragraph.of(null, List.of(Part.text(m.repatriation(post)))));
        }
        if (f.kind() == LetterKind.WRECK_OR_AIR_ACCIDENT) {
            paragraphs.add(Paragraph.of(null, List.of(Part.words(m.personsOnBoardLater()))));
        }
        LetterFacts.ContactOfficer c = f.contact();
        if (c != null) {
            List<String> parts = new ArrayList<>();
            Stream.of(c.name(), c.unit()).filter(LetterComposer::present).forEach(parts::add);
            if (present(c.phone())) {
                parts.add(m.contactPhone(c.phone()));
            }
            if (present(c.email())) {
                parts.add(m.contactEmail(c.email()));
            }
            if (!parts.isEmpty()) {
                paragraphs.add(Paragraph.of(null, List.of(Part.text(m.contact(String.join(", ", parts))))));
            }
        }
    }

    // ------------------------------------------------------------------------------------------ helpers

    private String postName() {
        LetterFacts.Post p = f.post();
        return w.id && present(p.nameIndonesian()) ? p.nameIndonesian() : p.name();
    }

    /** "Kedutaan Besar" / "Embassy": how the body refers to the post after naming it. */
    private String postShort() {
        String type = f.post().type();
        String word = present(type) && !w.code("post", type).equals(type) ? w.code("post", type) : null;
        return word != null ? word : m.postFallback();
    }

    /**
     * "Hans Peter MÜLLER, warga negara Jerman" or "Hans Peter MÜLLER, a national of Germany"; with {@code close}, the
     * apposition is closed by a comma ("..., a national of Germany,") for a sentence that goes on.
     */
    private String subjectPerson(boolean close) {
        if (f.person() == null) {
            return m.personBelow();
        }
        String nations = w.countries(f.person().nationalities().stream()
                .filter(c -> c != null && !c.toUpperCase(Locale.ROOT).startsWith("XX")).toList(), false);
        return nations == null ? personName() : m.personOfNationality(personName(), nations) + (close ? "," : "");
    }

    /** "Hans Peter MÜLLER": given names, then the surname in capitals. */
    private String personName() {
        Person p = f.person();
        if (p == null) {
            return m.personBelow();
        }
        String surname = p.surname().trim().toUpperCase(Locale.ROOT);
        return present(p.givenNames()) ? p.givenNames().trim() + " " + surname : surname;
    }

    private String place(String place, String province) {
        String s = Stream.of(place, province).filter(LetterComposer::present).distinct()
                .collect(Collectors.joining(", "));
        return s.isEmpty() ? null : s;
    }

    private String number(Integer n) {
        return n == null ? null : n.toString();
    }

    private void section(String title, List<Row> rows) {
        sections.add(new Section(sections.size() + 1, title, List.copyOf(rows)));
    }

    /** A row; a missing value reads "tidak diketahui" / "not known". */
    private void row(List<Row> rows, String label, String value) {
        rows.add(Row.of(label, present(value) ? value : w.unknown()));
    }

    private String lower(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        // only the first letter: the rest may hold acronyms (ITAS, Rudenim)
        return s.substring(0, 1).toLowerCase(w.id ? Locale.forLanguageTag("id") : Locale.ENGLISH) + s.substring(1);
    }

    static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
