package dk.samspil.report;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import dk.samspil.dashboard.CoreElementRadar;
import dk.samspil.dashboard.OutcomeIndicator;
import dk.samspil.dashboard.TileIndicator;
import dk.samspil.municipality.Sector;
import dk.samspil.survey.Construct;
import dk.samspil.survey.GroupScore;

/** The report's later sections: culture, self-assessment, actions, how to read it, definitions. */
final class ReportSections {

    private ReportSections() {
    }

    /**
     * The culture results exactly as the Culture page has them: a hidden group is "too few answers"
     * with its n only "&lt; threshold", an empty group a dash, a shown one its mean to one decimal
     * (rounded as the page rounds) and its n.
     */
    static void culture(Html html, ReportContent content, ReportText text) {
        html.raw("<section id=\"culture\" class=\"chapter\">").element("h2", text.text("report.section.culture"));
        if (content.culture().isEmpty()) {
            html.element("p", text.text("culture.empty")).raw("</section>");
            return;
        }
        ReportContent.Culture culture = content.culture().get();
        html.element("p", text.text("report.culture.wave", text.month(culture.wave())))
                .element("p", "class=\"note\"", text.text("culture.note", culture.threshold()));
        // one table per measure, as the Culture page charts one measure at a time: mean and n side by side
        html.element("h3", text.text("culture.by-municipality"));
        for (Construct construct : ReportAssembler.CONSTRUCTS) {
            scoreTable(html, text.text("report.construct." + construct.name()), text.text("report.municipality"),
                    culture.comparison().get(construct), group -> group.isTotal() ? text.text("report.programme")
                            : content.name(Integer.parseInt(group.group())), culture.threshold(), text);
        }
        if (!culture.sectors().isEmpty()) {
            html.element("h3", text.text("culture.by-sector.title") + ": " + content.scopeName(text));
            for (Construct construct : ReportAssembler.CONSTRUCTS) {
                scoreTable(html, text.text("report.construct." + construct.name()), text.text("culture.filter.sector"),
                        culture.sectors().get(construct), group -> group.isTotal()
                                ? text.text("culture.municipality-total", content.scopeName(text))
                                : text.text(Sector.valueOf(group.group()).translationKey()), culture.threshold(), text);
            }
        }
        html.raw("</section>");
    }

    private static void scoreTable(Html html, String caption, String groupHeader, List<GroupScore> groups,
                                   java.util.function.Function<GroupScore, String> name, int threshold, ReportText text) {
        html.raw("<table class=\"culture\">").element("caption", caption)
                .head(List.of(groupHeader, text.text("culture.mean"), text.text("report.answers"))).raw("<tbody>");
        for (GroupScore group : groups) {
            List<String> row = new ArrayList<>(List.of(name.apply(group)));
            row.addAll(cells(group, threshold, text));
            html.row(row);
        }
        html.raw("</tbody></table>");
    }

    /** Mean and n, as ScorePanel on the Culture page writes them. */
    static List<String> cells(GroupScore group, int threshold, ReportText text) {
        if (group.n() == 0) {
            return List.of("–", "0");
        }
        if (group.suppressed() || group.mean() == null) {
            return List.of(text.text("survey.too-few"), "< " + threshold);
        }
        NumberFormat format = NumberFormat.getNumberInstance(text.locale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return List.of(format.format(Math.round(group.mean() * 10) / 10.0), String.valueOf(group.n()));
    }

    static void selfAssessment(Html html, ReportContent content, ReportText text) {
        html.raw("<section id=\"self-assessment\" class=\"chapter\">").element("h2", text.text("report.section.self-assessment"));
        CoreElementRadar radar = content.selfAssessment();
        if (radar.quarter().isEmpty()) {
            html.element("p", text.text("report.self-assessment.none")).raw("</section>");
            return;
        }
        html.element("p", text.text("report.self-assessment.note", radar.quarter().get(), radar.assessed()));
        String alternative = text.text("report.self-assessment.alt", radar.quarter().get(), content.scopeName(text));
        html.raw("<figure class=\"chart\">").raw(CoreElementSvg.draw(radar, content.scopeName(text), text, alternative))
                .element("figcaption", alternative).raw("</figure>");
        List<String> headers = new ArrayList<>(List.of(text.text("report.element"), text.text("report.programme")));
        radar.municipality().ifPresent(own -> headers.add(content.scopeName(text)));
        html.raw("<table>").head(headers).raw("<tbody>");
        NumberFormat format = NumberFormat.getNumberInstance(text.locale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        for (int i = 0; i < CoreElementRadar.ELEMENTS.size(); i++) {
            String element = CoreElementRadar.ELEMENTS.get(i);
            List<String> row = new ArrayList<>(List.of(element + " " + text.text("overview.element." + element),
                    score(radar.programme().get(i), format)));
            int index = i;
            radar.municipality().ifPresent(own -> row.add(score(own.get(index), format)));
            html.row(row);
        }
        html.raw("</tbody></table></section>");
    }

    private static String score(Double value, NumberFormat format) {
        return value == null ? "–" : format.format(value);
    }

    static void actions(Html html, ReportContent content, ReportText text) {
        html.raw("<section id=\"actions\" class=\"chapter\">").element("h2", text.text("report.section.actions"))
                .element("p", text.text("report.actions.note", text.month(content.quarter().firstMonth()),
                        text.month(content.quarter().lastMonth())))
                .raw("<table>").head(List.of(text.text("report.actions.status"), text.text("report.actions.count")))
                .raw("<tbody>");
        for (Map.Entry<String, OptionalLong> status : content.actions().entrySet()) {
            html.row(List.of(text.text("report.actions.status." + status.getKey()),
                    status.getValue().isPresent() ? String.valueOf(status.getValue().getAsLong()) : "< 5"));
        }
        html.raw("</tbody></table>").element("p", "class=\"note\"", text.text("report.actions.programme-level"))
                .raw("</section>");
    }

    static void howToRead(Html html, ReportText text) {
        html.raw("<section id=\"how-to-read\" class=\"chapter\">").element("h2", text.text("report.section.how-to-read"));
        for (String part : List.of("run-chart", "signal", "common", "funnel", "anonymity", "small-cells")) {
            html.element("h3", text.text("report.read." + part + ".title")).element("p", text.text("report.read." + part));
        }
        html.raw("</section>");
    }

    static void definitions(Html html, ReportContent content, ReportText text) {
        html.raw("<section id=\"definitions\" class=\"chapter\">").element("h2", text.text("report.section.definitions"))
                .raw("<dl>");
        for (TileIndicator indicator : TileIndicator.values()) {
            html.element("dt", text.text("overview.tile." + indicator.name()))
                    .element("dd", text.text("report.define.tile." + indicator.name()));
        }
        for (OutcomeIndicator indicator : OutcomeIndicator.values()) {
            html.element("dt", text.text("outcomes.indicator." + indicator.name()))
                    .element("dd", text.text("report.define.outcome." + indicator.name()));
        }
        html.raw("</dl></section>");
    }
}
