package dk.samspil.base;

/**
 * What makes every page print whole: the print style sheet ({@code META-INF/resources/styles/print.css})
 * and this script, which gives each ApexCharts drawing a viewBox before printing so that the
 * style sheet can scale it to the sheet's width (ApexCharts draws at fixed pixel sizes; our chart
 * element redraws when its width changes, but no script runs between the print layout and the
 * sheet, so the drawing on screen is what is printed: fully drawn, as the element draws without
 * animation).
 */
final class PrintLayout {

    static final String STYLE_SHEET = "styles/print.css";

    static final String SCRIPT = """
            (function () {
              function fitChartsToThePage() {
                document.querySelectorAll('samspil-apex-chart svg.apexcharts-svg').forEach(function (svg) {
                  var width = parseFloat(svg.getAttribute('width'));
                  var height = parseFloat(svg.getAttribute('height'));
                  if (!svg.getAttribute('viewBox') && width > 0 && height > 0) {
                    svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
                    svg.setAttribute('preserveAspectRatio', 'xMinYMin meet');
                  }
                });
              }
              window.addEventListener('beforeprint', fitChartsToThePage);
              window.matchMedia('print').addEventListener('change', function (print) {
                if (print.matches) {
                  fitChartsToThePage();
                }
              });
            })();""";

    private PrintLayout() {
    }
}
