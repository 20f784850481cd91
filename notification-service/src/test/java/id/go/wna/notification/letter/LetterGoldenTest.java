package id.go.wna.notification.letter;

import id.go.wna.notification.domain.letter.LetterBasis;
import id.go.wna.notification.domain.letter.LetterFacts;
import id.go.wna.notification.domain.letter.LetterFacts.Arrest;
import id.go.wna.notification.domain.letter.LetterKind;
import id.go.wna.notification.domain.letter.LetterFacts.Charge;
import id.go.wna.notification.domain.letter.LetterFacts.ContactOfficer;
import id.go.wna.notification.domain.letter.LetterFacts.Death;
import id.go.wna.notification.domain.letter.LetterFacts.Detention;
import id.go.wna.notification.domain.letter.LetterFacts.Document;
import id.go.wna.notification.domain.letter.LetterFacts.FollowUp;
import id.go.wna.notification.domain.letter.LetterFacts.Guardianship;
import id.go.wna.notification.domain.letter.LetterFacts.NextOfKin;
import id.go.wna.notification.domain.letter.LetterFacts.Person;
import id.go.wna.notification.domain.letter.LetterFacts.Post;
import id.go.wna.notification.domain.letter.LetterFacts.StayPermit;
import id.go.wna.notification.domain.letter.LetterFacts.Wreck;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every kind and basis of letter, in both languages, with and without its optional parts, printed exactly as the
 * golden files under {@code src/test/resources/letters/} hold them: the XHTML byte for byte and the PDF's text. The
 * golden files were written from the letter code before it moved to templates, so a refactoring that changes a word
 * fails here. Rewrite them on purpose only: {@code -Dletters.write-golden=true}.
 */
@QuarkusTest
class LetterGoldenTest {

    @Inject
    NotificationLetter letter;

    private static final Path GOLDEN = Path.of("src/test/resources/letters");
    private static final boolean WRITE = Boolean.getBoolean("letters.write-golden");

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    private static final ZoneId WIT = ZoneId.of("Asia/Jayapura");
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final Post GERMAN_EMBASSY = new Post("Embassy of the Federal Republic of Germany",
            "Kedutaan Besar Republik Federal Jerman", "EMBASSY", "Jakarta", "Jl. M.H. Thamrin No. 1, Jakarta Pusat 10310",
            "info@jakarta.diplo.de", "+62 21 390 1757");
    private static final Post TETO = new Post("Taipei Economic and Trade Office in Jakarta", null, "REPRESENTATIVE_OFFICE",
            "Jakarta", "Gedung Artha Graha Lt. 17, Jl. Jend. Sudirman Kav. 52-53", "teto@example.org", null);
    private static final String AUS_INSTRUMENT = "Indonesia-Australia consular notification arrangement (Memorandum of "
            + "Understanding, believed 2010) [check: name and date]";
    private static final ContactOfficer CONTACT = new ContactOfficer("Rina Wulandari",
            "Direktorat Konsuler, Kementerian Luar Negeri", "+62 21 344 1508", "konsuler@kemlu.go.id");

    /** A German tourist arrested by Imigrasi at Bali's airport on 28 November 2026, 10.30 WITA. */
    private static LetterFacts.Builder baliArrest() {
        return LetterFacts.builder()
                .referenceNumber("D-01234/KONS/XI/2026/42")
                .kind(LetterKind.INITIAL)
                .sentAt(Instant.parse("2026-11-29T06:05:00Z"))
                .zone(WITA, "WITA")
                .post(GERMAN_EMBASSY)
                .person(new Person("Müller", "Hans Peter", "MULLER<<HANS<PETER", "M", LocalDate.of(1990, 1, 2),
                        "Hamburg", List.of("DEU")))
                .document(new Document("PASSPORT", "C01X00T47", "DEU", LocalDate.of(2031, 1, 14)))
                .stayPermit(new StayPermit("ITK", null, LocalDate.of(2026, 11, 20)))
                .arrest(new Arrest(Instant.parse("2026-11-28T02:30:00Z"),
                        "Bandara Internasional I Gusti Ngurah Rai, Badung", "Bali",
                        "Kantor Imigrasi Kelas I Khusus TPI Ngurah Rai"))
                .detention(new Detention("IMMIGRATION_DETENTION", "RUDENIM", "Rumah Detensi Imigrasi Denpasar",
                        "Jl. Uluwatu No. 1, Jimbaran", "Bali"))
                .charge("UU 6/2011", "119", "entering or staying without a valid travel document and visa")
                .basis(LetterBasis.REQUESTED)
                .language("de")
                .interpreterNeeded(true)
                .contact(CONTACT);
    }

