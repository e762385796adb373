package dk.samspil.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;

/**
 * Lays the report's XHTML out as a tagged PDF (PDF/UA: structure tree, document language and title
 * from the {@code html} element, alternative texts for the SVG figures) with the fonts embedded,
 * as PDF/UA requires of every glyph. docs/decisions/0023.
 */
final class PdfDocument {

    private static final String FONT = "DejaVu Sans";
    // read from the jar once per JVM, not once per report (about 0.2 MB each); each report parses its own
    // copy, since a parsed font is tied to the document it is embedded in
    private static final byte[] REGULAR = font("DejaVuSans.ttf");
    private static final byte[] BOLD = font("DejaVuSans-Bold.ttf");

    static {
        // its INFO lines (timings, one per link and font) would fill the command's output and the log
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private PdfDocument() {
    }

    static void write(String xhtml, OutputStream out) {
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.useFont(() -> new ByteArrayInputStream(REGULAR), FONT, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(BOLD), FONT, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.withProducer("Samspil");
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] font(String file) {
        try (InputStream in = PdfDocument.class.getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the jar: " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
