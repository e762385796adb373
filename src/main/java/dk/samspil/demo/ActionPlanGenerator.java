package dk.samspil.demo;

import dk.samspil.municipality.Sector;
import java.sql.Types;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The action plan agreed at each meeting that made a new plan or revised one: the most important
 * problems first, each with the sector responsible and a due date, and a review two to four
 * months on. Older actions are mostly done or dropped, recent ones agreed or in progress.
 */
final class ActionPlanGenerator {

    private static final List<String> AREAS = List.of("MENTAL_HEALTH", "SUBSTANCE_USE", "HOUSING", "ECONOMY",
            "DAILY_LIVING", "SOCIAL_NETWORK", "EMPLOYMENT", "PHYSICAL_HEALTH");
    private static final List<String> STATUSES = List.of("AGREED", "IN_PROGRESS", "DONE", "DROPPED");

    List<PlanRow> generate(List<CaseRow> cases, List<MeetingRow> meetings, DemoWindow window, long seed, Ids ids) {
        Map<Long, CaseRow> casesById = cases.stream().collect(Collectors.toMap(CaseRow::id, Function.identity()));
        List<PlanRow> plans = new ArrayList<>();
        for (MeetingRow meeting : meetings) {
            if (!meeting.planStatus().equals("NEW") && !meeting.planStatus().equals("REVISED")) {
                continue;
            }
            CaseRow c = casesById.get(meeting.caseId());
            SplittableRandom r = Randoms.of(seed, "plan", c.municipalityCode(), c.number(),
                    meeting.heldOn().toEpochDay());
            LocalDate agreed = meeting.heldOn();
            plans.add(new PlanRow(ids.next(Ids.Sequence.ACTION_PLAN), c.id(), meeting.id(), agreed,
                    agreed.plusDays(Randoms.between(r, 60, 120)), actions(c, meeting, window.today(), r)));
        }
        return List.copyOf(plans);
    }

    void write(BatchInserter batch, List<PlanRow> plans) {
        BatchInserter.Table planTable = batch.table(
                "INSERT INTO action_plan (id, case_id, meeting_id, agreed_on, next_review_on) VALUES (?, ?, ?, ?, ?)",
                Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.DATE, Types.DATE);
        BatchInserter.Table actionTable = batch.table("""
                INSERT INTO agreed_action (action_plan_id, priority, problem_area, responsible_sector, due_on, status)
                VALUES (?, ?, ?, ?, ?, ?)""",
                Types.BIGINT, Types.TINYINT, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.VARCHAR);
        for (PlanRow plan : plans) {
            planTable.add(plan.id(), plan.caseId(), plan.meetingId(), BatchInserter.date(plan.agreedOn()),
                    BatchInserter.date(plan.nextReviewOn()));
            for (ActionRow action : plan.actions()) {
                actionTable.add(plan.id(), action.priority(), action.problemArea(), action.responsibleSector().name(),
                        BatchInserter.date(action.dueOn()), action.status());
            }
        }
    }

    private static List<ActionRow> actions(CaseRow c, MeetingRow meeting, LocalDate today, SplittableRandom r) {
        int count = Math.clamp(meeting.actionsAgreed(), 1, 5);
        List<String> areas = new ArrayList<>(AREAS);
        List<Double> weights = new ArrayList<>(List.of(10.0, c.course().substanceUse() ? 8.0 : 1.0, 6.0, 5.0, 5.0,
                4.0, 3.0, 3.0));
        List<ActionRow> actions = new ArrayList<>();
        for (int priority = 1; priority <= count; priority++) {
            // drawn by weight, so the heavier problems tend to come first, as the plan ranks them
            int i = Randoms.weightedIndex(r, weights);
            String area = areas.remove(i);
            weights.remove(i);
            LocalDate due = meeting.heldOn().plusDays(Randoms.between(r, 14, 120));
            actions.add(new ActionRow(priority, area, responsible(area, meeting, c), due, status(due, today, r)));
        }
        return List.copyOf(actions);
    }

    private static Sector responsible(String area, MeetingRow meeting, CaseRow c) {
        Sector usual = switch (area) {
            case "MENTAL_HEALTH" -> Sector.PSYCHIATRY;
            case "SUBSTANCE_USE" -> Sector.SUBSTANCE_TREATMENT;
            case "EMPLOYMENT" -> Sector.JOB_CENTRE;
            case "PHYSICAL_HEALTH" -> Sector.GENERAL_PRACTICE;
            case "SOCIAL_NETWORK" -> Sector.NGO;
            default -> Sector.SOCIAL_SERVICES;
        };
        // a sector that was not at the table did not take the task on: the key coordinator carries it
        return meeting.sectors().contains(usual) ? usual : c.keyCoordinator();
    }

    private static String status(LocalDate due, LocalDate today, SplittableRandom r) {
        long overdue = ChronoUnit.DAYS.between(due, today);
        if (overdue > 30) {
            return STATUSES.get(Randoms.weightedIndex(r, 0, 15, 70, 15));
        }
        if (overdue > 0) {
            return STATUSES.get(Randoms.weightedIndex(r, 10, 50, 35, 5));
        }
        return STATUSES.get(Randoms.weightedIndex(r, 55, 45, 0, 0));
    }
}
