package dk.samspil.survey.ui;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import dk.samspil.base.chart.ApexChart;
import dk.samspil.base.ui.UrlParameters;
import dk.samspil.base.chart.ChartOptions;
import dk.samspil.municipality.Municipalities;
import dk.samspil.municipality.Municipality;
import dk.samspil.survey.Construct;
import dk.samspil.survey.GroupScore;
import dk.samspil.survey.SurveyResults;
import jakarta.annotation.security.RolesAllowed;

/**
 * Culture: psychological safety, role clarity and relational coordination by municipality and, for
 * one municipality, by sector — all through {@link SurveyResults} and its anonymity rule. Wave and
 * municipality live in the URL.
 */
@Route("culture")
@Menu(title = "nav.culture", order = 1.7)
@RolesAllowed({"STEERING", "MUNICIPAL_LEAD", "DATA_MANAGER"})
class CultureView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final List<Construct> CONSTRUCTS = List.of(Construct.PSYCHOLOGICAL_SAFETY, Construct.ROLE_CLARITY,
            Construct.RELATIONAL_COORDINATION);
    private static final List<String> COLOURS = List.of("#0072B2", "#D55E00", "#009E73");

    final Select<SurveyResults.ClosedWave> wave = new Select<>();
    final Select<Municipality> municipality = new Select<>();
    final ApexChart byMunicipality = new ApexChart();
    final ApexChart bySector = new ApexChart();
    final Grid<GroupScore> sectorTable = new Grid<>();
    final Paragraph note = new Paragraph();
    private final SurveyResults results;
    private final Map<Integer, String> names = new java.util.HashMap<>();

    CultureView(SurveyResults results, Municipalities municipalities) {
        this.results = results;
        addClassName("page");
        wave.setLabel(getTranslation("culture.wave"));
        wave.setItems(results.closedWaves());
        wave.setItemLabelGenerator(w -> getTranslation("month." + w.period().getMonthValue()) + " " + w.period().getYear());
        municipality.setLabel(getTranslation("outcomes.municipality"));
        List<Municipality> all = municipalities.all();
        all.forEach(m -> names.put(m.code(), m.name()));
        municipality.setItems(all);
        municipality.setItemLabelGenerator(Municipality::name);
        wave.addValueChangeListener(change -> navigate(change.isFromClient()));
        municipality.addValueChangeListener(change -> navigate(change.isFromClient()));
        byMunicipality.setHeight("360px");
        bySector.setHeight("300px");
        note.setText(getTranslation("culture.note", results.threshold()));
        note.addClassName("figure-note");
        add(new H2(getTranslation("culture.title")), new HorizontalLayout(wave, municipality), note,
                new H3(getTranslation("culture.by-municipality")), byMunicipality,
                new H3(getTranslation("culture.by-sector")), bySector, sectorTable);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<SurveyResults.ClosedWave> waves = wave.getListDataView().getItems().toList();
        if (waves.isEmpty()) {
            note.setText(getTranslation("culture.empty"));
            return;
        }
        wave.setValue(UrlParameters.first(event, "wave").flatMap(id -> waves.stream().filter(w -> String.valueOf(w.id()).equals(id))
                .findFirst()).orElse(waves.getFirst()));
        municipality.setValue(UrlParameters.first(event, "municipality").flatMap(code -> municipality.getListDataView().getItems()
                .filter(m -> String.valueOf(m.code()).equals(code)).findFirst())
                .orElse(municipality.getListDataView().getItems().filter(m -> m.code() == 461).findFirst()
                        .orElse(municipality.getListDataView().getItems().findFirst().orElseThrow())));
        show();
    }

    private void navigate(boolean fromClient) {
        if (fromClient && wave.getValue() != null && municipality.getValue() != null) {
            getUI().ifPresent(ui -> ui.navigate(CultureView.class, QueryParameters.simple(Map.of(
                    "wave", String.valueOf(wave.getValue().id()), "municipality", String.valueOf(municipality.getValue().code())))));
        }
    }

    private void show() {
        long waveId = wave.getValue().id();
        List<String> municipalities = new ArrayList<>();
        List<ChartOptions.Series> series = new ArrayList<>();
        StringBuilder text = new StringBuilder(getTranslation("culture.by-municipality")).append(": ");
        for (Construct construct : CONSTRUCTS) {
            List<GroupScore> groups = results.municipalityComparison(waveId, construct);
            if (municipalities.isEmpty()) {
                groups.forEach(g -> municipalities.add(label(g.group())));
            }
            series.add(new ChartOptions.Series(getTranslation("construct." + construct),
                    groups.stream().map(g -> g.suppressed() || g.mean() == null ? null : round(g.mean())).toList()));
            long hidden = groups.stream().filter(GroupScore::suppressed).count();
            text.append(getTranslation("construct." + construct)).append(' ')
                    .append(getTranslation("culture.hidden", hidden)).append(". ");
        }
        byMunicipality.setOptions(ChartOptions.categories("bar", municipalities, series, getTranslation("culture.mean"), COLOURS));
        byMunicipality.setTextAlternative(text.toString());
        List<GroupScore> sectors = results.sectorScores(waveId, municipality.getValue().code(), Construct.PSYCHOLOGICAL_SAFETY);
        List<String> sectorNames = sectors.stream().map(g -> sectorLabel(g.group())).toList();
        bySector.setOptions(ChartOptions.categories("bar", sectorNames, List.of(new ChartOptions.Series(
                getTranslation("construct.PSYCHOLOGICAL_SAFETY"), sectors.stream()
                        .map(g -> g.suppressed() || g.mean() == null ? null : round(g.mean())).toList())),
                getTranslation("culture.mean"), COLOURS.subList(0, 1)));
        bySector.setTextAlternative(getTranslation("culture.by-sector") + ": " + String.join(", ", sectors.stream()
                .map(g -> sectorLabel(g.group()) + " " + shown(g)).toList()));
        sectorTable.removeAllColumns();
        sectorTable.addColumn(g -> sectorLabel(g.group())).setHeader(getTranslation("invitations.sector"));
        sectorTable.addColumn(this::shown).setHeader(getTranslation("construct.PSYCHOLOGICAL_SAFETY"));
        sectorTable.setItems(sectors.stream().filter(g -> g.n() > 0).toList());
        sectorTable.setAllRowsVisible(true);
        sectorTable.setEmptyStateText(getTranslation("culture.no-answers"));
    }

    /** In the sector cut the total is the chosen municipality's, not the programme's. */
    private String sectorLabel(String group) {
        return "TOTAL".equals(group) ? getTranslation("culture.municipality-total", municipality.getValue().name())
                : label(group);
    }

    private String label(String group) {
        if ("TOTAL".equals(group)) {
            return getTranslation("csv.programme");
        }
        if (group.chars().allMatch(Character::isDigit)) {
            return names.getOrDefault(Integer.parseInt(group), group);
        }
        return getTranslation("sector." + group);
    }

    private String shown(GroupScore group) {
        if (group.n() == 0) {
            return "–";
        }
        if (group.suppressed()) {
            return getTranslation("survey.too-few");
        }
        NumberFormat number = NumberFormat.getNumberInstance(getLocale());
        number.setMaximumFractionDigits(1);
        number.setMinimumFractionDigits(1);
        return getTranslation("survey.thanks.score", number.format(group.mean()), group.n());
    }

    private static Double round(double value) {
        return Math.round(value * 10) / 10.0;
    }


    @Override
    public String getPageTitle() {
        return getTranslation("culture.title") + " · Samspil";
    }
}
