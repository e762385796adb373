package dk.samspil.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import dk.samspil.dashboard.CoreElementRadar;
import dk.samspil.dashboard.FunnelComparison;
import dk.samspil.municipality.Municipality;
import dk.samspil.survey.Construct;
import dk.samspil.survey.GroupScore;

/**
 * Everything one quarterly report shows, as the services returned it: aggregates only, survey
 * figures already under the anonymity rule, counts already under the small-cell rule.
 *
 * @param municipality   the municipality reported on; empty for the programme
 * @param municipalities every municipality of the programme (names for the tables)
 * @param delivered      per municipality code, the kinds delivered for each of the quarter's months
 * @param runChartMonths the months the run charts span
 * @param funnelMonths   the months the funnels compare
 * @param culture        the newest closed wave up to the quarter's end; empty if none
 * @param actions        the agreed actions due in the quarter by status, small counts withheld
 */
record ReportContent(Quarter quarter, Optional<Municipality> municipality, LocalDate madeOn,
                     List<Municipality> municipalities, List<String> kinds, Map<Integer, Map<String, Set<YearMonth>>> delivered,
                     YearMonth runChartFrom, YearMonth runChartTo, List<IndicatorChart> indicators,
                     YearMonth funnelFrom, YearMonth funnelTo, List<FunnelComparison> funnels,
                     Optional<Culture> culture, CoreElementRadar selfAssessment, Map<String, OptionalLong> actions) {

    /**
     * One closed wave's constructs, as the Culture page shows them.
     *
     * @param comparison per construct, the municipalities then the programme total (survey's order)
     * @param sectors    per construct, the reported municipality's sectors then its total; empty for the programme
     */
    record Culture(YearMonth wave, int threshold, Map<Construct, List<GroupScore>> comparison,
                   Map<Construct, List<GroupScore>> sectors) {
    }

    /** The municipalities the cover's deliveries are listed for: the reported one, or all. */
    List<Municipality> listed() {
        return municipality.map(List::of).orElse(municipalities);
    }

    String name(int code) {
        return municipalities.stream().filter(m -> m.code() == code).map(Municipality::name).findFirst()
                .orElse(String.valueOf(code));
    }

    String scopeName(ReportText text) {
        return municipality.map(Municipality::name).orElse(text.text("report.programme"));
    }
}
