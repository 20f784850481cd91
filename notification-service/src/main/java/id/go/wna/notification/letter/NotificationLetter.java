package id.go.wna.notification.letter;

import id.go.wna.notification.domain.letter.LetterFacts;

import java.util.Objects;

/**
 * The consular notification letter: the diplomatic note by which the Ministry of Foreign Affairs informs a foreign
 * post of the arrest, detention, death, need of a guardian or later custody stage of one of its nationals, or of a
 * wreck or air accident (VCCR 1963 Art. 36, 37, 42). Pure rendering: the same {@link LetterFacts} give the same
 * document, in Indonesian ({@code "id"}) or English ({@code "en"}), as HTML or PDF. The PDF is the HTML rendered by
 * openhtmltopdf, so both show the same text.
 */
public final class NotificationLetter {

    private NotificationLetter() {
    }

    /**
     * The letter as a self-contained, print-ready (A4) XHTML document, served as {@code text/html; charset=UTF-8}.
     *
     * @param facts what the letter states
     * @param lang  "id" or "en"
     * @throws IllegalArgumentException for another language
     */
    public static String html(LetterFacts facts, String lang) {
        Objects.requireNonNull(facts, "facts");
        return LetterHtml.render(facts, checked(lang));
    }

    /**
     * The letter as a PDF document (A4, fonts embedded), served as {@code application/pdf}.
     *
     * @param facts what the letter states
     * @param lang  "id" or "en"
     * @throws IllegalArgumentException for another language
     */
    public static byte[] pdf(LetterFacts facts, String lang) {
        return LetterPdf.render(html(facts, lang));
    }

    private static String checked(String lang) {
        if (!"id".equals(lang) && !"en".equals(lang)) {
            throw new IllegalArgumentException("the letter is written in \"id\" or \"en\", not " + lang);
        }
        return lang;
    }
}
