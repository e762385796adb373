package dk.samspil.dashboard.ui;

import java.util.List;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import dk.samspil.dashboard.IndicatorCatalogue;
import dk.samspil.dashboard.Tile;

/**
 * The "icons only" summary (issue 12): every indicator of the chosen unit on one line — latest
 * figure, target, variation and assurance in words — so the steering group reads the whole
 * programme's state without opening a chart.
 */
class IconSummary extends Section {

    final NativeTable table = new NativeTable();

    IconSummary() {
        addClassName("chart-card");
        table.addClassName("icon-summary");
        table.getStyle().set("border-collapse", "collapse").set("font-size", "var(--lumo-font-size-s)");
        Paragraph note = new Paragraph(getTranslation("overview.icons.note"));
        note.addClassName("figure-note");
        add(new H3(getTranslation("overview.icons")), note, table);
    }

    void show(List<Tile> tiles, String place) {
        table.getHead().removeAllRows();
        table.getBody().removeAllRows();
        table.setCaptionText(getTranslation("overview.icons.caption", place));
        NativeTableRow head = table.getHead().addRow();
        for (String key : List.of("overview.indicator", "overview.icons.latest", "overview.icons.target",
                "overview.icons.variation", "overview.icons.assurance")) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(capitalised(getTranslation(key)));
            cell.getElement().setAttribute("scope", "col");
            pad(cell);
        }
        for (Tile tile : tiles) {
            IndicatorFormat format = IndicatorFormat.of(tile.indicator(), getLocale());
            NativeTableRow row = table.getBody().addRow();
            row.getElement().setAttribute("data-indicator", tile.indicator().name());
            NativeTableHeaderCell name = row.addHeaderCell();
            name.setText(IndicatorText.name(this, tile.indicator().name()));
            name.getElement().setAttribute("scope", "row");
            pad(name);
            pad(row.addDataCell()).setText(tile.latestBelowFive() ? getTranslation("outcomes.before-after.below-five")
                    : tile.latest().map(format::withUnit).orElse("–"));
            pad(row.addDataCell()).setText(tile.target().isPresent() ? format.withUnit(tile.target().getAsDouble())
                    : getTranslation("overview.icons.no-target"));
            ReadingBadges badges = new ReadingBadges();
            badges.show(tile.reading(), IndicatorCatalogue.of(tile.indicator()).readingDirection(), tile.target(), format);
            pad(row.addDataCell()).add(badges.variation);
            pad(row.addDataCell()).add(badges.assurance);
        }
    }

    /** Cells styled here, not in the theme: a theme change would need both front-end bundles rebuilt. */
    private static <C extends com.vaadin.flow.component.HasStyle> C pad(C cell) {
        cell.getStyle().set("text-align", "left").set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        return cell;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
