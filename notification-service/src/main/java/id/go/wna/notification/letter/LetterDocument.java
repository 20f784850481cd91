package id.go.wna.notification.letter;

import java.util.List;

/**
 * What the letter's template prints, already in the letter's language: every text a plain string that the template
 * escapes, except the message bundle's own words a paragraph is built of (no value from the facts in them).
 *
 * @param lang       "id" or "en", the document's language attribute
 * @param title      the document's title
 * @param plain      a plain letter (to a representative office), not a diplomatic note
 * @param banners    the boxed notices above the text: draft, late
 * @param meta       number, subject, time sent, addressee
 * @param opening    the paragraphs before the facts: formula, legal basis, correction, lateness
 * @param sections   the numbered tables of facts
 * @param afterword  the paragraphs after the facts, up to the seal
 */
public record LetterDocument(String lang, String title, boolean plain, List<String> banners, List<MetaRow> meta,
                             List<Paragraph> opening, List<Section> sections, List<Paragraph> afterword) {

    /** A line of the table at the head: a label and the lines of its value. */
    public record MetaRow(String label, List<String> lines) {
    }

    /** A numbered section: a heading and its table of facts. */
    public record Section(int number, String title, List<Row> rows) {
    }

    /** A fact: label and value, or label and a list of items (the next of kin). */
    public record Row(String label, String value, List<String> items) {
        static Row of(String label, String value) {
            return new Row(label, value, List.of());
        }
    }

    /** A paragraph: {@code style} is its class ("formula", "place-date", "seal") or null. */
    public record Paragraph(String style, List<Part> parts) {
        static Paragraph of(String style, List<Part> parts) {
            return new Paragraph(style, List.copyOf(parts));
        }
    }

    /**
     * A piece of a paragraph. {@code words} are the message bundle's own words, printed as written (a message without
     * parameters: nothing from the facts); any other text, and every message with a value of the facts in it, is
     * escaped by the template. {@code nowrap} keeps the text on one line (a citation such as "UU 1/1982").
     */
    public record Part(String text, boolean words, boolean nowrap) {
        static Part words(String text) {
            return new Part(text, true, false);
        }

        static Part text(String text) {
            return new Part(text, false, false);
        }

        static Part nowrap(String text) {
            return new Part(text, false, true);
        }
    }
}
