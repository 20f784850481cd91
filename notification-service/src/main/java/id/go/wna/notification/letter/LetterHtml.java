package id.go.wna.notification.letter;

import id.go.wna.notification.domain.letter.LetterBasis;
import id.go.wna.notification.domain.letter.LetterFacts;
import id.go.wna.notification.domain.letter.LetterFacts.Detention;
import id.go.wna.notification.domain.letter.LetterKind;
import id.go.wna.notification.domain.letter.LetterFacts.Person;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes the letter as one self-contained, well-formed XHTML document (inline CSS, A4 print layout) that browsers show
 * as HTML and openhtmltopdf turns into PDF. Every value from the facts goes through {@link #esc(String)}.
 */
final class LetterHtml {

    /** The ministry's name in the formulas of the note: the note's own author, so part of the template. */
    private static final String MINISTRY_ID = "Kementerian Luar Negeri Republik Indonesia";
    private static final String MINISTRY_EN = "The Ministry of Foreign Affairs of the Republic of Indonesia";
    /** Notes are dated in Jakarta, where the Ministry sits. */
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private static final String CSS = """
            @page { size: A4; margin: 20mm 22mm 22mm 22mm;
              @bottom-right { content: "PAGE " counter(page) " OF " counter(pages);
                font-family: 'DejaVu Serif', serif; font-size: 8pt; } }
            body { font-family: 'DejaVu Serif', 'Times New Roman', serif; font-size: 10.5pt; line-height: 1.4;
              color: #000; margin: 0; }
            @media screen { body { max-width: 170mm; margin: 12mm auto; padding: 0 8mm; } }
            .letterhead { text-align: center; border-bottom: 1.5pt solid #000; padding-bottom: 4pt;
              margin-bottom: 10pt; }
            .ministry { font-weight: bold; font-size: 13pt; letter-spacing: 0.5pt; }
            .note-type { font-size: 9.5pt; margin-top: 2pt; }
            .banner { border: 1pt solid #000; padding: 4pt; margin: 0 0 8pt 0; font-weight: bold;
              text-align: center; }
            table { border-collapse: collapse; width: 100%; }
            td { vertical-align: top; word-wrap: break-word; }
            table.meta { margin-bottom: 10pt; }
            table.meta td { padding: 1pt 4pt 1pt 0; }
            table.meta td.label { width: 28%; }
            table.facts { margin-bottom: 6pt; }
            table.facts td { border: 0.5pt solid #888; padding: 2pt 4pt; }
            table.facts td.label { width: 38%; }
            tr { page-break-inside: avoid; }
            h2 { font-size: 10.5pt; font-weight: bold; margin: 10pt 0 3pt 0; page-break-after: avoid; }
            p { text-align: justify; margin: 0 0 6pt 0; }
            p.formula { text-indent: 10mm; }
            ul { margin: 0; padding-left: 14pt; }
            .nowrap { white-space: nowrap; }
            .place-date { margin-top: 14pt; }
            .seal { margin-top: 18pt; font-size: 9pt; }
            """;

    private final LetterFacts f;
    private final LetterWords w;
    private final StringBuilder out = new StringBuilder(16_384);

    private LetterHtml(LetterFacts facts, String lang) {
        this.f = facts;
        this.w = new LetterWords(lang, facts.zone(), facts.zoneAbbreviation());
    }

    static String render(LetterFacts facts, String lang) {
        return new LetterHtml(facts, lang).document();
    }

    // ------------------------------------------------------------------------------------------ the document

    private String document() {
        String lang = w.lang();
        out.append("<!DOCTYPE html>\n");
        out.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(lang).append("\" xml:lang=\"")
                .append(lang).append("\">\n<head>\n<meta charset=\"UTF-8\"/>\n<title>")
                .append(esc((plain() ? w.t("Surat ", "Letter ") : w.t("Nota ", "Note ")) + f.referenceNumber() + " - "
                        + subject())).append("</title>\n")
                .append("<style>\n")
                .append(CSS.replace("\"PAGE \"", "\"" + w.t("Halaman", "Page") + " \"")
                        .replace("\" OF \"", "\" " + w.t("dari", "of") + " \""))
                .append("</style>\n</head>\n<body>\n");

        out.append("<div class=\"letterhead\"><div class=\"ministry\">")
                .append(w.t("KEMENTERIAN LUAR NEGERI<br/>REPUBLIK INDONESIA",
                        "MINISTRY OF FOREIGN AFFAIRS<br/>OF THE REPUBLIC OF INDONESIA"))
                .append("</div><div class=\"note-type\">")
                .append(plain() ? w.t("SURAT", "LETTER") : w.t("NOTA DIPLOMATIK", "DIPLOMATIC NOTE"))
                .append("</div></div>\n");

        if (f.draft()) {
            out.append("<div class=\"banner\">").append(w.t("DRAF - BELUM DIKIRIM", "DRAFT - NOT SENT"))
                    .append("</div>\n");
        }
        if (present(f.late())) {
            out.append("<div class=\"banner\">")
                    .append(w.t("PEMBERITAHUAN TERLAMBAT", "LATE NOTIFICATION")).append("</div>\n");
        }

        meta();
        opening();
        paragraph(legalBasis());
        if (f.kind() == LetterKind.CORRECTION) {
            paragraph(correction());
        }
        if (present(f.late())) {
            paragraph(w.t("Pemberitahuan ini disampaikan terlambat, setelah lewat batas waktunya. Keterangan: ",
                    "This notification is late: it is sent after its deadline. Explanation: ")
                    + esc(f.late().trim()));
        }
        sections();
        afterword();
        closing();
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private void meta() {
        out.append("<table class=\"meta\">\n");
        metaRow(w.t("Nomor", "Number"), esc(f.referenceNumber()));
        metaRow(w.t("Perihal", "Subject"), esc(subject()));
        metaRow(w.t("Waktu pengiriman", "Sent"), f.draft()
                ? esc(w.t("belum dikirim (draf)", "not yet sent (draft)"))
                : esc(w.dateTime(f.sentAt())));
        LetterFacts.Post p = f.post();
        List<String> lines = new ArrayList<>();
        lines.add(esc(postName()));
        if (present(p.address())) {
            lines.add(esc(p.address()));
        }
        if (present(p.city())) {
            lines.add(esc(p.city()));
        }
        if (present(p.email())) {
            lines.add(esc(w.t("Surel: ", "E-mail: ") + p.email()));
        }
        if (present(p.fax())) {
            lines.add(esc(w.t("Faksimile: ", "Fax: ") + p.fax()));
        }
        metaRow(w.t("Kepada", "To"), String.join("<br/>", lines));
        out.append("</table>\n");
    }

    private void metaRow(String label, String valueHtml) {
        out.append("<tr><td class=\"label\">").append(esc(label)).append("</td><td>").append(valueHtml)
                .append("</td></tr>\n");
    }

    private String subject() {
        return switch (f.kind()) {
            case INITIAL -> f.basis() == LetterBasis.ARTICLE_42
                    ? w.t("Penangkapan atau penahanan anggota staf konsuler",
                    "Arrest or detention of a member of the consular staff")
                    : w.t("Pemberitahuan kekonsuleran: penangkapan dan penahanan warga negara asing",
                    "Consular notification: arrest and detention of a foreign national");
            case FOLLOW_UP -> w.t("Pemberitahuan lanjutan: ", "Follow-up notification: ")
                    + w.code("stage", f.followUp().stage());
            case DEATH -> w.t("Pemberitahuan kematian warga negara asing",
                    "Notification of the death of a foreign national");
            case GUARDIANSHIP -> w.t("Pemberitahuan perlunya penunjukan wali atau pengampu",
                    "Notification: appointment of a guardian or trustee");
            case WRECK_OR_AIR_ACCIDENT -> w.t("Pemberitahuan kecelakaan kapal atau pesawat udara",
                    "Notification of a wreck or air accident");
            default -> w.t("Ralat pemberitahuan kekonsuleran", "Correction of a consular notification");
        };
    }

    // ------------------------------------------------------------------------------------------ the formulas

    private void opening() {
        String post = esc(postName());
        String who = esc(subjectPerson(false));
        String whoClosed = esc(subjectPerson(true));
        String name = esc(personName());
        String ministry = w.t(MINISTRY_ID, MINISTRY_EN);
        String start = plain() ? w.t(ministry + " dengan hormat memberitahukan kepada " + post + " ",
                ministry + " wishes to inform the " + stripThe(post) + (f.kind() == LetterKind.DEATH ? "" : " "))
                : w.t(ministry + " menyampaikan salam hormat kepada " + post + " dan dengan hormat "
                        + "memberitahukan ",
                ministry + " presents its compliments to the " + stripThe(post) + " and has the honour to inform "
                        + "the " + esc(postShort()) + (f.kind() == LetterKind.DEATH ? "" : " "));
        String rest = switch (f.kind()) {
            case INITIAL -> f.basis() == LetterBasis.ARTICLE_42
                    ? w.t("bahwa " + name + ", anggota staf konsuler " + post + ", telah ditangkap dan saat ini "
                            + "ditahan oleh otoritas Republik Indonesia, dengan rincian sebagai berikut.",
                    "that " + name + ", a member of the consular staff of the " + stripThe(post) + ", has been "
                            + "arrested and is detained by the authorities of the Republic of Indonesia, as set out "
                            + "below.")
                    : w.t("bahwa " + whoClosed + " telah ditangkap dan saat ini ditahan oleh otoritas Republik "
                            + "Indonesia, "
                            + "dengan rincian sebagai berikut.",
                    "that " + whoClosed + " has been arrested and is detained by the authorities of the Republic of "
                            + "Indonesia, as set out below.");
            case FOLLOW_UP -> w.t("perkembangan lebih lanjut mengenai " + whoClosed + " yang penahanannya telah "
                            + "diberitahukan sebelumnya: " + esc(lower(w.code("stage", f.followUp().stage()))) + ".",
                    "of a further development concerning " + whoClosed + " whose detention was notified earlier: "
                            + esc(lower(w.code("stage", f.followUp().stage()))) + ".");
            case DEATH -> {
                String on = f.death().diedOn() != null ? esc(w.date(f.death().diedOn())) : null;
                yield w.t("dengan rasa duka yang mendalam bahwa " + whoClosed + " telah meninggal dunia di Indonesia"
                                + (f.death().inCustody() ? " dalam masa penahanan" : "")
                                + (on != null ? " pada tanggal " + on : "") + ", dengan rincian sebagai berikut.",
                        ", with deep regret, of the death of " + whoClosed + " in Indonesia"
                                + (on != null ? " on " + on : "")
                                + (f.death().inCustody() ? ", while in custody" : "") + ", as set out below.");
            }
            case GUARDIANSHIP -> w.t("bahwa penunjukan wali atau pengampu tampaknya diperlukan demi kepentingan "
                            + who + ", dengan rincian sebagai berikut.",
                    "that the appointment of a guardian or trustee appears to be in the interests of " + who
                            + ", as set out below.");
            case WRECK_OR_AIR_ACCIDENT -> wreckOpening();
            default -> w.t("ralat atas pemberitahuan sebelumnya mengenai " + who + ".",
                    "of a correction to its earlier notification concerning " + who + ".");
        };
        out.append("<p class=\"formula\">").append(start).append(rest).append("</p>\n");
    }

    private String wreckOpening() {
        LetterFacts.Wreck k = f.wreck();
        boolean aircraft = "AIRCRAFT".equalsIgnoreCase(k.craftType());
        String craftWords = lower(Objects.requireNonNullElse(w.code("craft", k.craftType()),
                w.t("kapal atau pesawat udara", "vessel or aircraft")));
        String name = present(k.craft()) ? " " + esc(k.craft()) : "";
        String reg = present(k.registration())
                ? w.t(" (registrasi " + esc(k.registration()) + ")", " (registration " + esc(k.registration()) + ")")
                : "";
        String when = k.occurredAt() != null ? w.t(" pada ", " on ") + esc(w.dateTime(k.occurredAt())) : "";
        return w.t("bahwa " + craftWords + name + reg + " telah mengalami kecelakaan"
                        + (aircraft ? "" : " (karam atau kandas)") + " di wilayah Republik Indonesia" + when
                        + ", dengan rincian sebagai berikut.",
                "that the " + craftWords + name + reg + (aircraft ? " has suffered an accident"
                        : " has been wrecked or has run aground") + " in the territory of the Republic of Indonesia"
                        + when + ", as set out below.");
    }

    private void closing() {
        String post = esc(postName());
        if (plain()) {
            out.append("<p class=\"formula\">").append(w.t("Atas perhatian " + post + ", Kementerian menyampaikan terima "
                    + "kasih.", "The Ministry thanks the " + stripThe(post) + " for its attention.")).append("</p>\n");
        } else {
            out.append("<p class=\"formula\">").append(w.t(
                    MINISTRY_ID + " menggunakan kesempatan ini untuk menyampaikan kembali kepada " + post
                            + " jaminan penghormatan yang setinggi-tingginya.",
                    MINISTRY_EN + " avails itself of this opportunity to renew to the " + stripThe(post)
                            + " the assurances of its highest consideration.")).append("</p>\n");
        }
        String dated = f.draft() ? "...................." : esc(w.date(f.sentAt(), JAKARTA));
        out.append("<p class=\"place-date\">Jakarta, ").append(dated).append("</p>\n");
        out.append("<p class=\"seal\">").append(w.t("(cap dan paraf)", "(seal and initials)")).append("</p>\n");
    }

    /**
     * A representative office of a state Indonesia has no diplomatic relations with (TETO for Taiwan) gets a plain
     * letter, not a diplomatic note, and no treaty is cited as owed to it: the information is a courtesy.
     */
    private boolean plain() {
        return "REPRESENTATIVE_OFFICE".equals(f.post().type());
    }

    private String courtesy() {
        String why = switch (f.basis()) {
            case REQUESTED -> w.t(", atas permintaan yang bersangkutan.", ", at the request of the person concerned.");
            case KEMLU_POLICY_MINOR -> w.t(", sesuai dengan kebijakan Kementerian bagi anak yang ditahan.",
                    ", in keeping with the Ministry's policy for detained children.");
            case DEATH_PENALTY_CASE -> w.t(", karena yang bersangkutan menghadapi ancaman pidana mati: Kementerian "
                    + "menyampaikan setiap tahap perkara tersebut.", ", as the person concerned faces the death penalty: "
                    + "the Ministry communicates every stage of such a case.");
            default -> ".";
        };
        return w.t("Informasi ini disampaikan sebagai bentuk itikad baik" + why,
                "This information is provided as a courtesy" + why);
    }

    private String legalBasis() {
        if (plain()) {
            return courtesy();
        }
        String vccr = w.t("Konvensi Wina mengenai Hubungan Konsuler 1963, yang telah disahkan dengan Undang-Undang "
                        + "Nomor 1 Tahun 1982 (<span class=\"nowrap\">UU 1/1982</span>)",
                "the Vienna Convention on Consular Relations of 1963, to which Indonesia is a party by Law No. 1 of "
                        + "1982 (<span class=\"nowrap\">UU 1/1982</span>)");
        return switch (f.basis()) {
            case REQUESTED -> w.t("Pemberitahuan ini disampaikan atas permintaan yang bersangkutan, sesuai dengan "
                            + "Pasal 36 ayat (1) huruf b " + vccr + ".",
                    "This notification is made at the request of the person concerned, in accordance with Article "
                            + "36(1)(b) of " + vccr + ".");
            case MANDATORY -> w.t("Pemberitahuan ini wajib disampaikan berdasarkan " + esc(f.instrument())
                            + ", tanpa bergantung pada permintaan atau kehendak yang bersangkutan, sejalan dengan "
                            + "Pasal 36 ayat (1) huruf b " + vccr + ".",
                    "This notification is mandatory under the " + esc(stripThe(f.instrument())) + ", and is made "
                            + "irrespective of the request or wishes of the person concerned, consistent with "
                            + "Article 36(1)(b) of " + vccr + ".");
            // Owed whatever the person said: the letter must not say the person asked.
            case DEATH_PENALTY_CASE -> w.t("Pemberitahuan ini disampaikan karena yang bersangkutan menghadapi "
                            + "ancaman pidana mati: Kementerian memberitahukan setiap tahap perkara tersebut kepada "
                            + "perwakilan konsuler, tanpa bergantung pada permintaan atau kehendak yang bersangkutan, "
                            + "sejalan dengan Pasal 36 " + vccr + ".",
                    "This notification is made because the person concerned faces the death penalty: the Ministry "
                            + "informs the consular post of every stage of such a case, irrespective of the request or "
                            + "wishes of the person concerned, consistent with Article 36 of " + vccr + ".");
            // A policy of the Ministry, not a treaty: the letter must not present it as an arrangement with the State.
            case KEMLU_POLICY_MINOR -> w.t("Pemberitahuan ini disampaikan sesuai dengan kebijakan Kementerian Luar "
                            + "Negeri Republik Indonesia untuk memberitahukan penahanan seorang anak kepada perwakilan "
                            + "konsuler negaranya, tanpa bergantung pada kehendak anak tersebut, sejalan dengan Pasal 36 "
                            + "ayat (1) huruf b " + vccr + ".",
                    "This notification is made in accordance with the policy of the Ministry of Foreign Affairs of "
                            + "the Republic of Indonesia of informing the consular post of the detention of a child, "
                            + "irrespective of the child's wishes, consistent with Article 36(1)(b) of " + vccr + ".");
            case ARTICLE_37 -> {
                String letter = article37Letter();
                yield w.t("Pemberitahuan ini disampaikan sesuai dengan Pasal 37" + (letter == null ? "" : " huruf "
                                + letter) + " " + vccr + ".",
                        "This notification is made in accordance with Article 37" + (letter == null ? "" : "("
                                + letter + ")") + " of " + vccr + ".");
            }
            case ARTICLE_42 -> w.t("Sesuai dengan Pasal 42 " + vccr + ", Kementerian segera memberitahukan kepada "
                            + "kepala perwakilan konsuler mengenai penangkapan atau penahanan anggota staf "
                            + "konsulernya.",
                    "In accordance with Article 42 of " + vccr + ", the Ministry promptly informs the head of the "
                            + "consular post of the arrest or detention of a member of its consular staff.");
            default -> w.t("Pemberitahuan ini disampaikan berdasarkan Pasal 36 " + vccr + ", atas keputusan "
                            + "pejabat penyelia Kementerian.",
                    "This notification is made under Article 36 of " + vccr + " by decision of a supervising "
                            + "official of the Ministry.");
        };
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

    private String correction() {
        String ref = present(f.correctsReference()) ? esc(f.correctsReference()) : null;
        String nota = plain() ? "Surat" : "Nota";
        String note = plain() ? "letter" : "note";
        return w.t(nota + " ini meralat " + nota.toLowerCase(java.util.Locale.ROOT) + " Kementerian"
                        + (ref != null ? " Nomor " + ref : " sebelumnya")
                        + ". Data di bawah ini menggantikan data yang telah disampaikan sebelumnya.",
                "This " + note + " corrects the Ministry's " + (ref != null ? (plain() ? "Letter" : "Note") + " No. " + ref
                        : "earlier " + note)
                        + ". The particulars below replace those communicated before.");
    }

    // ------------------------------------------------------------------------------------------ the facts

    private int sectionNumber;

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
            section(w.t("Bahasa", "Language"));
            row(w.t("Bahasa yang dikuasai", "Language spoken"), w.language(f.language()));
            row(w.t("Memerlukan juru bahasa", "Interpreter needed"), w.yesNo(f.interpreterNeeded()));
            endSection();
        }
    }

    private void identity(Person p) {
        section(w.t("Identitas", "Identity"));
        row(w.t("Nama keluarga (sesuai dokumen)", "Surname (as on the document)"), p.surname());
        if (present(p.givenNames())) {
            row(w.t("Nama depan (sesuai dokumen)", "Given names (as on the document)"), p.givenNames());
        }
        row(w.t("Nama pada MRZ", "Name in the MRZ"), present(p.mrzName()) ? p.mrzName()
                : w.t("tidak ada / tidak diketahui", "none / not known"));
        row(w.t("Jenis kelamin", "Sex"), w.code("sex", p.sex()));
        String born = Stream.of(w.date(p.birthDate()), p.birthPlace()).filter(LetterHtml::present)
                .collect(Collectors.joining(", "));
        row(w.t("Tanggal dan tempat lahir", "Date and place of birth"), born.isEmpty() ? null : born);
        row(w.t("Kewarganegaraan", "Nationality"), w.countries(p.nationalities(), true));
        endSection();
    }

    private void travelDocument() {
        LetterFacts.Document d = f.document();
        section(w.t("Dokumen perjalanan", "Travel document"));
        if (d == null) {
            row(w.t("Dokumen perjalanan", "Travel document"), w.t("tidak ada yang diketahui", "none known"));
        } else {
            row(w.t("Jenis", "Type"), w.code("document", d.type()));
            row(w.t("Nomor", "Number"), d.number());
            row(w.t("Negara penerbit", "Issuing state"), w.country(d.issuingState()));
            row(w.t("Berlaku sampai dengan", "Expires on"), w.date(d.expiresOn()));
        }
        endSection();
    }

    private void stayPermit() {
        LetterFacts.StayPermit s = f.stayPermit();
        section(w.t("Izin tinggal", "Stay permit"));
        if (s == null) {
            row(w.t("Izin tinggal", "Stay permit"), w.t("tidak ada yang diketahui", "none known"));
        } else {
            row(w.t("Jenis", "Type"), w.code("permit", s.type()));
            if (present(s.number())) {
                row(w.t("Nomor", "Number"), s.number());
            }
            row(w.t("Berlaku sampai dengan", "Valid until"), w.date(s.validUntil()));
        }
        endSection();
    }

    private void arrest() {
        LetterFacts.Arrest a = f.arrest();
        section(w.t("Penangkapan", "Arrest"));
        row(w.t("Tanggal dan waktu", "Date and time"), a == null ? null : w.dateTime(a.arrestedAt()));
        row(w.t("Tempat", "Place"), a == null ? null : place(a.place(), a.provinceName()));
        row(w.t("Instansi yang menangkap", "Arresting authority"), a == null ? null : a.authorityName());
        endSection();
    }

    private void detention(Detention d) {
        section(w.t("Tempat penahanan saat ini", "Current place of detention"));
        row(w.t("Bentuk penahanan", "Form of custody"), d == null ? null : w.code("custody", d.custodyType()));
        row(w.t("Tempat", "Place"), d == null ? null : d.placeName());
        if (d != null && present(d.facilityType())) {
            row(w.t("Jenis tempat", "Type of facility"), w.code("facility", d.facilityType()));
        }
        if (d != null && present(d.address())) {
            row(w.t("Alamat", "Address"), d.address());
        }
        if (d != null && present(d.provinceName())) {
            row(w.t("Provinsi", "Province"), d.provinceName());
        }
        endSection();
    }

    private void charges() {
        section(w.t("Dasar penahanan (sangkaan)", "Grounds of detention (charges)"));
        if (f.charges().isEmpty()) {
            row(w.t("Pasal yang disangkakan", "Statute and article"), w.t("belum diketahui", "not yet known"));
        } else {
            for (LetterFacts.Charge c : f.charges()) {
                String ref = Stream.of(c.statute(), present(c.article()) ? w.t("Pasal ", "Article ") + c.article()
                        : null).filter(LetterHtml::present).collect(Collectors.joining(" "));
                row(ref.isEmpty() ? w.unknown() : ref, present(c.description()) ? c.description() : "-");
            }
        }
        endSection();
    }

    private void consularAccess() {
        section(w.t("Pemberitahuan dan akses kekonsuleran", "Notification and consular access"));
        row(w.t("Dasar pemberitahuan", "Basis of this notification"), switch (f.basis()) {
            case REQUESTED -> w.t("Atas permintaan yang bersangkutan", "Requested by the person concerned");
            case MANDATORY -> w.t("Wajib berdasarkan " + f.instrument() + " (tanpa bergantung pada kehendak yang "
                    + "bersangkutan)", "Mandatory under the " + stripThe(f.instrument()) + " (irrespective of the person's wishes)");
            case KEMLU_POLICY_MINOR -> w.t("Kebijakan Kementerian: penahanan anak selalu diberitahukan",
                    "Ministry policy: the detention of a child is always notified");
            case DEATH_PENALTY_CASE -> w.t("Perkara pidana mati: setiap tahap diberitahukan, tanpa bergantung pada "
                    + "kehendak yang bersangkutan", "Death-penalty case: every stage is notified, irrespective of the "
                    + "person's wishes");
            case ARTICLE_37, ARTICLE_42 -> plain() ? w.t("Informasi atas dasar itikad baik", "Courtesy information")
                    : f.basis() == LetterBasis.ARTICLE_37 ? w.t("Pasal 37 Konvensi Wina 1963", "Article 37 of the Vienna Convention 1963")
                    : w.t("Pasal 42 Konvensi Wina 1963 (anggota staf konsuler)",
                    "Article 42 of the Vienna Convention 1963 (member of the consular staff)");
            default -> w.t("Atas keputusan pejabat penyelia", "By decision of a supervising official");
        });
        row(w.t("Menolak tindakan kekonsuleran (kunjungan)", "Opposes consular action (visits)"),
                f.opposesConsularAccess()
                        ? w.t("Ya, secara tegas; penolakan tersebut telah dicatat",
                        "Yes, expressly; the objection has been recorded")
                        : w.t("Tidak", "No"));
        row(w.t("Bahasa yang dikuasai", "Language spoken"), w.language(f.language()));
        row(w.t("Memerlukan juru bahasa", "Interpreter needed"), w.yesNo(f.interpreterNeeded()));
        endSection();
    }

    private void death() {
        LetterFacts.Death d = f.death();
        section(w.t("Kematian", "Death"));
        row(w.t("Tanggal", "Date"), w.date(d.diedOn()));
        if (d.diedAt() != null) {
            row(w.t("Waktu", "Time"), w.dateTime(d.diedAt()));
        }
        row(w.t("Tempat", "Place"), place(d.place(), d.provinceName()));
        row(w.t("Penyebab kematian", "Cause of death"), present(d.cause()) ? d.cause()
                : w.t("belum diketahui", "not yet known"));
        row(w.t("Lokasi jenazah", "Location of the remains"), d.remainsLocation());
        row(w.t("Meninggal dalam penahanan", "Died in custody"), w.yesNo(d.inCustody()));
        if (d.nextOfKin().isEmpty()) {
            row(w.t("Keluarga terdekat", "Next of kin"), w.t("tidak ada yang diketahui", "none known"));
        } else {
            StringBuilder list = new StringBuilder("<ul>");
            for (LetterFacts.NextOfKin k : d.nextOfKin()) {
                String line = Stream.of(k.name(), w.code("kin", k.relationship()), k.contact(), w.country(k.country()))
                        .filter(LetterHtml::present).collect(Collectors.joining(", "));
                list.append("<li>").append(esc(line.isEmpty() ? w.unknown() : line)).append("</li>");
            }
            rowHtml(w.t("Keluarga terdekat", "Next of kin"), list.append("</ul>").toString());
        }
        endSection();
    }

    private void followUp() {
        LetterFacts.FollowUp u = f.followUp();
        section(w.t("Perkembangan", "Development"));
        row(w.t("Tahap", "Stage"), w.code("stage", u.stage()));
        row(w.t("Tanggal dan waktu", "Date and time"), w.dateTime(u.occurredAt()));
        if (present(u.court())) {
            row(w.t("Pengadilan", "Court"), u.court());
        }
        if (u.scheduledAt() != null) {
            String label = switch (u.stage()) {
                case "DEPORTATION", "RELEASE" -> w.t("Jadwal keberangkatan", "Scheduled departure");
                case "EXECUTION_SCHEDULED" -> w.t("Jadwal pelaksanaan", "Scheduled for");
                default -> w.t("Dijadwalkan pada", "Scheduled for");
            };
            row(label, w.dateTime(u.scheduledAt()));
        }
        if (present(u.details())) {
            row(w.t("Keterangan", "Details"), u.details());
        }
        endSection();
    }

    private void wreck() {
        LetterFacts.Wreck k = f.wreck();
        section(w.t("Kecelakaan", "Accident"));
        row(w.t("Jenis", "Type of craft"), w.code("craft", k.craftType()));
        row(w.t("Nama kapal / pesawat udara", "Vessel / aircraft"), k.craft());
        row(w.t("Registrasi", "Registration"), k.registration());
        row(w.t("Tanggal dan waktu", "Date and time"), w.dateTime(k.occurredAt()));
        row(w.t("Tempat", "Place"), place(k.place(), k.provinceName()));
        row(w.t("Jumlah orang di dalamnya", "Persons on board"), number(k.personsOnBoard()));
        row(w.t("Meninggal dunia", "Dead"), number(k.dead()));
        row(w.t("Hilang", "Missing"), number(k.missing()));
        if (present(k.details())) {
            row(w.t("Keterangan", "Details"), k.details());
        }
        endSection();
    }

    private void guardianship() {
        LetterFacts.Guardianship g = f.guardianship();
        section(w.t("Perwalian", "Guardianship"));
        row(w.t("Alasan", "Reason"), w.code("guardianship", g.reason()));
        row(w.t("Keberadaan dan pengasuhan saat ini", "Current whereabouts and care"), g.currentCare());
        endSection();
    }

    // ------------------------------------------------------------------------------------------ after the facts

    private void afterword() {
        String post = esc(postShort());
        boolean custody = f.kind() == LetterKind.INITIAL || f.kind() == LetterKind.CORRECTION
                || f.kind() == LetterKind.FOLLOW_UP;
        if (custody && f.opposesConsularAccess()) {
            paragraph(w.t("Yang bersangkutan secara tegas menyatakan menolak tindakan kekonsuleran atas namanya, "
                            + "termasuk kunjungan. Penolakan tersebut telah dicatat."
                            + (f.basis() == LetterBasis.MANDATORY
                            ? " Pemberitahuan ini tetap disampaikan karena bersifat wajib."
                            : f.basis() == LetterBasis.KEMLU_POLICY_MINOR
                            ? " Pemberitahuan ini tetap disampaikan sesuai dengan kebijakan Kementerian bagi anak." : "")
                            + (plain() ? " Kementerian mohon agar keinginan tersebut dihormati."
                            : " Sesuai dengan Pasal 36 ayat (1) huruf c Konvensi Wina 1963, pejabat konsuler tidak "
                            + "melakukan tindakan atas nama warga negaranya yang secara tegas menolaknya."),
                    "The person concerned has expressly stated that they oppose consular action on their behalf, "
                            + "including visits. The objection has been recorded."
                            + (f.basis() == LetterBasis.MANDATORY
                            ? " This notification is nevertheless made because it is mandatory."
                            : f.basis() == LetterBasis.KEMLU_POLICY_MINOR
                            ? " This notification is nevertheless made under the Ministry's policy for children." : "")
                            + (plain() ? " The Ministry asks that this wish be respected."
                            : " Under Article 36(1)(c) of the Vienna Convention 1963, consular officers shall "
                            + "refrain from taking action on behalf of a national who expressly opposes such "
                            + "action.")));
        } else if (custody) {
            paragraph(w.t(post + " dapat mengajukan permohonan akses kekonsuleran (kunjungan langsung, telepon "
                            + "atau video) kepada Kementerian melalui narahubung di bawah ini.",
                    "The " + post + " may request consular access (a visit in person, by telephone or by video) "
                            + "through the Ministry's contact officer named below."));
        }
        if (f.followUp() != null && f.followUp().stage().startsWith("DEATH_")
                || f.followUp() != null && f.followUp().stage().startsWith("EXECUTION_")) {
            paragraph(w.t("Mengingat beratnya perkara ini, Kementerian akan memberitahukan setiap tahap selanjutnya "
                            + "kepada " + post + ".",
                    "Given the gravity of the case, the Ministry will inform the " + post + " of every further "
                            + "stage."));
        }
        if (f.death() != null || f.followUp() != null && f.followUp().stage().equals("DEATH_IN_CUSTODY")) {
            paragraph(w.t("Kementerian siap membahas bersama " + post + " pengaturan pemulangan (repatriasi) "
                            + "jenazah, atau pemakaman atau kremasi di Indonesia, sesuai dengan keinginan keluarga.",
                    "The Ministry stands ready to discuss with the " + post + " the arrangements for the "
                            + "repatriation of the remains, or for their burial or cremation in Indonesia, in "
                            + "accordance with the wishes of the family."));
        }
        if (f.kind() == LetterKind.WRECK_OR_AIR_ACCIDENT) {
            paragraph(w.t("Kementerian akan menyampaikan informasi lebih lanjut mengenai orang-orang yang berada di "
                            + "dalamnya segera setelah tersedia.",
                    "The Ministry will communicate further information on the persons on board as soon as it "
                            + "becomes available."));
        }
        LetterFacts.ContactOfficer c = f.contact();
        if (c != null) {
            List<String> parts = new ArrayList<>();
            Stream.of(c.name(), c.unit()).filter(LetterHtml::present).forEach(parts::add);
            if (present(c.phone())) {
                parts.add(w.t("telepon ", "telephone ") + c.phone());
            }
            if (present(c.email())) {
                parts.add(w.t("surel ", "e-mail ") + c.email());
            }
            if (!parts.isEmpty()) {
                paragraph(w.t("Narahubung: ", "Contact officer: ") + esc(String.join(", ", parts)) + ".");
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
        return word != null ? word : w.t("Perwakilan", "Post");
    }

    /**
     * "Hans Peter MÜLLER, warga negara Jerman" or "Hans Peter MÜLLER, a national of Germany"; with {@code close}, the
     * apposition is closed by a comma ("..., a national of Germany,") for a sentence that goes on.
     */
    private String subjectPerson(boolean close) {
        if (f.person() == null) {
            return w.t("orang yang tersebut di bawah ini", "the person described below");
        }
        String nations = w.countries(f.person().nationalities().stream()
                .filter(c -> c != null && !c.toUpperCase(Locale.ROOT).startsWith("XX")).toList(), false);
        return nations == null ? personName()
                : personName() + w.t(", warga negara " + nations, ", a national of " + nations) + (close ? "," : "");
    }

    /** "Hans Peter MÜLLER": given names, then the surname in capitals. */
    private String personName() {
        Person p = f.person();
        if (p == null) {
            return w.t("orang yang tersebut di bawah ini", "the person described below");
        }
        String surname = p.surname().trim().toUpperCase(Locale.ROOT);
        return present(p.givenNames()) ? p.givenNames().trim() + " " + surname : surname;
    }

    private String place(String place, String province) {
        String s = Stream.of(place, province).filter(LetterHtml::present).distinct().collect(Collectors.joining(", "));
        return s.isEmpty() ? null : s;
    }

    private String number(Integer n) {
        return n == null ? null : n.toString();
    }

    private void section(String title) {
        out.append("<h2>").append(++sectionNumber).append(". ").append(esc(title)).append("</h2>\n")
                .append("<table class=\"facts\">\n");
    }

    private void endSection() {
        out.append("</table>\n");
    }

    /** A row; a missing value reads "tidak diketahui" / "not known". */
    private void row(String label, String value) {
        rowHtml(label, esc(present(value) ? value : w.unknown()));
    }

    private void rowHtml(String label, String valueHtml) {
        out.append("<tr><td class=\"label\">").append(esc(label)).append("</td><td>").append(valueHtml)
                .append("</td></tr>\n");
    }

    private void paragraph(String html) {
        out.append("<p>").append(html).append("</p>\n");
    }

    /** "the Embassy of X" after "to the": the name's own leading "The"/"the" is dropped. */
    private static String stripThe(String name) {
        return name.regionMatches(true, 0, "the ", 0, 4) ? name.substring(4) : name;
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

    /**
     * Escapes text for HTML and XML (both the document's text and its attribute values), and drops the characters
     * XML 1.0 forbids (control characters, unpaired surrogates), so the PDF renderer's XML parser always accepts it.
     */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                            || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
                    if (allowed) {
                        b.appendCodePoint(cp);
                    }
                }
            }
        });
        return b.toString();
    }
}
