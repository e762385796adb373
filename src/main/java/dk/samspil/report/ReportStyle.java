package dk.samspil.report;

/** The report's page layout: A4, running footer with page numbers, chapters on new pages. */
final class ReportStyle {

    private ReportStyle() {
    }

    static String css(String footer) {
        return """
                @page { size: A4; margin: 18mm 16mm 20mm 16mm;
                  @bottom-left { content: "%s"; font-family: 'DejaVu Sans'; font-size: 8pt; color: #5e5e5e; }
                  @bottom-right { content: counter(page) " / " counter(pages); font-family: 'DejaVu Sans';
                                  font-size: 8pt; color: #5e5e5e; } }
                @page:first { @bottom-left { content: ""; } @bottom-right { content: ""; } }
                body { font-family: 'DejaVu Sans'; font-size: 10pt; color: #1f1f1f; line-height: 1.35; }
                h1 { font-size: 24pt; margin: 0 0 6mm 0; }
                h2 { font-size: 15pt; margin: 0 0 3mm 0; }
                h3 { font-size: 11pt; margin: 4mm 0 1mm 0; }
                .brand { font-size: 12pt; font-weight: bold; color: #1a5fb4; margin-top: 30mm; }
                .lead { font-size: 13pt; }
                .note { color: #4a4a4a; font-size: 9pt; }
                .chapter, .contents { page-break-before: always; }
                table { border-collapse: collapse; width: 100%%; margin: 2mm 0 4mm 0; font-size: 9pt; }
                th, td { border-bottom: 0.5pt solid #c8c8c8; padding: 1.2mm 1.5mm; text-align: left; vertical-align: top; }
                thead th { border-bottom: 1pt solid #1f1f1f; }
                tr { page-break-inside: avoid; }
                thead { display: table-header-group; }
                .summary td { white-space: nowrap; }
                .summary td:first-child, .summary td:nth-child(5), .summary td:last-child { white-space: normal; }
                .summary td:last-child { width: 16%%; }
                .completeness { font-size: 8pt; }
                .completeness th, .completeness td { padding: 0.6mm 1.2mm; }
                figure { margin: 0 0 4mm 0; page-break-inside: avoid; }
                figure svg { width: 100%%; }
                figcaption { font-size: 9pt; color: #4a4a4a; }
                caption { text-align: left; font-weight: bold; padding: 1mm 0; }
                .culture { width: 70%%; page-break-inside: avoid; }
                .funnel-table { font-size: 8pt; }
                .funnel-table th, .funnel-table td { padding: 0.5mm 1.2mm; }
                .contents ul { list-style: none; padding: 0; font-size: 12pt; }
                .contents li { margin: 2mm 0; }
                .contents a { color: #1f1f1f; text-decoration: none; }
                .contents a::after { content: leader('.') target-counter(attr(href), page); }
                dt { font-weight: bold; margin-top: 2mm; }
                dd { margin: 0 0 0 6mm; }
                """.formatted(footer.replace("\\", "").replace("\"", "'"));
    }
}
