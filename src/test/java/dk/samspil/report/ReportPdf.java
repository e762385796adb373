package dk.samspil.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;

/** A written report read back with PDFBox: its text, and what its tagging says. */
record ReportPdf(String text, boolean marked, boolean hasStructure, String language, String title, int pages,
                 List<String> figureAlternatives) {

    static ReportPdf read(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var catalog = document.getDocumentCatalog();
            List<String> figures = new ArrayList<>();
            if (catalog.getStructureTreeRoot() != null) {
                collectFigures(catalog.getStructureTreeRoot(), figures);
            }
            return new ReportPdf(new PDFTextStripper().getText(document),
                    catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked(),
                    catalog.getStructureTreeRoot() != null, catalog.getLanguage(),
                    document.getDocumentInformation().getTitle(), document.getNumberOfPages(), figures);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every Figure element's alternative text (null where it has none). */
    private static void collectFigures(PDStructureNode node, List<String> figures) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if ("Figure".equals(element.getStructureType())) {
                    figures.add(element.getAlternateDescription());
                }
                collectFigures(element, figures);
            }
        }
    }
}
