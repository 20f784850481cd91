package id.go.wna.notification.letter;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;

/**
 * Turns the letter's XHTML into PDF with openhtmltopdf (Apache PDFBox underneath). The DejaVu Serif font shipped in
 * this package's resources is embedded (subset), so every Latin, Vietnamese, Cyrillic or Greek letter of a name
 * prints on any machine, whatever fonts the container has. The renderer may load nothing from outside: the document
 * is self-contained, and a value that somehow named a URL must not make the server fetch it.
 */
final class LetterPdf {

    static final String FONT_FAMILY = "DejaVu Serif";
    private static final byte[] REGULAR = font("DejaVuSerif.ttf");
    private static final byte[] BOLD = font("DejaVuSerif-Bold.ttf");

    static {
        // openhtmltopdf logs every render at INFO through its own java.util.logging handler: warnings only
        for (String logger : XRLog.listRegisteredLoggers()) {
            XRLog.setLevel(logger, Level.WARNING);
        }
    }

    private LetterPdf() {
    }

    static byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> new ByteArrayInputStream(REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render the letter as PDF", e);
        }
        return out.toByteArray();
    }

    private static byte[] font(String file) {
        try (InputStream in = LetterPdf.class.getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font resource missing: fonts/" + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
