package id.go.wna.notification.letter;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;

/** The letter's type-safe template, {@code templates/letter/document.html}, checked against its data at build time. */
@CheckedTemplate(basePath = "letter")
final class LetterTemplates {

    private LetterTemplates() {
    }

    /** The whole letter, one self-contained XHTML document (inline CSS, A4 print layout). */
    static native TemplateInstance document(LetterDocument letter);

    /** What the letter's words do with the values they are given. */
    @TemplateExtension
    static final class Extensions {

        private Extensions() {
        }

        /** "Embassy of X" after the words' own "the": a name's leading "The"/"the" is dropped. */
        static String withoutThe(String name) {
            return name.regionMatches(true, 0, "the ", 0, 4) ? name.substring(4) : name;
        }
    }
}
