package dk.samspil.dashboard.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import dk.samspil.base.chart.ApexChart;
import dk.samspil.base.chart.ChartOptions;
import dk.samspil.base.chart.DefinitionHelp;
import dk.samspil.dashboard.IndicatorCatalogue;
import dk.samspil.dashboard.Tile;

/** One Overview tile: the latest figure, a sparkline with its median, and the signal in words. */
class TileCard extends Section {

    final ApexChart sparkline = new ApexChart();
    final Paragraph signal = new Paragraph();
    final ReadingBadges badges = new ReadingBadges();

    TileCard(Tile tile, DateTimeFormatter label) {
        addClassName("tile");
        getElement().setAttribute("data-indicator", tile.indicator().name());
        String name = IndicatorText.shortName(this, tile.indicator());
        String unit = getTranslation("overview.unit." + tile.indicator().unit());
        IndicatorFormat format = IndicatorFormat.of(tile.indicator(), getLocale());
        Span value = new Span(tile.latestBelowFive() ? getTranslation("outcomes.before-after.below-five")
                : tile.latest().map(format::text).orElse(tile.stillWaiting().isPresent() ? getTranslation("overview.not-reached") : "–"));
        value.addClassName("tile-value");
        Span when = new Span(tile.periods().isEmpty() ? "" : OverviewView.month(tile.periods().getLast(), label));
        when.addClassName("tile-when");
        Span unitText = new Span(unit);
        unitText.addClassName("tile-unit");
        if (tile.median() == null) {
            signal.setText(getTranslation(tile.indicator().perWave() ? "overview.no-waves" : "overview.no-figures"));
        } else {
            signal.setText(tile.shiftSince().map(month -> "⚑ " + getTranslation("overview.shift", OverviewView.month(month, label)))
                    .orElse(getTranslation("overview.no-signal")));
        }
        signal.addClassName(tile.shiftSince().isPresent() ? "tile-shift" : "tile-steady");
        DefinitionHelp help = new DefinitionHelp();
        help.setDefinition(IndicatorText.help(this, tile.indicator().name()));
        add(new H3(name), value, unitText, when);
        tile.stillWaiting().ifPresent(waiting -> {
            Span still = new Span(getTranslation("overview.still-waiting", ShownCounts.text(this, waiting.cases())));
            still.addClassName("tile-waiting");
            add(still);
        });
        if (tile.median() != null) {
            List<Double> values = tile.values().stream().map(format::scaledOrNull).toList();
            List<Double> median = values.stream().map(v -> format.scaled(tile.median())).toList();
            List<String> periods = tile.periods().stream().map(p -> OverviewView.month(p, label)).toList();
            sparkline.setOptions(ChartOptions.sparkline(List.of(new ChartOptions.Series(name, values),
                    new ChartOptions.Series(getTranslation("outcomes.median"), median)), periods, List.of("#0b5c73", "#9a9a9a")));
            sparkline.setHeight("60px");
            sparkline.setTextAlternative(getTranslation("overview.tile.summary", name, value.getText(), unit, when.getText(),
                    format.text(tile.median()), signal.getText()));
            add(sparkline);
        }
        add(signal);
        if (tile.reading() != null) {
            badges.show(tile.reading(), IndicatorCatalogue.of(tile.indicator()).readingDirection(), tile.target(), format);
            add(badges);
            if (tile.median() != null) {
                sparkline.setTextAlternative(sparkline.getElement().getAttribute("aria-label") + " " + badges.words());
            }
        }
        add(help);
    }
}
