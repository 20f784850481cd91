package id.go.wna.notification.letter;

import id.go.wna.notification.domain.letter.LetterBasis;
import id.go.wna.notification.domain.letter.LetterFacts;
import id.go.wna.notification.domain.letter.LetterFacts.Arrest;
import id.go.wna.notification.domain.letter.LetterKind;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The letter to the foreign post, rendered by its template and message bundles. */
@QuarkusTest
class NotificationLetterTest {

    @Inject
    NotificationLetter letter;

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    private static final Pattern NULL_WORD = Pattern.compile("\\bnull\\b");

    /** A German tourist arrested by Imigrasi at Bali's airport on 28 November 2026, 10.30 WITA. */
    private static LetterFacts.Builder baliArrest() {
        return LetterFacts.builder()
                .referenceNumber("D-01234/KONS/XI/2026/42")
                .kind(LetterKind.INITIAL)
                .sentAt(Instant.parse("2026-11-29T06:05:00Z"))
                .zone(WITA, "WITA")
                .post(new Post("Embassy of the Federal Republic of Germany", "Kedutaan Besar Republik Federal Jerman",
                        "EMBASSY", "Jakarta", "Jl. M.H. Thamrin No. 1, Jakarta Pusat 10310", "info@jakarta.diplo.de",
                        "+62 21 390 1757"))
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
                .contact(new ContactOfficer("Rina Wulandari", "Direktorat Konsuler, Kementerian Luar Negeri",
                        "+62 21 344 1508", "konsuler@kemlu.go.id"));
    }

    private static LetterFacts.Builder death() {
        return baliArrest().kind(LetterKind.DEATH).basis(LetterBasis.ARTICLE_37).arrest(null).detention(null).charges(List.of())
                .stayPermit(null)
                .death(new Death(LocalDate.of(2026, 11, 27), Instant.parse("2026-11-27T13:40:00Z"),
                        "RSUP Prof. Dr. I.G.N.G. Ngoerah, Denpasar", "Bali", "Cardiac arrest (as certified)",
                        "Instalasi Kedokteran Forensik RSUP Prof. Ngoerah, Denpasar",
                        List.of(new NextOfKin("Anna Müller", "SPOUSE", "+49 40 1234567", "DEU")), false));
    }

    private String html(LetterFacts facts, String lang) {
        String html = letter.html(facts, lang);
        assertFalse(NULL_WORD.matcher(html).find(), "the letter never prints null:\n" + html);
        return html;
    }

    private static void assertContains(String html, String... expected) {
        for (String e : expected) {
            assertTrue(html.contains(e), () -> "expected <" + e + "> in:\n" + html);
        }
    }

    @Test
    void theIndonesianLetterCarriesTheFactsWithWitaTimesAndIndonesianMonths() {
        String html = html(baliArrest().build(), "id");
        assertContains(html,
                "lang=\"id\"",
                "Kementerian Luar Negeri Republik Indonesia menyampaikan salam hormat kepada Kedutaan Besar Republik "
                        + "Federal Jerman dan dengan hormat memberitahukan bahwa Hans Peter MÜLLER, warga negara "
                        + "Jerman, telah ditangkap dan saat ini ditahan oleh otoritas Republik Indonesia",
                "Kementerian Luar Negeri Republik Indonesia menggunakan kesempatan ini untuk menyampaikan kembali "
                        + "kepada Kedutaan Besar Republik Federal Jerman jaminan penghormatan yang setinggi-tingginya.",
                "D-01234/KONS/XI/2026/42",
                "29 November 2026 14.05 WITA",          // sent
                "28 November 2026 10.30 WITA",          // arrested
                "Müller", "Hans Peter", "MULLER&lt;&lt;HANS&lt;PETER",
                "Laki-laki", "2 Januari 1990, Hamburg", "Jerman (DEU)",
                "Paspor", "C01X00T47", "14 Januari 2031",
                "Izin Tinggal Kunjungan (ITK)", "20 November 2026",
                "Bandara Internasional I Gusti Ngurah Rai, Badung, Bali",
                "Kantor Imigrasi Kelas I Khusus TPI Ngurah Rai",
                "Detensi imigrasi", "Tempat</td><td>Rumah Detensi Imigrasi Denpasar",
                "Jenis tempat</td><td>Rumah Detensi Imigrasi (Rudenim)",
                "Jl. Uluwatu No. 1, Jimbaran",
                "UU 6/2011 Pasal 119",
                "atas permintaan yang bersangkutan", "Pasal 36 ayat (1) huruf b",
                "Undang-Undang Nomor 1 Tahun 1982",
                "Jerman (de)", "Memerlukan juru bahasa</td><td>Ya",
                "Rina Wulandari", "konsuler@kemlu.go.id",
                "Jakarta, 29 November 2026");
        assertFalse(html.contains("IMMIGRATION_DETENTION") || html.contains(">RUDENIM") || html.contains(">PASSPORT"),
                "codes are translated to words");
    }

