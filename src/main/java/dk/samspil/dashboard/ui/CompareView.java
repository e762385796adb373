package dk.samspil.dashboard.ui;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
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
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import dk.samspil.base.ui.Period;
import dk.samspil.base.ui.PeriodSelect;
import dk.samspil.base.ui.UrlParameters;
import dk.samspil.dashboard.CompareStatistics;
import dk.samspil.dashboard.FunnelComparison;
import dk.samspil.dashboard.OutcomeIndicator;
import dk.samspil.municipality.Municipalities;
import dk.samspil.municipality.Municipality;
import dk.samspil.security.CurrentUser;
import dk.samspil.security.Role;
import dk.samspil.security.SignedInUser;
import jakarta.annotation.security.RolesAllowed;

/**
 * Compare: one outcome indicator across the municipalities, fair for their size — a funnel plot
 * (a municipality is "different" only outside the 99.8 % limits, widened for over-dispersion), a
 * ranking with intervals, and chosen municipalities' trends side by side. A lead's own
 * municipality is drawn apart and chosen for the trends unless the URL says otherwise. Indicator,
 * period and municipalities live in the URL ({@code municipality} repeated, one code each).
 */
@Route("compare")
@Menu(title = "nav.compare", order = 1.6)
@RolesAllowed({"STEERING", "MUNICIPAL_LEAD", "DATA_MANAGER"})
class CompareView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String INDICATOR = "indicator";
    static final String MUNICIPALITY = "municipality";
    private static final int DEFAULT_MONTHS = 12;

    final Select<OutcomeIndicator> indicator = new Select<>();
    final PeriodSelect period;
    final MultiSelectComboBox<Municipality> municipalities = new MultiSelectComboBox<>();
    final Paragraph note = new Paragraph();
    final FunnelPanel funnel = new FunnelPanel(getTranslation("compare.funnel"));
    final RankingPanel ranking = new RankingPanel(getTranslation("compare.ranking"));
    final TrendsPanel trends = new TrendsPanel(getTranslation("compare.trends"));
    private final CompareStatistics statistics;
    private final Integer own;

    CompareView(CompareStatistics statistics, Municipalities places, CurrentUser currentUser, Clock clock) {
        this.statistics = statistics;
        SignedInUser user = currentUser.require();
        this.own = user.role() == Role.MUNICIPAL_LEAD ? user.municipalityCode() : null;
        period = new PeriodSelect(clock);
        addClassName("page");
        indicator.setLabel(getTranslation("outcomes.indicator"));
        indicator.setWidth("min(24rem, 90vw)");
        period.setWidth("13rem");
        indicator.setItems(OutcomeIndicator.values());
        indicator.setItemLabelGenerator(value -> getTranslation("outcomes.indicator." + value));
        municipalities.setLabel(getTranslation("compare.choose"));
        municipalities.setHelperText(getTranslation("compare.choose.help", CompareStatistics.MAX_TRENDS));
        municipalities.setWidth("min(26rem, 90vw)");
        municipalities.setItems(places.all());
        municipalities.setItemLabelGenerator(Municipality::name);
        indicator.addValueChangeListener(change -> filtersChanged(change.isFromClient()));
        period.addValueChangeListener(change -> filtersChanged(change.isFromClient()));
        municipalities.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue().size() > CompareStatistics.MAX_TRENDS) {
                municipalities.setValue(change.getOldValue());
                return;
            }
            filtersChanged(change.isFromClient());
        });
        HorizontalLayout filters = new HorizontalLayout(indicator, period, municipalities);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        note.addClassName("figure-note");
        add(new H2(getTranslation("compare.title")), filters, note, funnel, ranking, trends);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        indicator.setValue(UrlParameters.first(event, INDICATOR).flatMap(CompareView::indicatorOf)
                .orElse(OutcomeIndicator.STABLE_HOUSING));
        Period months = period.read(event, DEFAULT_MONTHS);
        municipalities.setValue(chosen(event));
        show(months);
    }

    /** The URL's municipalities (known codes, at most five); without the parameter, a lead's own. */
    private Set<Municipality> chosen(BeforeEnterEvent event) {
        List<String> codes = event.getLocation().getQueryParameters().getParameters().get(MUNICIPALITY);
        if (codes == null) {
            return Set.copyOf(municipalities.getListDataView().getItems().filter(m -> own != null && m.code() == own).toList());
        }
        return Set.copyOf(municipalities.getListDataView().getItems()
                .filter(m -> codes.contains(String.valueOf(m.code()))).limit(CompareStatistics.MAX_TRENDS).toList());
    }

    private void filtersChanged(boolean fromClient) {
        if (!fromClient || indicator.getValue() == null || period.getValue() == null) {
            return;
        }
        Map<String, List<String>> query = new LinkedHashMap<>();
        query.put(INDICATOR, List.of(indicator.getValue().name()));
        query.put(PeriodSelect.PARAMETER, List.of(period.getValue().key()));
        List<String> codes = municipalities.getValue().stream().map(m -> String.valueOf(m.code())).sorted().toList();
        // a lead who clears the choice says so in the URL, or their own municipality would come back
        query.put(MUNICIPALITY, codes.isEmpty() && own != null ? List.of("") : codes);
        if (codes.isEmpty() && own == null) {
            query.remove(MUNICIPALITY);
        }
        getUI().ifPresent(ui -> ui.navigate(CompareView.class, new QueryParameters(query)));
    }

    private void show(Period months) {
        OutcomeIndicator chosen = indicator.getValue();
        IndicatorFormat format = new IndicatorFormat(chosen, getLocale());
        FunnelComparison comparison = statistics.funnel(chosen, months.from(), months.to());
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM yyyy", getLocale());
        String span = month.format(months.from()) + "–" + month.format(months.to());
        note.setText(getTranslation("compare.note", span));
        String empty = getTranslation("compare.empty", getTranslation("outcomes.indicator." + chosen), span);
        if (comparison.isEmpty()) {
            funnel.showEmpty(empty);
            ranking.showEmpty(empty);
        } else {
            funnel.show(comparison, format);
            ranking.show(comparison, format);
        }
        // the lead's own municipality first, the others in the order of the list (by name)
        List<Integer> codes = municipalities.getListDataView().getItems().filter(municipalities.getValue()::contains)
                .sorted(Comparator.comparing((Municipality m) -> !Objects.equals(m.code(), own)))
                .map(Municipality::code).toList();
        trends.show(statistics.trends(chosen, months.from(), months.to(), codes), format, empty);
    }

    private static Optional<OutcomeIndicator> indicatorOf(String name) {
        try {
            return Optional.of(OutcomeIndicator.valueOf(name));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("compare.title") + " · Samspil";
    }
}
