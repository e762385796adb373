package dk.samspil.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import dk.samspil.SamspilApplication;
import dk.samspil.dashboard.OutcomeIndicator;
import dk.samspil.dashboard.Scope;
import dk.samspil.dashboard.TileIndicator;
import dk.samspil.municipality.Municipalities;
import dk.samspil.municipality.Municipality;
import dk.samspil.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The quarterly report on the demo programme: what it contains, who may have it, and that it is a tagged PDF. */
@SpringBootTest
class QuarterlyReportTest {

    private static final int ODENSE = 461;
    private static final int FANOE = 563;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    QuarterlyReports reports;
    @Autowired
    Municipalities municipalities;
    @Autowired
    UserDetailsService users;
    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    /** The newest quarter that is over, as the steering group would ask for it. */
    private Quarter lastQuarter() {
        YearMonth month = YearMonth.now(clock).minusMonths(1);
        while (month.getMonthValue() % 3 != 0) {
            month = month.minusMonths(1);
        }
        return new Quarter(month.getYear(), month.getMonthValue() / 3);
    }

    private ReportPdf report(Scope scope, Locale language) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        reports.write(lastQuarter(), scope, language, pdf);
        return ReportPdf.read(pdf.toByteArray());
    }

    @Test
    void the_programme_report_names_every_indicator_and_every_municipality_and_is_a_tagged_pdf_in_danish() {
        SignIn.as(users, "styregruppe");
        ReportPdf pdf = report(Scope.programme(), Locale.of("da"));
        ReportText danish = new ReportText(Locale.of("da"));
        String text = pdf.text().replaceAll("\\s+", " ");

        for (TileIndicator indicator : TileIndicator.values()) {
            assertThat(text).contains(danish.text("overview.tile." + indicator.name()));
        }
        for (OutcomeIndicator indicator : OutcomeIndicator.values()) {
            assertThat(text).contains(danish.text("outcomes.indicator." + indicator.name()));
        }
        // the Network meetings page's own figures, which have no tile
        for (String meetingFigure : List.of("meetings.citizen-present", "meetings.follow-ups-kept", "meetings.people")) {
            assertThat(text).contains(danish.text(meetingFigure) + " ");
        }
        // the summary reads each indicator against its target as the Overview's tiles do
        assertThat(text).contains(danish.text("report.assurance") + " ").contains(danish.text("reading.assurance.NO_TARGET"));
        for (Municipality municipality : municipalities.all()) {
            assertThat(text).as(municipality.name()).contains(municipality.name());
        }
        assertThat(text).contains("Indhold").contains("Sådan læses rapporten").contains("Definitioner")
                .contains("Datagrundlagets fuldstændighed").contains(" / " + pdf.pages());
        assertThat(pdf.marked()).as("tagged").isTrue();
        assertThat(pdf.hasStructure()).isTrue();
        assertThat(pdf.language()).isEqualTo("da");
        assertThat(pdf.title()).isEqualTo(danish.text("report.title", lastQuarter().quarter(),
                String.valueOf(lastQuarter().year()), "Hele programmet"));
        assertThat(pdf.figureAlternatives()).as("every chart is a figure with an alternative text")
                .hasSizeGreaterThanOrEqualTo(TileIndicator.values().length + OutcomeIndicator.values().length + 3)
                .allSatisfy(alternative -> assertThat(alternative).isNotBlank());
    }

    @Test
    void a_lead_gets_their_own_municipality_in_english_and_the_programme_but_not_another_municipality() {
        SignIn.as(users, "leder.odense");
        ReportPdf odense = report(Scope.municipality(ODENSE), Locale.ENGLISH);
        assertThat(odense.language()).isEqualTo("en");
        assertThat(odense.text()).contains("Odense").contains("How to read the report").contains("Run charts")
                .contains("Psychological safety");
        assertThat(odense.marked()).isTrue();

        assertThatThrownBy(() -> report(Scope.municipality(FANOE), Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.sql("""
                        SELECT outcome FROM audit_log WHERE username = 'leder.odense' AND action = ?
                        AND municipality_code = ? ORDER BY id DESC LIMIT 1""")
                .params(QuarterlyReports.DOWNLOAD, FANOE).query(String.class).single())
                .as("the refused report is in the audit log").isEqualTo("DENIED");
        assertThat(jdbc.sql("""
                        SELECT outcome FROM audit_log WHERE username = 'leder.odense' AND action = ?
                        AND municipality_code = ? ORDER BY id DESC LIMIT 1""")
                .params(QuarterlyReports.DOWNLOAD, ODENSE).query(String.class).single())
                .as("so is the one made").isEqualTo("ALLOWED");
        SignIn.as(users, "fagperson.odense");
        assertThatThrownBy(() -> report(Scope.municipality(ODENSE), Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> report(Scope.programme(), Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_command_writes_the_report_for_odense_without_a_web_server(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("q.pdf");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = ReportCommandLine.run(SamspilApplication.class, new String[] {"report", "--quarter", lastQuarter().toString(),
                "--municipality", String.valueOf(ODENSE), "--out", file.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isEqualTo(ReportCommandLine.WRITTEN);
        ReportPdf pdf = ReportPdf.read(Files.readAllBytes(file));
        assertThat(pdf.text()).contains("Odense").contains("Seriediagrammer");
        assertThat(pdf.language()).isEqualTo("da");

        out.reset();
        assertThat(ReportCommandLine.run(SamspilApplication.class, new String[] {"report", "--quarter", "2026-Q5", "--out",
                file.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8))).isEqualTo(ReportCommandLine.USAGE);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Brug:");
    }
}
