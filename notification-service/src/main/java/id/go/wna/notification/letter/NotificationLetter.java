package id.go.wna.notification.letter;

import id.go.wna.notification.domain.letter.LetterFacts;
import io.quarkus.qute.i18n.Localized;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Locale;
import java.util.Objects;

/**
 * The consular notification letter: the diplomatic note by which the Ministry of Foreign Affairs informs a foreign
 * post of the arrest, detention, death, need of a guardian or later custody stage of one of its nationals, or of a
 * wreck or air accident (VCCR 1963 Art. 36, 37, 42). The same {@link LetterFacts} give the same document, in
 * Indonesian ({@code "id"}) or English ({@code "en"}), as HTML or PDF: {@link LetterComposer} decides what it says in
 * the words of {@link LetterMessages} and {@link LetterCodes}, the template {@code templates/letter/document.html} prints and escapes it, and
 * the PDF is that HTML rendered by openhtmltopdf, so both show the same text.
 */
@ApplicationScoped
public class NotificationLetter {

    private final LetterMessages indonesian;
    private final LetterMessages english;
    private final LetterCodes indonesianCodes;
    private final LetterCodes englishCodes;

    public NotificationLetter(LetterMessages indonesian, @Localized("en") LetterMessages english,
                              LetterCodes indonesianCodes, @Localized("en") LetterCodes englishCodes) {
        this.indonesian = indonesian;
        this.english = english;
        this.indonesianCodes = indonesianCodes;
        this.englishCodes = englishCodes;
    }

    /**
     * The letter as a self-contained, print-ready (A4) XHTML document, served as {@code text/html; charset=UTF-8}.
     *
     * @param facts what the letter states
     * @param lang  "id" or "en"
     * @throws IllegalArgumentException for another language
     */
    public String html(LetterFacts facts, String lang) {
        Objects.requireNonNull(facts, "facts");
        boolean en = checked(lang).equals("en");
        LetterDocument letter = LetterComposer.compose(facts, lang, en ? english : indonesian,
                en ? englishCodes : indonesianCodes);
        return xmlCharactersOnly(LetterTemplates.document(letter).setLocale(Locale.forLanguageTag(lang)).render());
    }

    /**
     * The letter as a PDF document (A4, fonts embedded), served as {@code application/pdf}.
     *
     * @param facts what the letter states
     * @param lang  "id" or "en"
     * @throws IllegalArgumentException for another language
     */
    public byte[] pdf(LetterFacts facts, String lang) {
        return LetterPdf.render(html(facts, lang));
    }

    private static String checked(String lang) {
        if (!"id".equals(lang) && !"en".equals(lang)) {
            throw new IllegalArgumentException("the letter is written in \"id\" or \"en\", not " + lang);
        }
        return lang;
    }

    /**
     * Drops the characters XML 1.0 forbids (control characters, unpaired surrogates) that a value may carry, so the
     * PDF renderer's XML parser always accepts the document. Not escaping: the template has escaped every value.
     */
    private static String xmlCharactersOnly(String xhtml) {
        StringBuilder b = new StringBuilder(xhtml.length());
        xhtml.codePoints().filter(cp -> cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF)).forEach(b::appendCodePoint);
        return b.toString();
    }
}
