package dk.samspil.report;

import java.io.OutputStream;
import java.util.Locale;

import dk.samspil.dashboard.Scope;
import org.springframework.stereotype.Service;

/**
 * The quarterly report as a PDF, for the signed-in reader: the programme's, or one municipality's
 * (a municipal lead's own only). What it shows is what the dashboards would show that reader.
 */
@Service
public class QuarterlyReports {

    private final ReportAssembler assembler;

    QuarterlyReports(ReportAssembler assembler) {
        this.assembler = assembler;
    }

    public void write(Quarter quarter, Scope scope, Locale language, OutputStream out) {
        ReportText text = new ReportText(language);
        PdfDocument.write(ReportHtml.write(assembler.assemble(quarter, scope), text), out);
    }

    /** {@code samspil-2026-Q3-461.pdf}, {@code samspil-2026-Q3.pdf} for the programme. */
    public static String fileName(Quarter quarter, Scope scope) {
        return "samspil-" + quarter + scope.municipalityCode().map(code -> "-" + code).orElse("") + ".pdf";
    }
}
