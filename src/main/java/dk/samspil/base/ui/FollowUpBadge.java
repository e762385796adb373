package dk.samspil.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/**
 * A case's next follow-up in a lead's work list (issue 12, defect 9): the date, and a badge in words
 * and colour where it is overdue ("Opfølgning overskredet") or where an active case has none planned
 * ("Ingen opfølgning planlagt") — the words carry the meaning, the colour only repeats it (WCAG 1.4.1),
 * and both colour pairs have a contrast above 7:1.
 */
public final class FollowUpBadge {

    private FollowUpBadge() {
    }

    /**
     * @param date    the next follow-up as the list writes dates; null or blank when none is planned
     * @param overdue the follow-up date has passed on an active case
     * @param active  the case is active, so a missing follow-up is worth a flag
     */
    public static Component cell(String date, boolean overdue, boolean active) {
        Span cell = new Span();
        boolean none = date == null || date.isBlank();
        if (!none) {
            cell.add(new Span(date));
        }
        if (overdue) {
            cell.add(badge(cell.getTranslation("cases.follow-up.overdue"), "#7a1010", "#fde7e7"));
        } else if (none && active) {
            cell.add(badge(cell.getTranslation("cases.follow-up.none"), "#5c3d00", "#fff1cc"));
        } else if (none) {
            cell.add(new Span("–"));
        }
        return cell;
    }

    private static Span badge(String text, String colour, String background) {
        Span badge = new Span(text);
        badge.addClassName("follow-up-badge");
        badge.getStyle().set("color", colour).set("background", background).set("border", "1px solid " + colour)
                .set("border-radius", "var(--lumo-border-radius-m, 4px)").set("padding", "0 0.4em")
                .set("margin-inline-start", "0.4em").set("font-weight", "600").set("white-space", "nowrap");
        return badge;
    }
}
