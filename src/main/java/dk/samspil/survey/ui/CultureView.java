package dk.samspil.survey.ui;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.samspil.municipality.Municipalities;
import dk.samspil.municipality.Municipality;
import dk.samspil.municipality.Sector;
import dk.samspil.survey.Construct;
import dk.samspil.survey.CultureResults;
import dk.samspil.survey.GroupScore;
import dk.samspil.survey.InstrumentCatalogue;
import dk.samspil.survey.SurveyResults;
import jakarta.annotation.security.RolesAllowed;

/**
 * Culture: psychological safety, role clarity and relational coordination by municipality, by
 * sector and by wave; the items of one measure as Likert bars; the relational-coordination network
 * as a matrix and a drawing — all through {@link CultureResults} and its anonymity rule. The
 * filters (wave, municipality, sector, measure) live in the URL.
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
    final Select<Sector> sector = new Select<>();
    final Select<Construct> construct = new Select<>();
    final Paragraph note = new Paragraph();
    final ScorePanel byMunicipality;
    final ScorePanel bySector;
    final ScorePanel trend;
    final ItemBars items;
    final TieMatrix network;
    private final CultureResults results;
    private final InstrumentCatalogue instruments;
    private final Map<Integer, String> names = new java.util.HashMap<>();
    private boolean reading;

    CultureView(CultureResults results, Municipalities municipalities, InstrumentCatalogue instruments) {
        this.results = results;
        this.instruments = instruments;
        addClassName("page");
        int threshold = results.threshold();
        wave.setLabel(getTranslation("culture.wave"));
        wave.setItems(results.closedWaves());
        wave.setItemLabelGenerator(w -> getTranslation("month." + w.period().getMonthValue()) + " " + w.period().getYear());
        List<Municipality> all = municipalities.all();
        all.forEach(m -> names.put(m.code(), m.name()));
        municipality.setLabel(getTranslation("outcomes.municipality"));
        Optional<Integer> own = results.ownMunicipality();
        municipality.setItems(own.map(code -> all.stream().filter(m -> m.code() == code).toList()).orElse(all));
        municipality.setItemLabelGenerator(Municipality::name);
        own.ifPresent(code -> municipality.setHelperText(getTranslation("culture.scope.lead")));
        sector.setLabel(getTranslation("culture.filter.sector"));
        sector.setItems(Sector.values());
        sector.setEmptySelectionAllowed(true);
        sector.setEmptySelectionCaption(getTranslation("culture.filter.all-sectors"));
        sector.setItemLabelGenerator(s -> s == null ? getTranslation("culture.filter.all-sectors") : sectorName(s));
        construct.setLabel(getTranslation("culture.filter.construct"));
        construct.setItems(CONSTRUCTS);
        construct.setItemLabelGenerator(c -> getTranslation("construct." + c));
        wave.addValueChangeListener(change -> navigate());
        municipality.addValueChangeListener(change -> navigate());
        sector.addValueChangeListener(change -> navigate());
        construct.addValueChangeListener(change -> navigate());
        note.setText(getTranslation("culture.note", threshold));
        note.addClassName("figure-note");
        byMunicipality = new ScorePanel(getTranslation("culture.by-municipality"), "culture-by-municipality", threshold);
        byMunicipality.chart.setHeight("360px");
        bySector = new ScorePanel(getTranslation("culture.by-sector.title"), "culture-by-sector", threshold);
        trend = new ScorePanel(getTranslation("culture.trend.title"), "culture-trend", threshold);
        items = new ItemBars(getTranslation("culture.items.title"));
        network = new TieMatrix(getTranslation("culture.matrix.title"), threshold);
        HorizontalLayout filters = new HorizontalLayout(wave, municipality, sector, construct);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("culture.title")), filters, note, byMunicipality, bySector, trend, items, network);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<SurveyResults.ClosedWave> waves = wave.getListDataView().getItems().toList();
        if (waves.isEmpty()) {
            note.setText(getTranslation("culture.empty"));
            List.of(byMunicipality, bySector, trend, items, network).forEach(panel -> panel.setVisible(false));
            return;
        }
        CultureFilter filter = CultureFilter.of(event);
        List<Municipality> allowed = municipality.getListDataView().getItems().toList();
        reading = true;
        wave.setValue(waves.stream().filter(w -> filter.wave() != null && w.id() == filter.wave()).findFirst()
                .orElse(waves.getFirst()));
        municipality.setValue(allowed.stream().filter(m -> filter.municipality() != null && m.code() == filter.municipality())
                .findFirst().orElse(allowed.stream().filter(m -> m.code() == 461).findFirst().orElse(allowed.getFirst())));
        sector.setValue(filter.sector());
        construct.setValue(filter.construct() == null ? Construct.PSYCHOLOGICAL_SAFETY : filter.construct());
        reading = false;
        show();
    }

    /** A change by the user goes through the URL, so back and forward and a copied link work. */
    private void navigate() {
        if (!reading && wave.getValue() != null && municipality.getValue() != null && construct.getValue() != null) {
            CultureFilter filter = new CultureFilter(wave.getValue().id(), municipality.getValue().code(),
                    sector.getValue(), construct.getValue());
            getUI().ifPresent(ui -> ui.navigate(CultureView.class, filter.query()));
        }
    }

    private void show() {
        long waveId = wave.getValue().id();
        Municipality chosen = municipality.getValue();
        Construct measure = construct.getValue();
        Sector only = sector.getValue();
        String measureName = getTranslation("construct." + measure);
        String scope = only == null ? chosen.name() : getTranslation("culture.scope.sector", chosen.name(), sectorName(only));
        Map<String, List<GroupScore>> comparison = new LinkedHashMap<>();
        CONSTRUCTS.forEach(c -> comparison.put(getTranslation("construct." + c), results.municipalityComparison(waveId, c)));
        List<String> municipalities = comparison.values().iterator().next().stream().map(g -> label(g, null)).toList();
        byMunicipality.show("bar", getTranslation("outcomes.municipality"), municipalities, comparison, COLOURS,
                getTranslation("culture.empty.wave-any"));
        List<GroupScore> sectors = results.sectorScores(waveId, chosen.code(), measure);
        boolean drawn = bySector.show("bar", getTranslation("culture.filter.sector"), sectors.stream().map(g -> label(g, chosen)).toList(),
                Map.of(measureName, sectors), List.of(COLOURS.get(CONSTRUCTS.indexOf(measure))),
                getTranslation("culture.empty.wave", chosen.name()));
        if (drawn) {
            bySector.setNote(getTranslation("culture.by-sector.note", measureName, chosen.name()));
        }
        Map<String, List<GroupScore>> overTime = new LinkedHashMap<>();
        CONSTRUCTS.forEach(c -> overTime.put(getTranslation("construct." + c), results.trend(chosen.code(), c, only)));
        List<String> months = overTime.values().iterator().next().stream().map(GroupScore::group).toList();
        drawn = trend.show("line", getTranslation("culture.month"), months, overTime, COLOURS,
                getTranslation(only == null ? "culture.empty.trend" : "culture.empty.trend-sector", scope, results.threshold()));
        if (drawn) {
            trend.setNote(getTranslation("culture.trend.note", scope, CultureResults.TREND_WAVES));
        }
        instruments.active().values().stream().filter(i -> i.construct() == measure).findFirst().ifPresent(instrument ->
                items.show(instrument, results.itemDistributions(waveId, chosen.code(), measure, only), results.threshold(),
                        getTranslation("culture.empty.wave", scope)));
        network.show(results.ties(waveId, chosen.code()), this::sectorName, getTranslation("culture.empty.network",
                chosen.name()));
    }

    private String sectorName(Sector sector) {
        return getTranslation("sector." + sector.name());
    }

    /** A group's name: a municipality code, a sector, or the total (of the programme, or of the chosen municipality). */
    private String label(GroupScore score, Municipality within) {
        String group = score.group();
        if (score.isTotal()) {
            return within == null ? getTranslation("csv.programme") : getTranslation("culture.municipality-total", within.name());
        }
        if (group.chars().allMatch(Character::isDigit)) {
            return names.getOrDefault(Integer.parseInt(group), group);
        }
        return Arrays.stream(Sector.values()).anyMatch(s -> s.name().equals(group)) ? sectorName(Sector.valueOf(group)) : group;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("culture.title") + " · Samspil";
    }
}
