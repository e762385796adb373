package dk.samspil.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.samspil.dashboard.Scope;
import dk.samspil.municipality.Sector;
import dk.samspil.support.SignIn;
import dk.samspil.survey.AnswerSet;
import dk.samspil.survey.Construct;
import dk.samspil.survey.CultureResults;
import dk.samspil.survey.GroupScore;
import dk.samspil.survey.Invitations;
import dk.samspil.survey.SurveyAnswering;
import dk.samspil.survey.SurveyForm;
import dk.samspil.survey.SurveyOutcome;
import dk.samspil.survey.SurveyWaves;
import dk.samspil.survey.WaveKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The curious reader's attack on the report: a round in which one municipality has 3 answers. Its
 * scores must not be in the PDF's text anywhere — not in the comparison, not in its own report's
 * sector table — and every cell must say what the Culture page's service says: hidden where it
 * hides, the same rounded mean where it shows.
 */
@SpringBootTest
class ReportAnonymityTest {

    private static final int KERTEMINDE = 440;
    private static final int ASSENS = 420;
    private static final int NYBORG = 450;
    private static final String TOO_FEW = new ReportText(Locale.of("da")).text("survey.too-few");
    private static final Pattern CELL = Pattern.compile("(" + Pattern.quote(TOO_FEW) + "|\\d+,\\d|–) (<\\s*5|\\d+)");

    @Autowired
    QuarterlyReports reports;
    @Autowired
    SurveyWaves waves;
    @Autowired
    Invitations invitations;
    @Autowired
    SurveyAnswering answering;
    @Autowired
    CultureResults culture;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    private long wave;

    @AfterEach
    void moveTheWaveOutOfTheWay() {
        SignIn.out();
        // a closed wave of next month would be the newest for every other test of this run
        jdbc.sql("UPDATE survey_wave SET period = '2001-01-01' WHERE id = ?").param(wave).update();
    }

    @Test
    void a_municipality_with_three_answers_has_no_figure_in_the_report_and_every_cell_is_the_culture_pages() {
        YearMonth month = YearMonth.now().plusMonths(1);
        SignIn.as(users, "data");
        wave = waves.open(month, WaveKind.PULSE, Set.of(KERTEMINDE, ASSENS, NYBORG));
        List<String> links = new ArrayList<>();
        links.addAll(invitations.create(wave, KERTEMINDE, Sector.PSYCHIATRY, 3));
        links.addAll(invitations.create(wave, ASSENS, Sector.PSYCHIATRY, 7));
        links.addAll(invitations.create(wave, NYBORG, Sector.SOCIAL_SERVICES, 7));
        SignIn.out();
        for (int i = 0; i < links.size(); i++) {
            answer(links.get(i), 2 + i % 5);
        }
        SignIn.as(users, "data");
        waves.close(wave);
        Quarter quarter = new Quarter(month.getYear(), (month.getMonthValue() + 2) / 3);

        String programme = text(quarter, Scope.programme());
        for (Construct construct : ReportAssembler.CONSTRUCTS) {
            List<GroupScore> shown = culture.municipalityComparison(wave, construct);
            assertThat(shown.getFirst().group()).as("the page's order: by name").isEqualTo(String.valueOf(ASSENS));
            assertThat(shown.stream().filter(g -> g.group().equals(String.valueOf(KERTEMINDE))).findFirst().orElseThrow()
                    .suppressed()).as("3 answers are hidden on the page").isTrue();
        }
        assertThat(row(programme, "Kerteminde")).as("Kerteminde's row in the culture table")
                .isEqualTo(List.of(TOO_FEW + " < 5", TOO_FEW + " < 5", TOO_FEW + " < 5"));
        Map<String, String> groups = new LinkedHashMap<>(Map.of("Assens", String.valueOf(ASSENS), "Nyborg",
                String.valueOf(NYBORG), "Hele programmet", "TOTAL"));
        groups.forEach((name, group) -> {
            List<String> expected = ReportAssembler.CONSTRUCTS.stream().map(construct -> String.join(" ",
                    ReportSections.cells(culture.municipalityComparison(wave, construct).stream()
                            .filter(g -> g.group().equals(group)).findFirst().orElseThrow(), 5, new ReportText(Locale.of("da")))))
                    .toList();
            assertThat(row(programme, name)).as(name + " as the page's service has it").isEqualTo(expected);
        });

        String own = text(quarter, Scope.municipality(KERTEMINDE));
        Matcher sectors = Pattern.compile("Pr. sektor: Kerteminde(.*?)VIVE-selvevaluering", Pattern.DOTALL).matcher(own);
        assertThat(own).contains("Kerteminde");
        assertThat(sectors.find()).isTrue();
        String sectorTable = String.join("\n", sectors.group(1).lines().filter(line -> !line.startsWith("Samspil ·")).toList());
        assertThat(sectorTable).contains(TOO_FEW);
        assertThat(sectorTable.replace("< 5", "")).as("no figure of Kerteminde's 3 answers by sector")
                .doesNotContainPattern("\\d,\\d").doesNotContainPattern("\\b[1-4]\\b");
    }

    private String text(Quarter quarter, Scope scope) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        reports.write(quarter, scope, Locale.of("da"), pdf);
        return ReportPdf.read(pdf.toByteArray()).text();
    }

    /**
     * One group's cells in the culture section, "mean n" per measure (one table per measure): the
     * rest of each line that starts with its name.
     */
    private static List<String> row(String text, String name) {
        int from = text.lastIndexOf("Pr. kommune");
        String culture = text.substring(from, text.indexOf("VIVE-selvevaluering", from));
        List<String> cells = new ArrayList<>();
        culture.lines().filter(line -> line.startsWith(name + " ")).forEach(line -> {
            Matcher cell = CELL.matcher(line.substring(name.length()).strip());
            assertThat(cell.matches()).as(name + ": '" + line + "' is a mean and n").isTrue();
            cells.add(cell.group().replaceAll("<\\s*5", "< 5"));
        });
        return cells;
    }

    private void answer(String link, int score) {
        SurveyForm form = ((SurveyOutcome.Ready) answering.open(link)).form();
        Map<Long, Optional<Integer>> answers = new LinkedHashMap<>();
        form.items().forEach(asked -> answers.put(asked.item().id(),
                Optional.of(Math.max(asked.instrument().scaleMin(), Math.min(asked.instrument().scaleMax(), score)))));
        assertThat(answering.submit(link, new AnswerSet(form.targetSector(), answers))).isInstanceOf(SurveyOutcome.Stored.class);
    }
}
