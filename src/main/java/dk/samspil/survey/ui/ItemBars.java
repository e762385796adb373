package dk.samspil.survey.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import dk.samspil.base.chart.ChartOptions;
import dk.samspil.base.chart.ChartPanel;
import dk.samspil.base.chart.Figures;
import dk.samspil.survey.Instrument;
import dk.samspil.survey.ItemDistribution;

/**
 * Stacked Likert bars: one 100 % bar per item of an instrument, split by the answer on its scale.
 * "Not relevant" is not part of the scale, so it stays out of the bar and has a column of its own in
 * the table. A hidden item is named under the chart, not drawn.
 */
class ItemBars extends ChartPanel {

    /** Diverging and colour-blind safe (ColorBrewer PuOr), orange for the low end, purple for the high. */
    private static final List<String> FIVE = List.of("#e66101", "#fdb863", "#d9d9d9", "#b2abd2", "#5e3c99");
    private static final List<String> SEVEN = List.of("#b35806", "#f1a340", "#fee0b6", "#d9d9d9", "#d8daeb", "#998ec3",
            "#542788");
    private static final int LABEL_LENGTH = 48;

    ItemBars(String title) {
        super(title, "culture-items");
        chart.setHeight("420px");
    }

    void show(Instrument instrument, List<ItemDistribution> items, int threshold, String empty) {
        List<ItemDistribution> shown = items.stream().filter(item -> !item.suppressed()).toList();
        List<String> hidden = items.stream().filter(ItemDistribution::suppressed).map(ItemDistribution::itemCode).toList();
        if (shown.isEmpty()) {
            showEmpty(hidden.isEmpty() ? empty : getTranslation("culture.items.all-hidden", threshold));
            return;
        }
        Locale locale = getLocale();
        List<String> labels = shown.stream().map(item -> label(instrument, item.itemCode(), locale)).toList();
        List<Integer> scale = IntStream.rangeClosed(instrument.scaleMin(), instrument.scaleMax()).boxed().toList();
        List<ChartOptions.Series> series = scale.stream().map(value -> new ChartOptions.Series(scaleLabel(instrument,
                value, locale), shown.stream().map(item -> item.counts().getOrDefault(value, 0L)).toList())).toList();
        List<String> colours = scale.size() == 7 ? SEVEN : scale.size() == 5 ? FIVE : null;
        ChartOptions options = ChartOptions.categories("bar", labels, series, getTranslation("culture.items.item"),
                colours).stackedTo100();
        List<String> headers = new ArrayList<>(List.of(getTranslation("culture.items.item")));
        series.forEach(s -> headers.add(s.name()));
        headers.addAll(List.of(getTranslation("culture.items.not-relevant"), getTranslation("culture.items.respondents")));
        List<List<String>> rows = new ArrayList<>();
        for (ItemDistribution item : shown) {
            List<String> row = new ArrayList<>(List.of(label(instrument, item.itemCode(), locale)));
            scale.forEach(value -> row.add(String.valueOf(item.counts().getOrDefault(value, 0L))));
            row.addAll(List.of(String.valueOf(item.notRelevant()), String.valueOf(item.respondents())));
            rows.add(row);
        }
        for (String code : hidden) {
            List<String> row = new ArrayList<>(List.of(label(instrument, code, locale), getTranslation("survey.too-few")));
            rows.add(row);
        }
        show(options, new Figures(headers, rows), summary(shown, instrument, locale, hidden));
        ItemDistribution example = shown.getFirst();
        double middle = (instrument.scaleMin() + instrument.scaleMax()) / 2.0;
        long upper = example.counts().entrySet().stream().filter(e -> e.getKey() > middle).mapToLong(java.util.Map.Entry::getValue).sum();
        setHowToRead(getTranslation("guide.likert", label(instrument, example.itemCode(), locale), upper, example.respondents()));
        setNote(hidden.isEmpty() ? getTranslation("culture.items.note")
                : getTranslation("culture.items.note") + " " + getTranslation("culture.items.hidden", String.join(", ", hidden)));
    }

    /** "PS2: 12 of 17 on the agreeing half." per item, so the reader hears the shape of each bar. */
    private String summary(List<ItemDistribution> items, Instrument instrument, Locale locale, List<String> hidden) {
        double middle = (instrument.scaleMin() + instrument.scaleMax()) / 2.0;
        StringBuilder text = new StringBuilder();
        for (ItemDistribution item : items) {
            long high = item.counts().entrySet().stream().filter(e -> e.getKey() > middle).mapToLong(e -> e.getValue()).sum();
            long answered = item.counts().values().stream().mapToLong(Long::longValue).sum();
            text.append(getTranslation("culture.items.summary", item.itemCode(), high, answered,
                    instrument.highLabel(locale))).append(' ');
        }
        if (!hidden.isEmpty()) {
            text.append(getTranslation("culture.items.hidden", String.join(", ", hidden)));
        }
        return text.toString().trim();
    }

    private static String label(Instrument instrument, String code, Locale locale) {
        String text = instrument.items().stream().filter(item -> item.code().equals(code)).map(item -> item.text(locale))
                .findFirst().orElse("");
        String shortened = text.length() > LABEL_LENGTH ? text.substring(0, LABEL_LENGTH - 1).strip() + "…" : text;
        return shortened.isEmpty() ? code : code + " " + shortened;
    }

    private static String scaleLabel(Instrument instrument, int value, Locale locale) {
        if (value == instrument.scaleMin()) {
            return value + " " + instrument.lowLabel(locale);
        }
        if (value == instrument.scaleMax()) {
            return value + " " + instrument.highLabel(locale);
        }
        return String.valueOf(value);
    }
}
