package dk.samspil.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.samspil.base.ui.Period;
import dk.samspil.casework.CaseService;
import dk.samspil.casework.CaseSummary;
import dk.samspil.municipality.Sector;
import dk.samspil.support.SignIn;
import dk.samspil.survey.Construct;
import dk.samspil.survey.CultureResults;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What a municipal lead's session receives from every dashboard service, inspected object by object:
 * another municipality appears only as aggregates, never as a case, a case reference or a per-case
 * figure; their own cases come only where the page lists them.
 */
@SpringBootTest
class LeadScopeTest {

    private static final int ODENSE = 461;
    private static final int FANOE = 563;

    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    OverviewStatistics overview;
    @Autowired
    MunicipalityHeatmap heatmap;
    @Autowired
    CoreElementAssessments assessments;
    @Autowired
    MeetingStatistics meetings;
    @Autowired
    OutcomeStatistics outcomes;
    @Autowired
    CompareStatistics compare;
    @Autowired
    MunicipalityStatistics municipalities;
    @Autowired
    CultureResults culture;
    @Autowired
    CaseService cases;

    @BeforeEach
    void signIn() {
        SignIn.as(users, "leder.odense");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void every_dashboard_answer_about_other_municipalities_is_an_aggregate() {
        Period period = Period.last(24, YearMonth.now(clock));
        List<Object> answers = new ArrayList<>();
        for (Integer place : java.util.Arrays.asList(null, FANOE)) {
            answers.add(overview.tiles(place, period));
            answers.add(assessments.radar(place));
            answers.add(meetings.overview(place, period.from(), period.to()));
            for (OutcomeIndicator indicator : OutcomeIndicator.values()) {
                answers.add(outcomes.series(indicator, place, period.from(), period.to()));
            }
            answers.add(outcomes.beforeAfter(place, period.from(), period.to()));
        }
        answers.add(heatmap.heatmap(period));
        answers.add(meetings.sectorByMunicipality(Sector.PSYCHIATRY, period.from(), period.to()));
        for (OutcomeIndicator indicator : OutcomeIndicator.values()) {
            answers.add(compare.funnel(indicator, period.from(), period.to()));
            answers.add(compare.trends(indicator, period.from(), period.to(), List.of(ODENSE, FANOE)));
        }
        answers.add(municipalities.overview());
        answers.add(municipalities.meetingsPerMonth(24));
        long wave = culture.closedWaves().getFirst().id();
        for (Construct construct : List.of(Construct.PSYCHOLOGICAL_SAFETY, Construct.ROLE_CLARITY,
                Construct.RELATIONAL_COORDINATION)) {
            answers.add(culture.municipalityComparison(wave, construct));
        }

        List<Object> reached = everythingIn(answers);
        assertThat(reached).as("no case-level record in an aggregate answer")
                .noneMatch(value -> value.getClass().getPackageName().startsWith("dk.samspil.casework"));
        assertThat(reached).as("no per-case figure behind a distribution")
                .noneMatch(value -> value instanceof dk.samspil.statistics.BeforeAfter
                        || value instanceof dk.samspil.statistics.ChangeDistribution);
        List<String> caseRefs = jdbc.sql("SELECT case_ref FROM citizen_case").query(String.class).list();
        assertThat(reached).as("no case reference anywhere in the answers")
                .noneMatch(value -> value instanceof String text && caseRefs.contains(text));
    }

    @Test
    void the_leads_case_list_holds_their_own_cases_only_and_another_municipalitys_is_refused() {
        List<CaseSummary> own = meetings.casesToFollow(ODENSE);
        assertThat(own).isNotEmpty().allMatch(c -> c.municipalityCode() == ODENSE);
        assertThat(own).hasSize(jdbc.sql("SELECT COUNT(*) FROM citizen_case WHERE municipality_code = ?").param(ODENSE)
                .query(Integer.class).single());

        assertThatThrownBy(() -> meetings.casesToFollow(FANOE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cases.casesOf(FANOE)).isInstanceOf(AccessDeniedException.class);
        long fanoeCase = jdbc.sql("SELECT MIN(id) FROM citizen_case WHERE municipality_code = ?").param(FANOE)
                .query(Long.class).single();
        assertThatThrownBy(() -> cases.caseDetails(fanoeCase)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> culture.sectorScores(culture.closedWaves().getFirst().id(), FANOE,
                Construct.PSYCHOLOGICAL_SAFETY)).as("survey detail is for the lead's own municipality")
                .isInstanceOf(AccessDeniedException.class);
    }

    /** Every value reachable from the answers through records, collections, maps and optionals. */
    private static List<Object> everythingIn(Collection<?> roots) {
        List<Object> reached = new ArrayList<>();
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        List<Object> queue = new ArrayList<>(roots);
        while (!queue.isEmpty()) {
            Object value = queue.removeLast();
            if (value == null || seen.put(value, true) != null) {
                continue;
            }
            reached.add(value);
            switch (value) {
                case Collection<?> many -> queue.addAll(many);
                case Map<?, ?> map -> {
                    queue.addAll(map.keySet());
                    queue.addAll(map.values());
                }
                case Optional<?> maybe -> maybe.ifPresent(queue::add);
                case Object[] array -> queue.addAll(List.of(array));
                default -> {
                    if (value.getClass().isRecord()) {
                        for (RecordComponent component : value.getClass().getRecordComponents()) {
                            try {
                                queue.add(component.getAccessor().invoke(value));
                            } catch (ReflectiveOperationException e) {
                                throw new IllegalStateException(e);
                            }
                        }
                    }
                }
            }
        }
        return reached;
    }
}
