package dk.samspil.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.samspil.municipality.Sector;
import dk.samspil.security.CurrentUser;
import dk.samspil.security.Role;
import dk.samspil.security.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Aggregates of the network meetings, month by month: no case-level row leaves this service. */
@Service
@Transactional(readOnly = true)
public class MeetingStatistics {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    MeetingStatistics(JdbcClient jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The last {@code months} complete months; {@code municipalityCode} null means the programme. */
    public MeetingOverview overview(Integer municipalityCode, int months) {
        SignedInUser user = currentUser.require();
        if (user.role() == Role.PROFESSIONAL) {
            throw new AccessDeniedException("The meetings page is for leads, the steering group and data managers");
        }
        YearMonth last = YearMonth.now(clock).minusMonths(1);
        YearMonth first = last.minusMonths(months - 1L);
        LocalDate from = first.atDay(1);
        LocalDate until = last.plusMonths(1).atDay(1);
        List<YearMonth> axis = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            axis.add(month);
        }
        return new MeetingOverview(monthly(axis, municipalityCode, from, until),
                sectorShares(axis, municipalityCode, from, until), daysToFirst(municipalityCode, from, until));
    }

    private List<MeetingMonth> monthly(List<YearMonth> axis, Integer municipality, LocalDate from, LocalDate until) {
        record Row(long meetings, Double citizen, Double people, Double kept, Double sectors, long active,
                   Double plan, Double coherence) {
        }
        Map<YearMonth, Row> rows = new HashMap<>();
        jdbc.sql("""
                        WITH months AS (
                            SELECT period FROM meeting_month_figures WHERE period >= :from AND period < :until
                            UNION SELECT period FROM case_month_figures WHERE period >= :from AND period < :until)
                        SELECT YEAR(m.period) AS y, MONTH(m.period) AS mo,
                               COALESCE(mf.meetings, 0) AS meetings, mf.citizen_present / mf.meetings AS citizen,
                               mf.participants_sum / NULLIF(mf.participants_known, 0) AS people,
                               mf.follow_ups_kept / NULLIF(mf.follow_ups_due, 0) AS kept,
                               mf.sectors_sum / mf.meetings AS sectors,
                               COALESCE(cf.active_cases, 0) AS active, cf.with_current_plan / NULLIF(cf.active_cases, 0) AS plan,
                               of.coherence AS coherence
                        FROM months m
                        LEFT JOIN (SELECT period, SUM(meetings) AS meetings, SUM(citizen_present) AS citizen_present,
                                          SUM(participants_sum) AS participants_sum, SUM(participants_known) AS participants_known,
                                          SUM(follow_ups_kept) AS follow_ups_kept, SUM(follow_ups_due) AS follow_ups_due,
                                          SUM(sectors_sum) AS sectors_sum
                                   FROM meeting_month_figures
                                   WHERE period >= :from AND period < :until AND (:municipality IS NULL OR municipality_code = :municipality)
                                   GROUP BY period) mf ON mf.period = m.period
                        LEFT JOIN (SELECT period, SUM(active_cases) AS active_cases, SUM(with_current_plan) AS with_current_plan
                                   FROM case_month_figures
                                   WHERE period >= :from AND period < :until AND (:municipality IS NULL OR municipality_code = :municipality)
                                   GROUP BY period) cf ON cf.period = m.period
                        LEFT JOIN (SELECT period, SUM(coherence_sum) / NULLIF(SUM(coherence_reported), 0) AS coherence
                                   FROM outcome_month_figures
                                   WHERE period >= :from AND period < :until AND (:municipality IS NULL OR municipality_code = :municipality)
                                   GROUP BY period) of ON of.period = m.period""")
                .param("from", from).param("until", until).param("municipality", municipality)
                .query(rs -> {
                    rows.put(YearMonth.of(rs.getInt("y"), rs.getInt("mo")), new Row(rs.getLong("meetings"),
                            rs.getObject("citizen", Double.class), rs.getObject("people", Double.class),
                            rs.getObject("kept", Double.class), rs.getObject("sectors", Double.class),
                            rs.getLong("active"), rs.getObject("plan", Double.class),
                            rs.getObject("coherence", Double.class)));
                });
        return axis.stream().map(month -> {
            Row row = rows.get(month);
            return row == null ? new MeetingMonth(month, 0, null, null, null, null, 0, null, null)
                    : new MeetingMonth(month, row.meetings(), row.citizen(), row.people(), row.kept(), row.sectors(),
                            row.active(), row.plan(), row.coherence());
        }).toList();
    }

    private Map<Sector, List<Double>> sectorShares(List<YearMonth> axis, Integer municipality, LocalDate from,
                                                   LocalDate until) {
        Map<String, Double> shares = new HashMap<>();
        jdbc.sql("""
                        SELECT s.sector_code, DATE_FORMAT(s.period, '%Y-%m') AS month, SUM(s.meetings) / t.meetings AS share
                        FROM meeting_sector_month_figures s
                        JOIN (SELECT period, SUM(meetings) AS meetings FROM meeting_month_figures
                              WHERE period >= :from AND period < :until AND (:municipality IS NULL OR municipality_code = :municipality)
                              GROUP BY period) t ON t.period = s.period
                        WHERE s.period >= :from AND s.period < :until AND (:municipality IS NULL OR s.municipality_code = :municipality)
                        GROUP BY s.sector_code, s.period, t.meetings""")
                .param("from", from).param("until", until).param("municipality", municipality)
                .query(rs -> {
                    shares.put(rs.getString("sector_code") + "/" + rs.getString("month"), rs.getDouble("share"));
                });
        Map<Sector, List<Double>> bySector = new EnumMap<>(Sector.class);
        for (Sector sector : Sector.values()) {
            bySector.put(sector, axis.stream().map(month -> shares.getOrDefault(sector.name() + "/" + month, 0.0)).toList());
        }
        return bySector;
    }

    private List<Long> daysToFirst(Integer municipality, LocalDate from, LocalDate until) {
        return jdbc.sql("""
                        SELECT COALESCE(SUM(first_within_14), 0), COALESCE(SUM(first_within_30), 0),
                               COALESCE(SUM(first_within_60), 0), COALESCE(SUM(first_within_90), 0),
                               COALESCE(SUM(first_after_90), 0), COALESCE(SUM(enrolled - first_met), 0)
                        FROM case_month_figures
                        WHERE period >= :from AND period < :until AND (:municipality IS NULL OR municipality_code = :municipality)""")
                .param("from", from).param("until", until).param("municipality", municipality)
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6)))
                .single();
    }
}
