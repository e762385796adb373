package dk.samspil.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dk.samspil.support.BrowserTest;
import dk.samspil.support.HeadlessChromium;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * Every dashboard and the case list printed from Chromium ({@code page.pdf()}, A4) as the browser
 * prints: the side menu, the top bar and the signed-in user are not on the paper, the page's title
 * and its charts' words are, and every chart is whole: each of its value axes' labels, as the
 * screen shows them, is in the PDF's text, and the sheet below the chart's title has the chart's
 * marks on it (rasterised: lines, bars and cells in colour or dark; a chart printed blank, as an
 * animated one was, has none). The PDFs go to target/printed.
 */
class PrintedDashboardsIT extends BrowserTest {

    /** A page, who prints it, and words its own content prints (titles, chart labels), whatever the data. */
    record Printed(String path, String user, List<String> figures) {
    }

    private static final List<Printed> PAGES = List.of(
            new Printed("/overview", "styregruppe", List.of("Programmet på én side", "Aktive forløb", "Netværksmøder")),
            new Printed("/municipalities", "styregruppe", List.of("Kommuner", "Odense")),
            new Printed("/meetings", "styregruppe", List.of("Netværksmøder")),
            new Printed("/outcomes", "styregruppe", List.of("Resultater")),
            new Printed("/compare", "styregruppe", List.of("Sammenlign kommuner")),
            new Printed("/culture", "styregruppe", List.of("Samarbejdskultur")),
            new Printed("/cases", "leder.odense", List.of()));

    /** In the drawer and the top bar only: the menu's pages, the tagline, the sign-out and the language switch. */
    private static final List<String> MENU = List.of("Overblik", "Kultur", "Samarbejdet omkring borgeren",
            "Log ud", "English");

    /** Fewer marks than this under a chart's title is a chart printed blank (a sparkline has about 140). */
    private static final int MARKS = 60;

    /** A drawn chart, as the screen shows it: its card's title and, per value axis, the axis' labels. */
    record ShownChart(String title, List<List<String>> axes) {
    }

    /** A printed glyph's box, in PDF points from its sheet's top left corner. */
    record Glyph(int page, String text, float x, float top, float right, float bottom) {
    }

    /** Glyphs side by side on one baseline: a title, a label, a line of a paragraph. */
    record Line(int page, String text, float x, float top, float bottom) {
    }

