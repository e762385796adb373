package dk.samspil.dashboard.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import dk.samspil.base.i18n.TimeFormats;
import dk.samspil.casework.CaseStatus;
import dk.samspil.casework.CaseSummary;

/** A municipality's cases for its lead's follow-up: status, last meeting, plan, next follow-up (overdue marked). */
class CasesToFollow extends Section {

    final Grid<CaseSummary> cases = new Grid<>();
    private final H3 heading = new H3();

    CasesToFollow(LocalDate today) {
        DateTimeFormatter dates = TimeFormats.date(getLocale());
        // the case page lives in the casework module; its address is its public contract
        cases.addComponentColumn(row -> new Anchor("cases/" + row.id(), row.caseRef()))
                .setHeader(getTranslation("cases.case-ref")).setAutoWidth(true);
        cases.addColumn(row -> getTranslation("case.status." + row.status())).setHeader(getTranslation("cases.status"))
                .setAutoWidth(true);
        cases.addColumn(row -> row.lastMeetingOn() == null ? getTranslation("meetings.cases.no-meeting")
                : dates.format(row.lastMeetingOn())).setHeader(getTranslation("cases.last-meeting")).setAutoWidth(true);
        cases.addColumn(row -> row.status() == CaseStatus.ENDED ? "–"
                        : getTranslation("meetings.cases.plan." + row.planStatus(today)))
                .setHeader(getTranslation("meetings.cases.plan")).setAutoWidth(true);
        cases.addComponentColumn(row -> dk.samspil.base.ui.FollowUpBadge.cell(
                        row.nextFollowUpOn() == null || row.status() == CaseStatus.ENDED ? null : dates.format(row.nextFollowUpOn()),
                        row.followUpOverdue(today), row.status() == CaseStatus.ACTIVE))
                .setHeader(getTranslation("cases.next-follow-up")).setAutoWidth(true);
        cases.setAllRowsVisible(true);
        cases.setEmptyStateText(getTranslation("cases.empty"));
        addClassName("chart-card");
        add(heading, new Paragraph(getTranslation("meetings.cases.note")), cases);
    }

    void show(String municipalityName, List<CaseSummary> rows) {
        heading.setText(getTranslation("meetings.cases.title", municipalityName));
        cases.setAriaLabel(heading.getText());
        cases.setItems(rows);
    }
}