    @Test
    void theEnglishLetterCarriesTheFactsInEnglish() {
        String html = html(baliArrest().build(), "en");
        assertContains(html,
                "lang=\"en\"",
                "The Ministry of Foreign Affairs of the Republic of Indonesia presents its compliments to the Embassy "
                        + "of the Federal Republic of Germany and has the honour to inform the Embassy that Hans Peter "
                        + "MÜLLER, a national of Germany, has been arrested",
                "avails itself of this opportunity to renew to the Embassy of the Federal Republic of Germany the "
                        + "assurances of its highest consideration.",
                "D-01234/KONS/XI/2026/42",
                "29 November 2026, 14:05 WITA", "28 November 2026, 10:30 WITA",
                "MULLER&lt;&lt;HANS&lt;PETER", "Male", "2 January 1990, Hamburg", "Germany (DEU)",
                "Passport", "C01X00T47", "14 January 2031", "Visit stay permit (ITK)",
                "Immigration detention", "Immigration detention centre (Rudenim)", "Rumah Detensi Imigrasi Denpasar",
                "UU 6/2011 Article 119",
                "at the request of the person concerned", "Article 36(1)(b)", "Law No. 1 of 1982",
                "German (de)", "Interpreter needed</td><td>Yes");
    }

    private static final String AUS_INSTRUMENT =
            "Indonesia-Australia consular notification arrangement (Memorandum of Understanding, believed 2010) [check: name and date]";

    @Test
    void aMandatoryNoticeSaysItIsMandatoryAndThatTheDetaineesObjectionWasRecorded() {
        LetterFacts facts = baliArrest().basis(LetterBasis.MANDATORY).instrument(AUS_INSTRUMENT).opposesConsularAccess(true).build();
        assertContains(html(facts, "id"), "Pemberitahuan ini wajib disampaikan",
                "tanpa bergantung pada permintaan atau kehendak yang bersangkutan",
                "Penolakan tersebut telah dicatat", "tetap disampaikan karena bersifat wajib",
                "Pasal 36 ayat (1) huruf c");
        assertContains(html(facts, "en"), "This notification is mandatory",
                "irrespective of the request or wishes of the person concerned",
                "The objection has been recorded", "nevertheless made because it is mandatory",
                "Article 36(1)(c)");
    }

    @Test
    void aMandatoryLetterCitesOnlyTheInstrumentTheRegimeHasWithItsCheckMark() {
        LetterFacts facts = baliArrest().basis(LetterBasis.MANDATORY).instrument(AUS_INSTRUMENT).build();
        for (String lang : List.of("id", "en")) {
            String html = html(facts, lang);
            assertContains(html, "Indonesia-Australia consular notification arrangement", "[check: name and date]");
            assertFalse(html.contains("pengaturan kekonsuleran bilateral") || html.contains("a bilateral arrangement")
                    || html.contains("the bilateral consular arrangement"), lang + ": no arrangement in general words");
        }
        assertThrows(IllegalArgumentException.class, () -> baliArrest().basis(LetterBasis.MANDATORY).build(),
                "a mandatory letter without its instrument");
    }

    @Test
    void aDeathPenaltyFollowUpOwedDespiteARefusalNeverSaysThePersonAsked() {
        LetterFacts facts = baliArrest().kind(LetterKind.FOLLOW_UP).basis(LetterBasis.DEATH_PENALTY_CASE)
                .followUp(new FollowUp("DEATH_SENTENCE_CLEMENCY_DECIDED", Instant.parse("2026-11-27T02:00:00Z"), null, null, null,
                        "Clemency refused by Presidential Decree"))
                .build();
        String id = html(facts, "id");
        String en = html(facts, "en");
        assertContains(id, "menghadapi ancaman pidana mati", "tanpa bergantung pada permintaan atau kehendak yang bersangkutan");
        assertContains(en, "faces the death penalty", "irrespective of the request or wishes of the person concerned",
                "Death-penalty case: every stage is notified");
        assertFalse(en.contains("at the request of the person concerned") || en.contains("Requested by the person concerned"));
        assertFalse(id.contains("atas permintaan yang bersangkutan") || id.contains("Atas permintaan yang bersangkutan"));
    }

