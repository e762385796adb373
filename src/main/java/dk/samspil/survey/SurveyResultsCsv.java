package dk.samspil.survey;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.samspil.audit.AuditLog;
import dk.samspil.audit.AuditOutcome;
import dk.samspil.base.csv.DanishCsv;
import dk.samspil.municipality.Municipalities;
import dk.samspil.municipality.Municipality;
import dk.samspil.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A wave's results as CSV (the Danish or English Excel variant, after the reader's language): every municipality and the programme per
 * construct, through {@link SurveyResults} and so through the anonymity rule. Hidden groups say so.
 */
@Service
public class SurveyResultsCsv {

    private static final List<Construct> CONSTRUCTS = List.of(Construct.PSYCHOLOGICAL_SAFETY, Construct.ROLE_CLARITY,
            Construct.RELATIONAL_COORDINATION);

    public static final String DOWNLOAD = "DOWNLOAD_SURVEY_RESULTS";

    private final SurveyResults results;
    private final Municipalities municipalities;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;

    SurveyResultsCsv(SurveyResults results, Municipalities municipalities, CurrentUser currentUser, AuditLog auditLog) {
        this.results = results;
        this.municipalities = municipalities;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
    }

    /**
     * Recorded in the audit log as downloaded.
     *
     * @param translate the UI's translations, for the header and the words in the cells
     */
    @PreAuthorize("hasAnyRole('DATA_MANAGER', 'MUNICIPAL_LEAD', 'STEERING')")
    public String municipalityComparison(long waveId, Locale locale, Function<String, String> translate) {
        Map<String, String> names = municipalities.all().stream()
                .collect(Collectors.toMap(m -> String.valueOf(m.code()), Municipality::name));
        NumberFormat decimal = NumberFormat.getNumberInstance(locale);
        decimal.setMinimumFractionDigits(2);
        decimal.setMaximumFractionDigits(2);
        decimal.setGroupingUsed(false);
        List<List<String>> rows = new ArrayList<>();
        for (Construct construct : CONSTRUCTS) {
            for (GroupScore group : results.municipalityComparison(waveId, construct)) {
                if (group.n() == 0) {
                    continue;
                }
                String name = SurveyResults.TOTAL.equals(group.group()) ? translate.apply("csv.programme")
                        : names.getOrDefault(group.group(), group.group());
                rows.add(group.suppressed()
                        ? List.of(group.group(), name, translate.apply("construct." + construct),
                                "< " + results.threshold(), translate.apply("survey.too-few"), "", "")
                        : List.of(group.group(), name, translate.apply("construct." + construct),
                                String.valueOf(group.n()), decimal.format(group.mean()),
                                group.low() == null ? "" : decimal.format(group.low()),
                                group.high() == null ? "" : decimal.format(group.high())));
            }
        }
        auditLog.record(currentUser.require().username(), DOWNLOAD, "wave " + waveId + ", " + rows.size() + " rows",
                AuditOutcome.ALLOWED);
        return DanishCsv.of(locale, List.of(translate.apply("csv.code"), translate.apply("csv.municipality"),
                translate.apply("csv.construct"), translate.apply("csv.n"), translate.apply("csv.mean"),
                translate.apply("csv.low"), translate.apply("csv.high")), rows);
    }
}
