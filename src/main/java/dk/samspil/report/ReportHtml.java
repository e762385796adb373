package dk.samspil.report;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.samspil.dashboard.FunnelComparison;
import dk.samspil.dashboard.FunnelPoint;
import dk.samspil.dashboard.IndicatorNotation;
import dk.samspil.dashboard.OutcomeIndicator;
import dk.samspil.municipality.Municipality;

/**
 * The report as one XHTML document for the PDF renderer: cover with the data's completeness, table
 * of contents, indicator summary, run charts and funnels; the survey, self-assessment, action and
 * reading sections are {@link ReportSections}'. Every chart carries its alternative text.
 */
final class ReportHtml {

    /** The sections in order: anchor and title key, for the table of contents and the bookmarks. */
    static final List<String> SECTIONS = List.of("summary", "run-charts", "funnels", "culture", "self-assessment",
            "actions", "how-to-read", "definitions");

    private ReportHtml() {
    }

    static String write(ReportContent content, ReportText text) {
        Html html = new Html();
        String title = title(content, text);
        html.raw("<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + text.tag() + "\"><head>")
                .element("title", title)
                .raw("<meta name=\"subject\" content=\"" + Html.escape(text.text("report.subject")) + "\"/>")
                .raw("<meta name=\"author\" content=\"Samspil\"/>")
                .raw("<style>" + ReportStyle.css(footer(content, text)) + "</style>")
                .raw("<bookmarks>");
        SECTIONS.forEach(section -> html.raw("<bookmark name=\"" + Html.escape(text.text("report.section." + section))
                + "\" href=\"#" + section + "\"/>"));
        html.raw("</bookmarks></head><body>");
        cover(html, content, text, title);
        contents(html, text);
        summary(html, content, text);
        runCharts(html, content, text);
        funnels(html, content, text);
        ReportSections.culture(html, content, text);
        ReportSections.selfAssessment(html, content, text);
        ReportSections.actions(html, content, text);
        ReportSections.howToRead(html, text);
        ReportSections.definitions(html, content, text);
        return html.raw("</body></html>").toString();
    }

    static String title(ReportContent content, ReportText text) {
        return text.text("report.title", content.quarter().quarter(), String.valueOf(content.quarter().year()),
                content.scopeName(text));
    }

    private static String footer(ReportContent content, ReportText text) {
        return "Samspil · " + content.quarter() + " · " + content.scopeName(text);
    }

    private static void cover(Html html, ReportContent content, ReportText text, String title) {
        Quarter quarter = content.quarter();
        html.raw("<section class=\"cover\">").element("p", "class=\"brand\"", "Samspil").element("h1", title)
                .element("p", "class=\"lead\"", text.text("report.period", text.month(quarter.firstMonth()),
                        text.month(quarter.lastMonth())))
                .element("p", text.text("report.made-on", content.madeOn().format(
                        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(text.locale()))))
                .element("h2", text.text("report.completeness.title"))
                .element("p", text.text("report.completeness.note"));
        List<String> headers = new ArrayList<>(List.of(text.text("report.municipality")));
        content.kinds().forEach(kind -> headers.add(text.text("report.kind." + kind)));
        html.raw("<table class=\"completeness\">").head(headers).raw("<tbody>");
        int complete = 0;
        for (Municipality municipality : content.listed()) {
            Map<String, Set<YearMonth>> delivered = content.delivered().getOrDefault(municipality.code(), Map.of());
            List<String> row = new ArrayList<>(List.of(municipality.name()));
            content.kinds().forEach(kind -> row.add(months(delivered.getOrDefault(kind, Set.of()), quarter, text)));
            if (delivered.getOrDefault("meetings", Set.of()).size() == 3 && delivered.getOrDefault("outcomes", Set.of()).size() == 3) {
                complete++;
            }
            html.row(row);
        }
        html.raw("</tbody></table>").element("p", text.text("report.completeness.summary", complete, content.listed().size()))
                .raw("</section>");
    }

    /** The quarter's months a kind was delivered for, or a dash. */
    private static String months(Set<YearMonth> delivered, Quarter quarter, ReportText text) {
        if (delivered.isEmpty()) {
            return "–";
        }
        return String.join(", ", quarter.months().stream().filter(delivered::contains).map(text::monthShort).toList());
    }

    private static void contents(Html html, ReportText text) {
        html.raw("<nav class=\"contents\" id=\"contents\">").element("h2", text.text("report.contents")).raw("<ul>");
        // PDF/UA wants every link to say where it goes
        SECTIONS.forEach(section -> html.raw("<li><a href=\"#" + section + "\" title=\""
                        + Html.escape(text.text("report.section." + section)) + "\">")
                .text(text.text("report.section." + section)).raw("</a></li>"));
        html.raw("</ul></nav>");
    }

