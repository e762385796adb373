package dk.samspil.dashboard.ui;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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
import com.vaadin.flow.router.Route;
import dk.samspil.base.period.Period;
import dk.samspil.base.ui.PeriodSelect;
import dk.samspil.dashboard.CompareStatistics;
import dk.samspil.dashboard.FunnelComparison;
import dk.samspil.dashboard.OutcomeIndicator;
import dk.samspil.dashboard.Scope;
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
    private final Clock clock;

    CompareView(CompareStatistics statistics, Municipalities places, CurrentUser currentUser, Clock clock) {
        this.statistics = statistics;
        SignedInUser user = currentUser.require();
        this.own = user.role() == Role.MUNICIPAL_LEAD ? user.municipalityCode() : null;
        this.clock = clock;
        period = new PeriodSelect(clock);
        addClassName("page");
        indicator.setLabel(getTranslation("outcomes.indicator"));
        indicator.setWidth("min(24rem, 90vw)");
        period.setWidth("13rem");
        indicator.setItems(OutcomeIndicator.values());
        indicator.setItemLabelGenerator(value -> IndicatorText.name(this, value));
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
        YearMonth now = YearMonth.now(clock);
        Set<Integer> known = municipalities.getListDataView().getItems().map(Municipality::code).collect(Collectors.toSet());
        DashboardFilter filter = DashboardFilter.read(event.getLocation().getQueryParameters(), now,
                Period.last(DEFAULT_MONTHS, now), known);
        indicator.setValue(filter.indicator().orElse(OutcomeIndicator.STABLE_HOUSING));
        period.setValue(filter.period());
        // without the parameter, a lead's own municipality; at most five, in the order of the list
        List<Integer> codes = filter.municipalities().orElse(own == null ? List.of() : List.of(own));
        municipalities.setValue(Set.copyOf(municipalities.getListDataView().getItems()
                .filter(m -> codes.contains(m.code())).limit(CompareStatistics.MAX_TRENDS).toList()));
        show(filter.period());
    }

    private void filtersChanged(boolean fromClient) {
        if (!fromClient || indicator.getValue() == null || period.getValue() == null) {
            return;
        }
        List<Integer> codes = municipalities.getValue().stream().map(Municipality::code).sorted().toList();
        // a lead who clears the choice says so in the URL, or their own municipality would come back
        DashboardFilter filter = DashboardFilter.of(period.getValue(), Scope.programme()).withIndicator(indicator.getValue())
                .withMunicipalities(codes.isEmpty() && own == null ? Optional.empty() : Optional.of(codes));
        getUI().ifPresent(ui -> ui.navigate(CompareView.class, filter.query()));
    }

    private void show(Period months) {
        OutcomeIndicator chosen = indicator.getValue();
        IndicatorFormat format = IndicatorFormat.of(chosen, getLocale());
        FunnelComparison comparison = statistics.funnel(chosen, months);
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM yyyy", getLocale());
        String span = month.format(months.from()) + "–" + month.format(months.to());
        note.setText(getTranslation("compare.note", span));
        String empty = getTranslation("compare.empty", IndicatorText.name(this, chosen), span);
        String definition = IndicatorText.help(this, chosen.name());
        funnel.setDefinition(definition);
        ranking.setDefinition(definition);
        trends.setDefinition(definition);
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
        trends.show(statistics.trends(chosen, months, codes), format, empty);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("compare.title") + " · Samspil";
    }
}
