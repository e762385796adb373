package dk.samspil.demo;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Everything one municipality contributes apart from the survey: its cases with their meetings,
 * plans and outcomes, its self-assessments and its import history. The caller runs it in one
 * transaction, so a failure never leaves a municipality half written.
 */
final class CaseworkStep {

    private final JdbcTemplate jdbc;
    private final CaseGenerator cases = new CaseGenerator();
    private final MeetingGenerator meetings = new MeetingGenerator();
    private final ActionPlanGenerator plans = new ActionPlanGenerator();
    private final OutcomeGenerator outcomes = new OutcomeGenerator();
    private final SelfAssessmentGenerator assessments = new SelfAssessmentGenerator();
    private final ImportHistoryGenerator imports = new ImportHistoryGenerator();

    CaseworkStep(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Counts(int cases, int meetings, int actionPlans, int outcomeMonths, int selfAssessments) {

        static final Counts NONE = new Counts(0, 0, 0, 0, 0);

        Counts plus(Counts other) {
            return new Counts(cases + other.cases, meetings + other.meetings, actionPlans + other.actionPlans,
                    outcomeMonths + other.outcomeMonths, selfAssessments + other.selfAssessments);
        }
    }

    Counts run(MunicipalityProfile profile, DemoWindow window, long seed, Ids ids) {
        int code = profile.municipality().code();
        int existingCases = count("SELECT COUNT(*) FROM citizen_case WHERE municipality_code = ?", code);
        int existingMeetings = count("SELECT COUNT(*) FROM network_meeting WHERE municipality_code = ?", code);

        List<CaseRow> caseRows = cases.generate(profile, window, seed, existingCases, ids);
        List<MeetingRow> meetingRows = meetings.generate(caseRows, profile, seed, existingMeetings, ids);
        List<PlanRow> planRows = plans.generate(caseRows, meetingRows, window, seed, ids);
        List<OutcomeRow> outcomeRows = outcomes.generate(caseRows, window, seed);
        // a quarter the municipality has already assessed keeps its scores
        List<Integer> assessed = jdbc.queryForList(
                "SELECT DISTINCT year * 10 + quarter FROM core_element_assessment WHERE municipality_code = ?",
                Integer.class, code);
        List<AssessmentRow> assessmentRows = assessments.generate(profile, window, seed).stream()
                .filter(row -> !assessed.contains(row.year() * 10 + row.quarter()))
                .toList();
        List<ImportRow> importRows = imports.generate(profile.municipality(), meetingRows, outcomeRows, window, seed);

        // parents before children: the batches are written in this order
        BatchInserter batch = new BatchInserter(jdbc);
        cases.write(batch, caseRows);
        meetings.write(batch, meetingRows);
        plans.write(batch, planRows);
        outcomes.write(batch, outcomeRows);
        assessments.write(batch, assessmentRows);
        imports.write(batch, importRows);
        imports.writeContact(batch, profile.municipality(), window);
        batch.flush();
        return new Counts(caseRows.size(), meetingRows.size(), planRows.size(), outcomeRows.size(),
                assessmentRows.size());
    }

    private int count(String sql, int municipalityCode) {
        Integer count = jdbc.queryForObject(sql, Integer.class, municipalityCode);
        return count == null ? 0 : count;
    }
}
