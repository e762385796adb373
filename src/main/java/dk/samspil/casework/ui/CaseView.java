package dk.samspil.casework.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import dk.samspil.casework.AgreedActionLine;
import dk.samspil.casework.CaseDetails;
import dk.samspil.casework.CaseService;
import dk.samspil.casework.MeetingLine;
import jakarta.annotation.security.RolesAllowed;

/**
 * One case: its meetings and current action plan. Opening another municipality's case by URL
 * makes {@link CaseService} refuse, and the user sees "not allowed".
 */
@Route("cases")
@RolesAllowed({"MUNICIPAL_LEAD", "DATA_MANAGER"})
class CaseView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    final Grid<MeetingLine> meetings = new Grid<>();
    final Grid<AgreedActionLine> actions = new Grid<>();
    private final CaseService cases;
    private String title = "";

    CaseView(CaseService cases) {
        this.cases = cases;
        addClassName("page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long caseId) {
        CaseDetails details = cases.caseDetails(caseId);
        title = getTranslation("case.title", details.summary().caseRef());
        removeAll();
        add(new H2(title), new Paragraph(getTranslation("case.facts",
                getTranslation("case.status." + details.summary().status()), details.summary().enrolledOn(),
                getTranslation("sector." + details.keyCoordinatorSector()))));
        configureMeetings(details);
        configureActions(details);
        add(new H3(getTranslation("case.meetings")), meetings, new H3(getTranslation("case.plan")), actions);
    }

    private void configureMeetings(CaseDetails details) {
        meetings.addColumn(MeetingLine::heldOn).setHeader(getTranslation("case.meeting.held-on"));
        meetings.addColumn(row -> getTranslation("meeting.type." + row.meetingType())).setHeader(getTranslation("case.meeting.type"));
        meetings.addColumn(row -> row.sectors().stream().map(code -> getTranslation("sector." + code))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("case.meeting.sectors")).setFlexGrow(3);
        meetings.addColumn(row -> getTranslation(row.citizenPresent() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("case.meeting.citizen-present"));
        meetings.addColumn(MeetingLine::nextFollowUpOn).setHeader(getTranslation("case.meeting.next-follow-up"));
        meetings.setItems(details.meetings());
        meetings.setAllRowsVisible(true);
        meetings.setEmptyStateText(getTranslation("case.meetings.empty"));
    }

    private void configureActions(CaseDetails details) {
        actions.addColumn(AgreedActionLine::priority).setHeader(getTranslation("case.action.priority"));
        actions.addColumn(row -> getTranslation("problem." + row.problemArea())).setHeader(getTranslation("case.action.problem"));
        actions.addColumn(row -> getTranslation("sector." + row.responsibleSector())).setHeader(getTranslation("case.action.responsible"));
        actions.addColumn(AgreedActionLine::dueOn).setHeader(getTranslation("case.action.due-on"));
        actions.addColumn(row -> getTranslation("action.status." + row.status())).setHeader(getTranslation("case.action.status"));
        actions.setItems(details.actions());
        actions.setAllRowsVisible(true);
        actions.setEmptyStateText(getTranslation("case.plan.empty"));
    }

    @Override
    public String getPageTitle() {
        return title + " · Samspil";
    }
}