    @Test
    void aRepresentativeOfficeGetsAPlainCourtesyLetterNeverADiplomaticNoteCitingTheVccr() {
        LetterFacts facts = baliArrest().basis(LetterBasis.REQUESTED).opposesConsularAccess(true)
                .post(new Post("Taipei Economic and Trade Office in Jakarta", null, "REPRESENTATIVE_OFFICE", "Jakarta", null, null, null))
                .build();
        String id = html(facts, "id");
        String en = html(facts, "en");
        assertContains(id, ">SURAT<", "Informasi ini disampaikan sebagai bentuk itikad baik, atas permintaan yang bersangkutan",
                "Kementerian mohon agar keinginan tersebut dihormati");
        assertContains(en, ">LETTER<", "This information is provided as a courtesy, at the request of the person concerned",
                "wishes to inform the Taipei Economic and Trade Office in Jakarta that", "thanks the Taipei Economic and Trade Office");
        for (String html : List.of(id, en)) {
            assertFalse(html.contains("NOTA DIPLOMATIK") || html.contains("DIPLOMATIC NOTE"), "not a diplomatic note");
            assertFalse(html.contains("Vienna") || html.contains("Wina") || html.contains("UU 1/1982"), "no VCCR cited to the office");
            assertFalse(html.contains("presents its compliments") || html.contains("highest consideration"), "no note formulas");
        }
        // An embassy still gets the diplomatic note.
        assertContains(html(baliArrest().build(), "en"), "DIPLOMATIC NOTE", "Vienna Convention");
    }