    @Test
    void each_page_prints_without_the_menu_and_with_every_chart_whole() throws IOException {
        Path printed = Files.createDirectories(Path.of("target/printed"));
        for (Printed shown : PAGES) {
            try (BrowserContext context = chromium.browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                    .setViewportSize(1400, 1000))) {
                Page page = context.newPage();
                HeadlessChromium.signIn(page, url(""), shown.user());
                page.navigate(url(shown.path()));
                waitForCharts(page);
                String heading = page.locator("main.page h2").first().innerText().strip();
                List<ShownChart> charts = shownCharts(page);
                // as the browser prints: no media emulation of the live page first
                byte[] pdf = page.pdf(new Page.PdfOptions().setFormat("A4").setPrintBackground(true));
                Files.write(printed.resolve(shown.path().substring(1) + ".pdf"), pdf);
                try (PDDocument document = Loader.loadPDF(pdf)) {
                    String text = new PDFTextStripper().getText(document);
                    String letters = squeezed(text);
                    for (String label : MENU) {
                        assertThat(text).as(shown.path() + " printed without the menu's '" + label + "'").doesNotContain(label);
                    }
                    assertThat(text).as(shown.path() + " printed without the signed-in user").doesNotContain(shown.user());
                    assertThat(letters).as(shown.path() + " printed with its title").contains(squeezed(heading));
                    for (String figure : shown.figures()) {
                        assertThat(text).as(shown.path() + " printed with '" + figure + "'").contains(figure);
                    }
                    everyChartWhole(shown.path(), charts, document, letters);
                }
            }
        }
    }

    /**
     * Label by label (the PDF's text runs an axis' labels together, "120100806040200", so a label
     * is looked for on its own, never two joined), every value axis (a chart can have two); then
     * the chart's marks under its title.
     */
    private static void everyChartWhole(String path, List<ShownChart> charts, PDDocument document, String letters)
            throws IOException {
        assertThat(charts).as(path + ": charts drawn on screen").allSatisfy(chart -> assertThat(chart.title()).isNotBlank());
        List<Glyph> glyphs = glyphs(document);
        List<Line> lines = lines(glyphs);
        List<String> titles = charts.stream().map(chart -> squeezed(chart.title())).toList();
        List<Line> printedTitles = lines.stream()
                .filter(line -> titles.stream().anyMatch(title -> startsTitle(line, title, lines))).toList();
        PDFRenderer renderer = new PDFRenderer(document);
        Line after = new Line(-1, "", 0, 0, 0);
        for (ShownChart chart : charts) {
            for (List<String> axis : chart.axes()) {
                for (String label : axis) {
                    assertThat(letters).as(path + ", '" + chart.title() + "': the value axis' label '" + label + "' printed")
                            .contains(squeezed(label));
                }
            }
            Line title = next(printedTitles, squeezed(chart.title()), after, lines);
            assertThat(title).as(path + ": the title of the chart '" + chart.title() + "' printed").isNotNull();
            after = title;
            assertThat(marksBelow(title, printedTitles, glyphs, renderer))
                    .as(path + ", '" + chart.title() + "': the chart's marks under its printed title (not blank)")
                    .isGreaterThan(Integer.getInteger("marks", MARKS));
        }
    }

    /**
     * The chart's marks: pixels (at 72 dpi: one a point) in colour or dark, not the light grey of a
     * grid line or a card's border, on the title's sheet between the title and the next chart's title
     * below it in the same column, up to the next chart's title to its right. Glyphs are left out (a
     * link, a signal in words, the axes' labels), so what is counted are the chart's lines, bars, dots
     * and cells.
     */
    private static int marksBelow(Line title, List<Line> titles, List<Glyph> glyphs, PDFRenderer renderer)
            throws IOException {
        BufferedImage sheet = renderer.renderImageWithDPI(title.page(), 72);
        float bottom = sheet.getHeight();
        float right = sheet.getWidth();
        for (Line other : titles) {
            if (other.page() != title.page() || other == title) {
                continue;
            }
            if (Math.abs(other.x() - title.x()) < 3 && other.top() > title.bottom() + 20) {
                bottom = Math.min(bottom, other.top());
            }
            if (other.x() > title.x() + 20 && Math.abs(other.top() - title.top()) < 3) {
                right = Math.min(right, other.x());
            }
        }
        boolean[][] words = new boolean[sheet.getHeight()][sheet.getWidth()];
        glyphs.stream().filter(glyph -> glyph.page() == title.page()).forEach(glyph -> {
            for (int y = Math.max(0, (int) glyph.top() - 1); y < Math.min(sheet.getHeight(), (int) glyph.bottom() + 3); y++) {
                for (int x = Math.max(0, (int) glyph.x() - 1); x < Math.min(sheet.getWidth(), (int) glyph.right() + 2); x++) {
                    words[y][x] = true;
                }
            }
        });
        int marks = 0;
        for (int y = (int) title.bottom() + 2; y < (int) bottom; y++) {
            for (int x = Math.max(0, (int) title.x() - 4); x < (int) right; x++) {
                int rgb = sheet.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                boolean colour = Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 60;
                boolean dark = (r * 299 + g * 587 + b * 114) / 1000 < 160;
                if (!words[y][x] && (colour || dark)) {
                    marks++;
                }
            }
        }
        return marks;
    }

    /**
     * The line is the title, or its first part where the title wraps: then the lines right under it
     * in the same column go on with the title (so a page's heading "Netværksmøder" is not the chart
     * "Netværksmøder pr. måned").
     */
    private static boolean startsTitle(Line line, String title, List<Line> lines) {
        String text = squeezed(line.text());
        Line last = line;
        while (!text.isEmpty() && title.startsWith(text)) {
            if (text.equals(title)) {
                return true;
            }
            Line above = last;
            Line under = lines.stream().filter(other -> other.page() == above.page() && Math.abs(other.x() - above.x()) < 3
                    && other.top() > above.top() + 1 && other.top() - above.bottom() < 0.8f * (above.bottom() - above.top()))
                    .findFirst().orElse(null);
            if (under == null) {
                return false;
            }
            text = text + squeezed(under.text());
            last = under;
        }
        return false;
    }

    /** The first printed title line after {@code after} in reading order (sheet, then top, then left). */
    private static Line next(List<Line> titles, String title, Line after, List<Line> lines) {
        for (Line line : titles) {
            boolean later = line.page() > after.page() || line.page() == after.page()
                    && (line.top() > after.top() + 1 || Math.abs(line.top() - after.top()) <= 1 && line.x() > after.x());
            if (later && startsTitle(line, title, lines)) {
                return line;
            }
        }
        return null;
    }

    /** Every printed glyph, with its box. */
    private static List<Glyph> glyphs(PDDocument document) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        for (int page = 0; page < document.getNumberOfPages(); page++) {
            int index = page;
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition position : positions) {
                        glyphs.add(new Glyph(index, position.getUnicode(), position.getXDirAdj(),
                                position.getYDirAdj() - position.getHeightDir(),
                                position.getXDirAdj() + position.getWidthDirAdj(), position.getYDirAdj()));
                    }
                }
            };
            stripper.setStartPage(page + 1);
            stripper.setEndPage(page + 1);
            stripper.getText(document);
        }
        return glyphs;
    }

    /**
     * The glyphs grouped into lines: on one baseline, in order from the left, a gap wider than a
     * few spaces starting a new one (the next card in a row, the next label).
     */
    private static List<Line> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(java.util.Comparator.comparingInt(Glyph::page).thenComparingDouble(glyph -> Math.round(glyph.bottom()))
                .thenComparingDouble(Glyph::x));
        List<Line> lines = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        Glyph first = null;
        Glyph previous = null;
        float top = 0;
        for (Glyph glyph : sorted) {
            boolean same = previous != null && glyph.page() == previous.page()
                    && Math.abs(glyph.bottom() - previous.bottom()) < 1.5f
                    && glyph.x() - previous.right() < Math.max(6, 0.8f * (glyph.bottom() - glyph.top()));
            if (!same && first != null) {
                lines.add(new Line(first.page(), text.toString(), first.x(), top, previous.bottom()));
                text.setLength(0);
                first = null;
            }
            if (first == null) {
                first = glyph;
                top = glyph.top();
            } else if (glyph.x() - previous.right() > 1.5f) {
                text.append(' ');
            }
            text.append(glyph.text());
            top = Math.min(top, glyph.top());
            previous = glyph;
        }
        if (first != null) {
            lines.add(new Line(first.page(), text.toString(), first.x(), top, previous.bottom()));
        }
        return lines;
    }

    /** Text without white space: a label's words may be split over lines or run together in the PDF. */
    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    /**
     * The charts on screen, each with its card's title and its value axes' labels (none for a
     * sparkline, which has them in its drawing but hidden). A label is read
     * from its tspans: ApexCharts also puts the label in a title element for its tooltip, so the
     * text element's whole text would be the label twice ("120120").
     */
    @SuppressWarnings("unchecked")
    private static List<ShownChart> shownCharts(Page page) {
        List<Map<String, Object>> charts = (List<Map<String, Object>>) page.evaluate("""
                () => [...document.querySelectorAll('samspil-apex-chart')].filter(c => c.offsetParent !== null).map(c => {
                  const card = c.closest('.chart-card, .tile');
                  const title = card && card.querySelector('h3') ? card.querySelector('h3').innerText : '';
                  const sparkline = c._options && c._options.chart && c._options.chart.sparkline
                    && c._options.chart.sparkline.enabled;
                  const axes = sparkline ? [] : [...c.querySelectorAll('g.apexcharts-yaxis')].map(axis =>
                    [...axis.querySelectorAll('text.apexcharts-yaxis-label')]
                      .filter(label => label.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
                      .map(label => [...label.querySelectorAll('tspan')].map(t => t.textContent).join(' ').trim())
                      .filter(label => label.length > 0));
                  return { title: title.trim(), axes: axes };
                })""");
        return charts.stream().map(chart -> new ShownChart((String) chart.get("title"),
                (List<List<String>>) chart.get("axes"))).toList();
    }

    private static void waitForCharts(Page page) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).length > 0"
                + " && Object.values(window.Vaadin.Flow.clients).every(client => !client.isActive || !client.isActive())",
                null, new Page.WaitForFunctionOptions().setTimeout(30_000));
        page.locator("main.page h2").first().waitFor(new Locator.WaitForOptions().setTimeout(30_000));
        page.waitForFunction("() => [...document.querySelectorAll('samspil-apex-chart')]"
                + ".filter(c => c.offsetParent !== null).every(c => c.dataset.rendered === 'true')",
                null, new Page.WaitForFunctionOptions().setTimeout(30_000));
    }
}