    private static void summary(Html html, ReportContent content, ReportText text) {
        html.raw("<section id=\"summary\" class=\"chapter\">").element("h2", text.text("report.section.summary"))
                .element("p", text.text("report.summary.note", text.month(content.runChartFrom()), text.month(content.runChartTo())))
                .raw("<table class=\"summary\">")
                .head(List.of(text.text("report.indicator"), text.text("report.latest-period"), text.text("report.latest-value"),
                        text.text("report.chart.median"), text.text("report.variation"), text.text("report.assurance")))
                .raw("<tbody>");
        for (IndicatorChart chart : content.indicators()) {
            html.row(List.of(text.text(chart.nameKey()), chart.latestPeriod().map(text::month).orElse("–"),
                    latest(chart, text), written(chart.figure(), chart.median(), text), variation(chart, text),
                    text.text("reading.assurance." + chart.assurance())));
        }
        html.raw("</tbody></table>").element("p", "class=\"note\"", text.text("report.summary.assurance")).raw("</section>");
    }

    static String latest(IndicatorChart chart, ReportText text) {
        return chart.latestPeriod().filter(chart.belowFive()::contains).isPresent() ? "< 5"
                : written(chart.figure(), chart.latestValue().orElse(null), text);
    }

    static String variation(IndicatorChart chart, ReportText text) {
        if (chart.median() == null) {
            return text.text("report.variation.none");
        }
        if (chart.specialCause()) {
            return chart.shiftSince().map(since -> text.text("report.variation.special-since", text.month(since)))
                    .orElse(text.text("report.variation.special"));
        }
        return chart.rulesApply() ? text.text("report.variation.common") : text.text("report.variation.too-few");
    }

    private static void runCharts(Html html, ReportContent content, ReportText text) {
        html.raw("<section id=\"run-charts\" class=\"chapter\">").element("h2", text.text("report.section.run-charts"))
                .element("p", text.text("report.run-charts.note"));
        for (IndicatorChart chart : content.indicators()) {
            String name = text.text(chart.nameKey());
            String alternative = text.text("report.run-chart.alt", name, text.month(content.runChartFrom()),
                    text.month(content.runChartTo()), latest(chart, text),
                    chart.latestPeriod().map(text::month).orElse("–"),
                    written(chart.figure(), chart.median(), text), variation(chart, text));
            html.raw("<figure class=\"chart\">").element("h3", name)
                    .raw(RunChartSvg.draw(chart, text, alternative))
                    .element("figcaption", (chart.perWave() ? text.text("report.run-chart.per-wave") + " " : "")
                            + variation(chart, text) + ".")
                    .raw("</figure>");
        }
        html.raw("</section>");
    }

    /** ": Aabenraa, Odense" after the count of municipalities outside 99.8 %, nothing when none is. */
    private static String different(FunnelComparison funnel) {
        List<String> names = funnel.points().stream().filter(p -> p.zone().different()).map(FunnelPoint::name).toList();
        return names.isEmpty() ? "" : ": " + String.join(", ", names);
    }

    private static void funnels(Html html, ReportContent content, ReportText text) {
        html.raw("<section id=\"funnels\" class=\"chapter\">").element("h2", text.text("report.section.funnels"))
                .element("p", text.text("report.funnels.note", text.month(content.funnelFrom()), text.month(content.funnelTo())));
        Integer reported = content.municipality().map(Municipality::code).orElse(null);
        for (FunnelComparison funnel : content.funnels()) {
            OutcomeIndicator indicator = funnel.indicator();
            IndicatorNotation figure = IndicatorNotation.of(indicator);
            String name = text.text("outcomes.indicator." + indicator.name());
            String alternative = funnel.isEmpty() ? text.text("report.funnel.alt-empty", name)
                    : text.text("report.funnel.alt", name, funnel.points().size(), written(figure, funnel.target(), text),
                    funnel.different(), different(funnel));
            html.raw("<figure class=\"chart funnel\">").element("h3", name)
                    .raw(FunnelSvg.draw(funnel, figure, reported, text, alternative))
                    .element("figcaption", alternative).raw("</figure>");
            if (!funnel.isEmpty()) {
                html.raw("<table class=\"funnel-table\">").head(List.of(text.text("report.municipality"),
                        text.text("report.value"), text.text("report.interval"), text.text("report.case-months"),
                        text.text("report.zone"))).raw("<tbody>");
                funnel.points().forEach(point -> html.row(List.of(point.name(), written(figure, point.value(), text),
                        written(figure, point.interval().lower(), text) + " – "
                                + written(figure, point.interval().upper(), text),
                        java.text.NumberFormat.getIntegerInstance(text.locale()).format(point.denominator()),
                        text.text("report.zone." + point.zone().name()))));
                html.raw("</tbody></table>");
            }
        }
        html.raw("</section>");
    }

    /** A figure as the pages write it ({@link IndicatorNotation}), the per cent sign kept on its line; "–" for none. */
    private static String written(IndicatorNotation notation, Double value, ReportText text) {
        return value == null || value.isNaN() ? "–" : notation.withUnit(value, text.locale(), "\u00a0");
    }
}
