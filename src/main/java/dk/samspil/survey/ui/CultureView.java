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
import dk.samspil.survey.Pool;
import dk.samspil.survey.Pooling;
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

    final PoolSelect period = new PoolSelect();
    final Select<SurveyResults.ClosedWave> wave = new Select<>();
    final Select<Municipality> municipality = new Select<>();
    final Select<Sector> sector = new Select<>();
    final Select<Construct> construct = new Select<>();
    final Paragraph note = new Paragraph();
    final Paragraph poolNote = new Paragraph();
    final ScorePanel byMunicipality;
    final ScorePanel bySector;
    final ScorePanel trend;
    final ItemBars items;
    final TieMatrix network;
    private final CultureResults results;
    private final InstrumentCatalogue instruments;
    private final Map<Integer, String> names = new java.util.HashMap<>();
    /** "The whole programme" in the municipality choice. */
    private final Municipality programme;
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
        programme = new Municipality(CultureFilter.PROGRAMME, getTranslation("culture.programme"), 0, "");
        List<Municipality> choices = new java.util.ArrayList<>(own.map(code -> all.stream().filter(m -> m.code() == code).toList())
                .orElse(all));
        // the programme is an aggregate over every municipality, which a lead may see too; their own comes first
        choices.add(own.isPresent() ? 1 : 0, programme);
        municipality.setItems(choices);
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
        construct.setWidth(PoolSelect.widthFor(CONSTRUCTS.stream().map(c -> getTranslation("construct." + c))));
        wave.addValueChangeListener(change -> navigate());
        period.addValueChangeListener(change -> navigate());
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
        HorizontalLayout filters = new HorizontalLayout(municipality, period, wave, sector, construct);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        poolNote.addClassName("figure-note");
        add(new H2(getTranslation("culture.title")), filters, note, poolNote, byMunicipality, bySector, trend, items, network);
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
        // a lead opens on their own municipality, everyone else on the whole programme
        Municipality chosen = allowed.stream().filter(m -> filter.municipality() != null && m.code() == filter.municipality())
                .findFirst().orElse(allowed.getFirst());
        municipality.setValue(chosen);
        period.setValue(filter.period() == null ? Pooling.WAVE : filter.period());
        Optional<Long> usual = results.defaultWave(CultureFilter.scope(chosen.code()));
        wave.setValue(waves.stream().filter(w -> filter.wave() != null && w.id() == filter.wave()).findFirst()
                .or(() -> waves.stream().filter(w -> usual.isPresent() && w.id() == usual.get()).findFirst())
                .orElse(waves.getFirst()));
        sector.setValue(filter.sector());
        construct.setValue(filter.construct() == null ? Construct.PSYCHOLOGICAL_SAFETY : filter.construct());
        reading = false;
        show();
    }

    /** A change by the user goes through the URL, so back and forward and a copied link work. */
    private void navigate() {
        if (!reading && wave.getValue() != null && municipality.getValue() != null && construct.getValue() != null) {
            CultureFilter filter = new CultureFilter(wave.getValue().id(), municipality.getValue().code(),
                    sector.getValue(), construct.getValue(), period.getValue());
            getUI().ifPresent(ui -> ui.navigate(CultureView.class, filter.query()));
        }
    }

    private void show() {
        Municipality chosen = municipality.getValue();
        Integer scope = CultureFilter.scope(chosen.code());
        Construct measure = construct.getValue();
        Sector only = sector.getValue();
        Pooling pooling = period.getValue();
        wave.setVisible(pooling == Pooling.WAVE);
        String measureName = getTranslation("construct." + measure);
        String colour = COLOURS.get(CONSTRUCTS.indexOf(measure));
        Optional<Pool> pool = pooling == Pooling.WAVE ? Optional.empty() : results.newestPool(pooling, scope);
        if (pooling != Pooling.WAVE && pool.isEmpty()) {
            String why = getTranslation("culture.pool.none", getTranslation("culture.period." + pooling), chosen.name());
            List.of(byMunicipality, bySector, network).forEach(panel -> panel.showEmpty(why));
            network.network.setVisible(false);
            poolNote.setText(why);
        }
        Long waveId = pooling == Pooling.WAVE ? wave.getValue().id() : null;
        String when = pool.map(this::poolName).orElseGet(() -> wave.getItemLabelGenerator().apply(wave.getValue()));
        poolNote.setVisible(pool.isPresent() || pooling != Pooling.WAVE);
        pool.ifPresent(p -> poolNote.setText(getTranslation("culture.pool.note", poolName(p), results.threshold())));
        if (waveId != null || pool.isPresent()) {
            // one measure a chart, on its own scale: PS and RCL run 1–7, RC 1–5, and never share an axis
            List<GroupScore> comparison = pool.map(p -> results.municipalityComparison(p, measure))
                    .orElseGet(() -> results.municipalityComparison(waveId, measure));
            byMunicipality.show("bar", getTranslation("outcomes.municipality"), comparison.stream().map(g -> label(g, null)).toList(),
                    Map.of(measureName, comparison), List.of(colour), getTranslation("culture.empty.wave-any"), ScorePanel.scale(measure));
            if (pool.isEmpty() && scope == null) {
                bySector.showEmpty(getTranslation("culture.pool.programme-network"));
                network.showEmpty(getTranslation("culture.pool.programme-network"));
                network.network.setVisible(false);
            } else {
                List<GroupScore> sectors = pool.map(p -> results.sectorScores(p, scope, measure))
                        .orElseGet(() -> results.sectorScores(waveId, chosen.code(), measure));
                boolean drawn = bySector.show("bar", getTranslation("culture.filter.sector"),
                        sectors.stream().map(g -> label(g, chosen)).toList(), Map.of(measureName, sectors), List.of(colour),
                        getTranslation("culture.empty.wave", chosen.name()), ScorePanel.scale(measure));
                if (drawn) {
                    bySector.note(getTranslation("culture.by-sector.note", measureName, chosen.name(), when));
                }
                if (scope == null && pooling == Pooling.QUARTER) {
                    // a quarter has no programme network (decision 0028): beside its waves it could give a small sum away
                    network.showEmpty(getTranslation("culture.pool.programme-network-quarter"));
                    network.network.setVisible(false);
                } else {
                    network.show(pool.map(p -> results.ties(p, scope)).orElseGet(() -> results.ties(waveId, chosen.code())),
                            this::sectorName, getTranslation("culture.empty.network", chosen.name()));
                }
            }
        }
        boolean municipal = scope != null;
        trend.setVisible(municipal);
        items.setVisible(municipal && waveId != null);
        if (!municipal) {
            return;
        }
        String scopeName = only == null ? chosen.name() : getTranslation("culture.scope.sector", chosen.name(), sectorName(only));
        List<GroupScore> overTime = results.trend(chosen.code(), measure, only);
        boolean drawn = trend.show("line", getTranslation("culture.month"), overTime.stream().map(GroupScore::group).toList(),
                Map.of(measureName, overTime), List.of(colour),
                getTranslation(only == null ? "culture.empty.trend" : "culture.empty.trend-sector", scopeName, results.threshold()),
                ScorePanel.scale(measure));
        if (drawn) {
            trend.note(getTranslation("culture.trend.note", scopeName, CultureResults.TREND_WAVES));
        }
        if (waveId != null) {
            instruments.active().values().stream().filter(i -> i.construct() == measure).findFirst().ifPresent(instrument ->
                    items.show(instrument, results.itemDistributions(waveId, chosen.code(), measure, only), results.threshold(),
                            getTranslation("culture.empty.wave", scopeName)));
        }
    }

    private String poolName(Pool pool) {
        return getTranslation("month." + pool.first().getMonthValue()) + " " + pool.first().getYear() + "–"
                + getTranslation("month." + pool.last().getMonthValue()) + " " + pool.last().getYear();
    }

    private String sectorName(Sector sector) {
        return getTranslation("sector." + sector.name());
    }

    /** A group's name: a municipality code, a sector, or the total (of the programme, or of the chosen municipality). */
    private String label(GroupScore score, Municipality within) {
        String group = score.group();
        if (score.isTotal()) {
            return within == null || within.code() == CultureFilter.PROGRAMME ? getTranslation("csv.programme")
                    : getTranslation("culture.municipality-total", within.name());
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