    private static LetterFacts.Builder death() {
        return baliArrest().kind(LetterKind.DEATH).basis(LetterBasis.ARTICLE_37).arrest(null).detention(null).charges(List.of())
                .stayPermit(null)
                .death(new Death(LocalDate.of(2026, 11, 27), Instant.parse("2026-11-27T13:40:00Z"),
                        "RSUP Prof. Dr. I.G.N.G. Ngoerah, Denpasar", "Bali", "Cardiac arrest (as certified)",
                        "Instalasi Kedokteran Forensik RSUP Prof. Ngoerah, Denpasar",
                        List.of(new NextOfKin("Anna Müller", "SPOUSE", "+49 40 1234567", "DEU"),
                                new NextOfKin("Jonas Müller", "CHILD", null, "AUT"),
                                new NextOfKin(null, null, null, null)), false));
    }

    private static FollowUp stage(String stage) {
        return new FollowUp(stage, Instant.parse("2026-12-10T03:00:00Z"), null, null, null, null);
    }

    private static Wreck vessel() {
        return new Wreck("VESSEL", "MV Mabuhay Star", "IMO 9123456", Instant.parse("2026-12-04T12:00:00Z"), "off Sorong",
                "Papua Barat Daya", 14, 2, 3, "search continues");
    }

    /** The letters, by the name of their golden files. */
    private static Map<String, Supplier<LetterFacts>> letters() {
        Map<String, Supplier<LetterFacts>> l = new LinkedHashMap<>();
        // INITIAL, every basis
        l.put("initial-requested", () -> baliArrest().build());
        l.put("initial-requested-no-interpreter", () -> baliArrest().interpreterNeeded(false).language("Bahasa Jerman")
                .contact(new ContactOfficer(null, "Direktorat Konsuler", null, null)).build());
        l.put("initial-mandatory", () -> baliArrest().basis(LetterBasis.MANDATORY).instrument(AUS_INSTRUMENT).build());
        l.put("initial-mandatory-the-instrument-opposes", () -> baliArrest().basis(LetterBasis.MANDATORY)
                .instrument("The Consular Convention between Indonesia and the Example State").opposesConsularAccess(true)
                .build());
        l.put("initial-kemlu-policy-minor-opposes", () -> baliArrest().basis(LetterBasis.KEMLU_POLICY_MINOR)
                .opposesConsularAccess(true).build());
        l.put("initial-kemlu-policy-minor", () -> baliArrest().basis(LetterBasis.KEMLU_POLICY_MINOR).build());
        l.put("initial-supervised-override", () -> baliArrest().basis(LetterBasis.SUPERVISED_OVERRIDE).build());
        l.put("initial-requested-opposes", () -> baliArrest().opposesConsularAccess(true).build());
        l.put("initial-article-42", () -> baliArrest().basis(LetterBasis.ARTICLE_42).build());
        l.put("initial-death-penalty-case", () -> baliArrest().basis(LetterBasis.DEATH_PENALTY_CASE).build());
        l.put("initial-article-37", () -> baliArrest().basis(LetterBasis.ARTICLE_37).build());
        l.put("initial-late", () -> baliArrest()
                .late("the person was identified as a foreign national only on 29 November 2026").build());
        l.put("initial-draft-sparse", () -> LetterFacts.builder()
                .referenceNumber("D-00001/KONS/XI/2026/1").kind(LetterKind.INITIAL).sentAt(null).zone(WITA, "WITA")
                .post(new Post("Embassy of Australia", null, null, null, null, null, null))
                .person(new Person("Smith", null, null, null, null, null, null))
                .basis(LetterBasis.REQUESTED)
                .build());
        l.put("initial-many-nationalities-and-charges", () -> baliArrest()
                .post(new Post("Consulate General of the Republic of Korea", null, "CONSULATE_GENERAL", "Surabaya",
                        null, null, null))
                .person(new Person("Kim", "Min-jun", "KIM<<MIN<JUN", "X", null, "Busan",
                        List.of("KOR", "XXA", "GBD", "ZZZ", "D")))
                .document(new Document("REFUGEE_TRAVEL_DOCUMENT", "R123", "UNO", null))
                .stayPermit(new StayPermit("ITAS", "2C21JE0001-W", LocalDate.of(2027, 3, 1)))
                .arrest(new Arrest(null, null, null, null))
                .detention(new Detention("SOMETHING_ELSE", null, null, null, null))
                .charges(List.of(new Charge("KUHP", "362", "theft"), new Charge("UU 35/2009", null, null),
                        new Charge(null, null, "unspecified")))
                .language("zh-Hant").interpreterNeeded(null).contact(null)
                .zone(WIB, "WIB").sentAt(Instant.parse("2026-11-29T16:30:00Z"))
                .build());
        l.put("initial-wit-sent-after-midnight", () -> baliArrest().zone(WIT, "WIT")
                .sentAt(Instant.parse("2026-11-29T16:30:00Z"))
                .post(new Post("Honorary Consulate of Norway", "Konsulat Kehormatan Norwegia", "HONORARY_CONSULATE",
                        "Jayapura", null, null, "+62 967 000")).build());
        l.put("initial-unknown-post-type", () -> baliArrest()
                .post(new Post("the Mission of Somewhere", null, "MISSION", null, null, null, null)).build());
        l.put("initial-escaped-values", () -> baliArrest()
                .person(new Person("<script>alert('x')</script>", "Tom & \"Jerry\"", null, "F", null, null,
                        List.of("AUS")))
                .late("late \u0000 because <b>reasons</b>")
                .build());
        // a representative office (TETO): the plain letter
        l.put("teto-requested-opposes", () -> baliArrest().post(TETO).opposesConsularAccess(true).build());
        l.put("teto-kemlu-policy-minor-opposes", () -> baliArrest().post(TETO).basis(LetterBasis.KEMLU_POLICY_MINOR)
                .opposesConsularAccess(true).build());
        l.put("teto-death-penalty-follow-up", () -> baliArrest().post(TETO).kind(LetterKind.FOLLOW_UP)
                .basis(LetterBasis.DEATH_PENALTY_CASE).followUp(stage("DEATH_SENTENCE_IMPOSED")).build());
        l.put("teto-mandatory", () -> baliArrest().post(TETO).basis(LetterBasis.MANDATORY).instrument(AUS_INSTRUMENT).build());
        l.put("teto-article-42", () -> baliArrest().post(TETO).basis(LetterBasis.ARTICLE_42).build());
        l.put("teto-supervised-override", () -> baliArrest().post(TETO).basis(LetterBasis.SUPERVISED_OVERRIDE).build());
        l.put("teto-death", () -> death().post(TETO).build());
        l.put("teto-correction", () -> baliArrest().post(TETO).kind(LetterKind.CORRECTION)
                .correctsReference("D-01234/KONS/XI/2026/41").build());
        l.put("teto-correction-no-reference-draft", () -> baliArrest().post(TETO).kind(LetterKind.CORRECTION).sentAt(null)
                .build());
        // FOLLOW_UP
        l.put("follow-up-transfer", () -> baliArrest().kind(LetterKind.FOLLOW_UP).followUp(new FollowUp("TRANSFER",
                Instant.parse("2026-12-02T01:00:00Z"), new Detention("PRE_TRIAL_DETENTION", "RUTAN",
                "Rutan Kelas IIA Denpasar", null, "Bali"), null, null, "moved for trial")).build());
        l.put("follow-up-death-sentence-imposed", () -> baliArrest().kind(LetterKind.FOLLOW_UP).basis(LetterBasis.DEATH_PENALTY_CASE)
                .followUp(new FollowUp("DEATH_SENTENCE_IMPOSED", Instant.parse("2026-12-10T03:00:00Z"), null,
                        "Pengadilan Negeri Denpasar", null, null)).build());
        l.put("follow-up-clemency-decided-opposes", () -> baliArrest().kind(LetterKind.FOLLOW_UP).basis(LetterBasis.DEATH_PENALTY_CASE)
                .opposesConsularAccess(true)
                .followUp(new FollowUp("DEATH_SENTENCE_CLEMENCY_DECIDED", Instant.parse("2026-11-27T02:00:00Z"), null,
                        null, null, "Clemency refused by Presidential Decree")).build());
        l.put("follow-up-execution-scheduled", () -> baliArrest().kind(LetterKind.FOLLOW_UP).basis(LetterBasis.DEATH_PENALTY_CASE)
                .followUp(new FollowUp("EXECUTION_SCHEDULED", Instant.parse("2026-12-10T03:00:00Z"), null,
                        "Kejaksaan Negeri Cilacap", Instant.parse("2027-01-10T17:00:00Z"), null)).build());
        l.put("follow-up-deportation", () -> baliArrest().kind(LetterKind.FOLLOW_UP).basis(LetterBasis.MANDATORY)
                .instrument(AUS_INSTRUMENT)
                .followUp(new FollowUp("DEPORTATION", Instant.parse("2026-12-10T03:00:00Z"), null, null,
                        Instant.parse("2026-12-12T14:00:00Z"), "flight LH 779")).build());
        l.put("follow-up-hospital-scheduled", () -> baliArrest().kind(LetterKind.FOLLOW_UP)
                .followUp(new FollowUp("HOSPITAL_ADMISSION", Instant.parse("2026-12-10T03:00:00Z"),
                        new Detention("HOSPITAL_IN_CUSTODY", "HOSPITAL", "RSUP Prof. Ngoerah", "Jl. Diponegoro",
                                "Bali"), null, Instant.parse("2026-12-11T03:00:00Z"), null)).build());
        l.put("follow-up-death-in-custody", () -> baliArrest().kind(LetterKind.FOLLOW_UP).basis(LetterBasis.ARTICLE_37)
                .followUp(stage("DEATH_IN_CUSTODY")).build());
        l.put("follow-up-unknown-stage-kemlu-minor", () -> baliArrest().kind(LetterKind.FOLLOW_UP).basis(LetterBasis.KEMLU_POLICY_MINOR)
                .opposesConsularAccess(true).followUp(stage("SOMETHING_NEW")).build());
        // DEATH (Art. 37(a))
        l.put("death", () -> death().build());
        l.put("death-in-custody-cause-unknown", () -> death().death(new Death(LocalDate.of(2026, 11, 27), null,
                "Kuta", "Bali", null, null, null, true)).language(null).interpreterNeeded(null).build());
        l.put("death-no-date-no-document", () -> death().document(null).death(new Death(null, null, "Bali", "Bali",
                null, null, null, false)).contact(null).build());
        // GUARDIANSHIP (Art. 37(b))
        l.put("guardianship", () -> baliArrest().kind(LetterKind.GUARDIANSHIP).basis(LetterBasis.ARTICLE_37).arrest(null).detention(null)
                .charges(List.of()).guardianship(new Guardianship("UNACCOMPANIED_MINOR", "Shelter in Denpasar"))
                .build());
        l.put("guardianship-no-language", () -> baliArrest().kind(LetterKind.GUARDIANSHIP).basis(LetterBasis.ARTICLE_37).arrest(null)
                .detention(null).stayPermit(null).charges(List.of()).language(null).interpreterNeeded(null)
                .guardianship(new Guardianship("ADULT_LACKING_CAPACITY", null)).build());
        // WRECK_OR_AIR_ACCIDENT (Art. 37(c))
        l.put("wreck-vessel", () -> LetterFacts.builder().referenceNumber("D-00077/KONS/XII/2026/3")
                .kind(LetterKind.WRECK_OR_AIR_ACCIDENT).sentAt(Instant.parse("2026-12-05T00:00:00Z")).zone(WIT, "WIT")
                .post(new Post("Embassy of the Republic of the Philippines", null, "EMBASSY", "Jakarta", null, null,
                        null))
                .basis(LetterBasis.ARTICLE_37).wreck(vessel()).contact(CONTACT).build());
        l.put("wreck-aircraft-sparse", () -> LetterFacts.builder().referenceNumber("D-00078/KONS/XII/2026/4")
                .kind(LetterKind.WRECK_OR_AIR_ACCIDENT).sentAt(Instant.parse("2026-12-05T00:00:00Z")).zone(WITA, "WITA")
                .post(GERMAN_EMBASSY).basis(LetterBasis.ARTICLE_37)
                .wreck(new Wreck("AIRCRAFT", null, null, null, null, null, null, null, null, null)).build());
        l.put("wreck-unknown-craft", () -> LetterFacts.builder().referenceNumber("D-00079/KONS/XII/2026/5")
                .kind(LetterKind.WRECK_OR_AIR_ACCIDENT).sentAt(null).zone(WIB, "WIB").post(TETO).basis(LetterBasis.ARTICLE_37)
                .language("en").interpreterNeeded(false)
                .wreck(new Wreck(null, "Balloon One", null, Instant.parse("2026-12-04T12:00:00Z"), "Jakarta",
                        "DKI Jakarta", null, 0, null, null)).build());
        // CORRECTION
        l.put("correction", () -> baliArrest().kind(LetterKind.CORRECTION).correctsReference("D-01234/KONS/XI/2026/41").build());
        l.put("correction-no-reference-article-42", () -> baliArrest().kind(LetterKind.CORRECTION).basis(LetterBasis.ARTICLE_42)
                .opposesConsularAccess(true).build());
        l.put("correction-with-death", () -> death().kind(LetterKind.CORRECTION).basis(LetterBasis.ARTICLE_37)
                .correctsReference("D-01234/KONS/XI/2026/40").build());
        return l;
    }

    @TestFactory
    Stream<DynamicTest> everyLetterReadsExactlyAsItsGoldenFile() {
        List<DynamicTest> tests = new ArrayList<>();
        letters().forEach((name, facts) -> {
            for (String lang : List.of("id", "en")) {
                String file = name + "." + lang;
                tests.add(DynamicTest.dynamicTest(file + ".xhtml", () ->
                        compare(file + ".xhtml", letter.html(facts.get(), lang))));
                tests.add(DynamicTest.dynamicTest(file + ".pdf.txt", () ->
                        compare(file + ".pdf.txt", pdfText(letter.pdf(facts.get(), lang)))));
            }
        });
        return tests.stream();
    }

    private static void compare(String file, String actual) throws IOException {
        Path path = GOLDEN.resolve(file);
        if (WRITE) {
            Files.writeString(path, actual, StandardCharsets.UTF_8);
            return;
        }
        assertEquals(Files.readString(path, StandardCharsets.UTF_8), actual, file + " changed");
    }

    private static String pdfText(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