    @Test
    void aDetainedChildOfAnOnRequestCountryIsNotifiedAsKemluPolicyNeverAsABilateralArrangement() {
        LetterFacts facts = baliArrest().basis(LetterBasis.KEMLU_POLICY_MINOR).opposesConsularAccess(true).build();
        String id = html(facts, "id");
        String en = html(facts, "en");
        assertContains(id, "kebijakan Kementerian Luar Negeri Republik Indonesia", "penahanan seorang anak",
                "Kebijakan Kementerian");
        assertContains(en, "in accordance with the policy of the Ministry of Foreign Affairs",
                "Ministry policy: the detention of a child is always notified", "under the Ministry's policy for children");
        for (String html : List.of(id, en)) {
            assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("bilateral"), "no bilateral arrangement is cited");
            assertFalse(html.contains("at the request of") || html.contains("atas permintaan yang bersangkutan"),
                    "the child did not ask");
        }
    }

    @Test
    void aDeathLetterCarriesTheCauseTheRemainsAndTheNextOfKinAndOffersRepatriation() {
        LetterFacts facts = death().build();
        assertContains(html(facts, "id"), "Pemberitahuan kematian",
                "Hans Peter MÜLLER, warga negara Jerman, telah meninggal dunia di "
                        + "Indonesia pada tanggal 27 November 2026", "Pasal 37 huruf a", "27 November 2026 21.40 WITA",
                "Cardiac arrest (as certified)", "Instalasi Kedokteran Forensik RSUP Prof. Ngoerah, Denpasar",
                "Anna Müller, Suami/istri, +49 40 1234567, Jerman (DEU)", "pemulangan (repatriasi) jenazah");
        assertContains(html(facts, "en"), "Notification of the death",
                "has the honour to inform the Embassy, with deep regret, of the death of Hans Peter "
                        + "MÜLLER, a national of Germany, in Indonesia on 27 November 2026, as set out below",
                "Article 37(a)", "Cardiac arrest (as certified)", "Location of the remains",
                "Anna Müller, Spouse", "repatriation of the remains");

        LetterFacts causeUnknown = death().death(new Death(LocalDate.of(2026, 11, 27), null, "Kuta", "Bali", null,
                null, null, true)).build();
        assertContains(html(causeUnknown, "id"), "Penyebab kematian</td><td>belum diketahui",
                "Lokasi jenazah</td><td>tidak diketahui", "Keluarga terdekat</td><td>tidak ada yang diketahui",
                "dalam masa penahanan");
        assertContains(html(causeUnknown, "en"), "Cause of death</td><td>not yet known",
                "in Indonesia on 27 November 2026, while in custody, as set out below");
    }

    @Test
    void aLateNoticeSaysItIsLateAndWhy() {
        LetterFacts facts = baliArrest()
                .late("the person was identified as a foreign national only on 29 November 2026").build();
        assertContains(html(facts, "id"), "PEMBERITAHUAN TERLAMBAT", "disampaikan terlambat",
                "the person was identified as a foreign national only on 29 November 2026");
        assertContains(html(facts, "en"), "LATE NOTIFICATION", "This notification is late");
        assertFalse(Pattern.compile("(?i)\\blate\\b").matcher(html(baliArrest().build(), "en")).find(),
                "an on-time notice says nothing of lateness");
    }

    @Test
    void everyValueFromTheFactsIsEscapedAndTheDocumentStaysWellFormed() throws Exception {
        LetterFacts facts = baliArrest()
                .person(new Person("<script>alert('x')</script>", "Tom & \"Jerry\"", null, "F", null, null,
                        List.of("AUS")))
                .late("late \u0000 because <b>reasons</b>")
                .build();
        for (String lang : List.of("id", "en")) {
            String html = html(facts, lang);
            assertFalse(html.contains("<script"), html);
            assertFalse(html.contains("<b>"), html);
            assertContains(html, "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "Tom &amp; &quot;Jerry&quot;",
                    "&lt;b&gt;reasons&lt;/b&gt;");
            assertDoesNotThrow(() -> DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8))), "well-formed XHTML");
        }
        assertPdf(letter.pdf(facts, "en"), "<script>alert('x')</script>", "Tom & \"Jerry\"");
    }

    @Test
    void missingOptionalFactsReadNotKnownAndNeverNull() {
        LetterFacts sparse = LetterFacts.builder()
                .referenceNumber("D-00001/KONS/XI/2026/1").kind(LetterKind.INITIAL).sentAt(null).zone(WITA, "WITA")
                .post(new Post("Embassy of Australia", null, null, null, null, null, null))
                .person(new Person("Smith", null, null, null, null, null, null))
                .basis(LetterBasis.REQUESTED)
                .build();
        String id = html(sparse, "id");
        assertContains(id, "tidak diketahui", "DRAF - BELUM DIKIRIM", "belum dikirim (draf)",
                "Dokumen perjalanan</td><td>tidak ada yang diketahui", "Pasal yang disangkakan</td><td>belum diketahui",
                "Embassy of Australia");
        String en = html(sparse, "en");
        assertContains(en, "not known", "DRAFT - NOT SENT", "Date and time</td><td>not known",
                "Statute and article</td><td>not yet known");
    }

    @Test
    void theOtherKindsOfLetterCarryTheirOwnFacts() {
        LetterFacts followUp = baliArrest().kind(LetterKind.FOLLOW_UP).followUp(new FollowUp("TRANSFER",
                Instant.parse("2026-12-02T01:00:00Z"), new Detention("PRE_TRIAL_DETENTION", "RUTAN",
                "Rutan Kelas IIA Denpasar", null, "Bali"), null, null, "moved for trial")).build();
        assertContains(html(followUp, "en"), "Follow-up notification: Transfer to another place of detention",
                "2 December 2026, 09:00 WITA", "Rutan Kelas IIA Denpasar", "Remand centre (Rutan)", "moved for trial");
        assertContains(html(followUp, "id"), "perkembangan lebih lanjut", "2 Desember 2026 09.00 WITA");

        LetterFacts sentence = baliArrest().kind(LetterKind.FOLLOW_UP).followUp(new FollowUp("DEATH_SENTENCE_IMPOSED",
                Instant.parse("2026-12-10T03:00:00Z"), null, "Pengadilan Negeri Denpasar", null, null)).build();
        assertContains(html(sentence, "en"), "Death sentence imposed", "Pengadilan Negeri Denpasar",
                "every further stage");

        LetterFacts wreck = LetterFacts.builder().referenceNumber("D-00077/KONS/XII/2026/3")
                .kind(LetterKind.WRECK_OR_AIR_ACCIDENT).sentAt(Instant.parse("2026-12-05T00:00:00Z"))
                .zone(ZoneId.of("Asia/Jayapura"), "WIT")
                .post(new Post("Embassy of the Republic of the Philippines", null, "EMBASSY", "Jakarta", null, null,
                        null))
                .basis(LetterBasis.ARTICLE_37)
                .wreck(new Wreck("VESSEL", "MV Mabuhay Star", "IMO 9123456", Instant.parse("2026-12-04T12:00:00Z"),
                        "off Sorong", "Papua Barat Daya", 14, 2, 3, null))
                .build();
        String wreckEn = html(wreck, "en");
        assertContains(wreckEn, "the vessel MV Mabuhay Star (registration IMO 9123456) has been wrecked",
                "4 December 2026, 21:00 WIT", "Article 37(c)", "off Sorong, Papua Barat Daya",
                "Persons on board</td><td>14", "Missing</td><td>3");
        assertFalse(wreckEn.contains("Identity"), "a wreck letter without a person has no identity section");
        assertContains(html(wreck, "id"), "kapal MV Mabuhay Star (registrasi IMO 9123456) telah mengalami kecelakaan",
                "Pasal 37 huruf c");

        LetterFacts guardianship = baliArrest().kind(LetterKind.GUARDIANSHIP).basis(LetterBasis.ARTICLE_37).arrest(null).detention(null)
                .charges(List.of()).guardianship(new Guardianship("UNACCOMPANIED_MINOR", "Shelter in Denpasar"))
                .build();
        assertContains(html(guardianship, "en"), "Article 37(b)", "Unaccompanied minor", "Shelter in Denpasar");
        assertContains(html(guardianship, "id"), "Anak di bawah umur tanpa pendamping", "wali atau pengampu");

        LetterFacts correction = baliArrest().kind(LetterKind.CORRECTION).correctsReference("D-01234/KONS/XI/2026/41").build();
        assertContains(html(correction, "en"), "This note corrects the Ministry's Note No. D-01234/KONS/XI/2026/41");
        assertContains(html(correction, "id"), "Nota ini meralat nota Kementerian Nomor D-01234/KONS/XI/2026/41");

        LetterFacts consularOfficer = baliArrest().basis(LetterBasis.ARTICLE_42).build();
        assertContains(html(consularOfficer, "en"), "a member of the consular staff of the Embassy", "Article 42");
    }

    @Test
    void aKindWithoutItsFactsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> baliArrest().kind(LetterKind.DEATH).build());
        assertThrows(IllegalArgumentException.class, () -> baliArrest().kind(LetterKind.FOLLOW_UP).build());
        assertThrows(IllegalArgumentException.class, () -> LetterKind.valueOf("ARREST"));
        assertThrows(IllegalArgumentException.class, () -> LetterBasis.valueOf("WHATEVER"));
        assertThrows(IllegalArgumentException.class, () -> baliArrest().person(null).build());
    }

    @Test
    void thePdfIsAPdfWhoseTextHoldsTheNameAndTheReference() throws IOException {
        LetterFacts facts = baliArrest().build();
        byte[] id = letter.pdf(facts, "id");
        String text = assertPdf(id, "D-01234/KONS/XI/2026/42");
        assertContains(text, "Müller", "MÜLLER", "Rumah Detensi Imigrasi Denpasar", "29 November 2026 14.05 WITA",
                "UU 6/2011 Pasal 119");
        assertPdf(letter.pdf(facts, "en"), "Hans Peter MÜLLER", "D-01234/KONS/XI/2026/42");
    }

    @Test
    void aVietnameseNameIsPrintedInThePdf() throws IOException {
        LetterFacts facts = baliArrest()
                .post(new Post("Embassy of the Socialist Republic of Viet Nam", null, "EMBASSY", "Jakarta", null,
                        null, null))
                .person(new Person("Nguyễn", "Văn Đức", "NGUYEN<<VAN<DUC", "M", LocalDate.of(1985, 7, 9),
                        "Hà Nội", List.of("VNM"))).build();
        assertPdf(letter.pdf(facts, "id"), "Nguyễn", "Văn Đức", "Hà Nội");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "ID", "", "en-GB"})
    void anUnsupportedLanguageIsRejected(String lang) {
        LetterFacts facts = baliArrest().build();
        assertThrows(IllegalArgumentException.class, () -> letter.html(facts, lang));
        assertThrows(IllegalArgumentException.class, () -> letter.pdf(facts, lang));
    }

    @Test
    void aMissingLanguageIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> letter.html(baliArrest().build(), null));
    }

    private static String assertPdf(byte[] pdf, String... expected) throws IOException {
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // lines wrap where the layout wants: compare with single spaces
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            for (String e : expected) {
                if (!text.contains(e)) {
                    fail("expected <" + e + "> in the PDF's text:\n" + text);
                }
            }
            return text;
        }
    }
}
