package dk.samspil.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;

import dk.samspil.importing.ImportService;
import dk.samspil.importing.ImportStatus;
import dk.samspil.importing.ImportSummary;
import dk.samspil.importing.file.FileKind;
import dk.samspil.importing.file.ImportMode;
import dk.samspil.importing.file.ImportPeriod;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An outcomes file of the rows the demo holds already for some municipalities and a month, imported
 * for real: a delivery (and an import run) that changes no figure, so other tests see the same data.
 */
final class DemoOutcomes {

    private DemoOutcomes() {
    }

    static ImportSummary importAgain(JdbcClient jdbc, ImportService imports, YearMonth month, String municipalityCodes,
                                     String tag) {
        String file = "case_ref,municipality_code,period,psychiatric_admissions,bed_days,acute_readmissions_30d,"
                + "emergency_contacts,housing,employment,coherence_score,coercive_measures\n" + String.join("\n",
                jdbc.sql("""
                                SELECT CONCAT_WS(',', c.case_ref, c.municipality_code, DATE_FORMAT(o.period, '%Y-%m'),
                                    o.psychiatric_admissions, o.bed_days, o.acute_readmissions_30d,
                                    COALESCE(o.emergency_contacts, ''), COALESCE(o.housing, ''),
                                    COALESCE(o.employment, ''), COALESCE(o.coherence_score, ''),
                                    COALESCE(o.coercive_measures, ''))
                                FROM monthly_outcome o JOIN citizen_case c ON c.id = o.case_id
                                WHERE FIND_IN_SET(c.municipality_code, ?) AND o.period = ? ORDER BY c.case_ref""")
                        .params(municipalityCodes, month.atDay(1)).query(String.class).list());
        ImportSummary summary = imports.importAs("test", new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
                new ImportService.ImportRequest("outcomes-" + month + "-" + tag + ".csv", FileKind.OUTCOMES,
                        ImportPeriod.ofMonth(month), ImportMode.STRICT));
        assertThat(summary.status()).as(summary.rejection() + " " + imports.report(summary.id()))
                .isEqualTo(ImportStatus.COMPLETED);
        return summary;
    }
}
