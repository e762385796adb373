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
import java.util.OptionalLong;

import dk.samspil.base.period.Period;
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
        for (Scope place : List.of(Scope.programme(), Scope.municipality(FANOE))) {
            answers.add(overview.tiles(place, period));
            answers.add(assessments.radar(place));
            answers.add(meetings.overview(place, period));
            for (OutcomeIndicator indicator : OutcomeIndicator.values()) {
                answers.add(outcomes.series(indicator, place, period));
            }
            answers.add(outcomes.beforeAfter(place, period));
        }
        answers.add(heatmap.heatmap(period));
        answers.add(meetings.sectorByMunicipality(Sector.PSYCHIATRY, period));
        for (OutcomeIndicator indicator : OutcomeIndicator.values()) {
            answers.add(compare.funnel(indicator, period));
            answers.add(compare.trends(indicator, period, List.of(ODENSE, FANOE)));
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

    /**
     * STATISTICS.md "Small cells": no count of 1–4 of another municipality's (or the programme's)
     * cases reaches the lead, case counts are typed so that a withheld one has no number, and where
     * parts of a known total are shown, never exactly one is withheld — it would follow by subtraction.
     */
    @Test
    void no_count_of_one_to_four_of_another_municipality_reaches_a_lead_nor_follows_from_a_total() {
        Period period = Period.last(24, YearMonth.now(clock));
        List<Object> others = new ArrayList<>();
        List<List<OptionalLong>> wholes = new ArrayList<>();
        for (Scope place : List.of(Scope.programme(), Scope.municipality(FANOE))) {
            others.add(overview.tiles(place, period));
            MeetingOverview meeting = meetings.overview(place, period);
            others.add(meeting);
            wholes.add(meeting.daysToFirst());
            BeforeAfterOverview change = outcomes.beforeAfter(place, period);
            others.add(change);
            change.changes().stream().filter(OutcomeChange::shown)
                    .forEach(c -> wholes.add(List.of(c.fell(), c.unchanged(), c.rose())));
        }
        for (OutcomeIndicator indicator : OutcomeIndicator.values()) {
            List<FunnelPoint> points = compare.funnel(indicator, period).points().stream()
                    .filter(point -> point.municipalityCode() != ODENSE).toList();
            others.add(points);
            if (indicator.kind() != OutcomeIndicator.Kind.MEAN) {
                wholes.add(points.stream().map(FunnelPoint::events).toList());
            }
        }
        List<MunicipalityOverview> rows = municipalities.overview().stream().filter(row -> row.code() != ODENSE).toList();
        others.add(rows);
        wholes.add(rows.stream().map(MunicipalityOverview::activeCases).toList());

        List<Object> reached = everythingIn(others);
        assertThat(reached).as("no shown count of 1–4").noneMatch(value -> value instanceof OptionalLong count
                && count.isPresent() && count.getAsLong() > 0 && count.getAsLong() < 5);
        assertThat(reached).as("a withheld count is somewhere").anyMatch(value -> value instanceof OptionalLong count
                && count.isEmpty());
        assertThat(reached).as("case counts are typed to be withheld, never a plain number")
                .filteredOn(value -> value.getClass().isRecord())
                .allSatisfy(record -> assertThat(List.of(record.getClass().getRecordComponents()))
                        .noneMatch(component -> List.of("cases", "activeCases", "fell", "unchanged", "rose", "events",
                                "daysToFirst").contains(component.getName())
                                && (component.getType() == int.class || component.getType() == long.class)));
        assertThat(wholes).as("never exactly one part of a whole withheld")
                .noneMatch(parts -> parts.stream().filter(OptionalLong::isEmpty).count() == 1);
        List<Tile> fanoeTiles = overview.tiles(Scope.municipality(FANOE), period);
        assertThat(fanoeTiles.getFirst().values()).as("Fanø's active cases: none of 1–4 as a figure")
                .noneMatch(value -> value != null && value > 0 && value < 5);
    }

    @Test
    void a_professional_calling_a_dashboard_service_directly_is_refused() {
        SignIn.as(users, "fagperson.odense");
        Period period = Period.last(12, YearMonth.now(clock));
        assertThatThrownBy(() -> overview.tiles(Scope.municipality(ODENSE), period)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meetings.overview(Scope.municipality(ODENSE), period))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> outcomes.series(OutcomeIndicator.BED_DAYS, Scope.programme(), period))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> compare.funnel(OutcomeIndicator.BED_DAYS, period)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> heatmap.heatmap(period)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assessments.radar(Scope.programme())).isInstanceOf(AccessDeniedException.class);
        assertThat(municipalities.overview()).as("the Municipalities page is theirs: their own municipality")
                .extracting(MunicipalityOverview::code).containsExactly(ODENSE);
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
