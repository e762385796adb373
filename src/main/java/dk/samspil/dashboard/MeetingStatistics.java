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
        Map<YearMonth, double[]> held = new HashMap<>();
        jdbc.sql("""
                        SELECT YEAR(held_on) AS y, MONTH(held_on) AS mo, COUNT(*) AS meetings,
                               AVG(citizen_present) AS citizen, AVG(participants) AS people
                        FROM network_meeting
                        WHERE held_on >= :from AND held_on < :until AND (:municipality IS NULL OR municipality_code = :municipality)
                        GROUP BY YEAR(held_on), MONTH(held_on)""")
                .param("from", from).param("until", until).param("municipality", municipality)
                .query(rs -> {
                    held.put(YearMonth.of(rs.getInt("y"), rs.getInt("mo")), new double[] {rs.getLong("meetings"),
                            nullable(rs.getObject("citizen", Double.class)), nullable(rs.getObject("people", Double.class))});
                });
        // a follow-up is kept when the case meets again after the meeting and no later than the agreed day
        Map<YearMonth, Double> kept = new HashMap<>();
        jdbc.sql("""
                        SELECT YEAR(f.next_follow_up_on) AS y, MONTH(f.next_follow_up_on) AS mo,
                               AVG(EXISTS (SELECT 1 FROM network_meeting n WHERE n.case_id = f.case_id
                                             AND n.held_on > f.held_on AND n.held_on <= f.next_follow_up_on)) AS kept
                        FROM network_meeting f
                        WHERE f.next_follow_up_on >= :from AND f.next_follow_up_on < :until
                          AND (:municipality IS NULL OR f.municipality_code = :municipality)
                        GROUP BY YEAR(f.next_follow_up_on), MONTH(f.next_follow_up_on)""")
                .param("from", from).param("until", until).param("municipality", municipality)
                .query(rs -> {
                    kept.put(YearMonth.of(rs.getInt("y"), rs.getInt("mo")), rs.getDouble("kept"));
                });
        return axis.stream().map(month -> {
            double[] figures = held.get(month);
            return figures == null ? new MeetingMonth(month, 0, null, null, kept.get(month))
                    : new MeetingMonth(month, (long) figures[0], value(figures[1]), value(figures[2]), kept.get(month));
        }).toList();
    }

    private static double nullable(Double value) {
        return value == null ? Double.NaN : value;
    }

    private static Double value(double figure) {
        return Double.isNaN(figure) ? null : figure;
    }

    private Map<Sector, List<Double>> sectorShares(List<YearMonth> axis, Integer municipality, LocalDate from,
                                                   LocalDate until) {
        Map<String, Double> shares = new HashMap<>();
        jdbc.sql("""
                        SELECT s.sector_code, DATE_FORMAT(m.held_on, '%Y-%m') AS month,
                               COUNT(*) / (SELECT COUNT(*) FROM network_meeting t
                                            WHERE DATE_FORMAT(t.held_on, '%Y-%m') = DATE_FORMAT(m.held_on, '%Y-%m')
                                              AND (:municipality IS NULL OR t.municipality_code = :municipality)) AS share
                        FROM network_meeting m JOIN network_meeting_sector s ON s.meeting_id = m.id
                        WHERE m.held_on >= :from AND m.held_on < :until
                          AND (:municipality IS NULL OR m.municipality_code = :municipality)
                        GROUP BY s.sector_code, DATE_FORMAT(m.held_on, '%Y-%m')""")
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
        long[] buckets = new long[MeetingOverview.DAY_BUCKETS.size()];
        jdbc.sql("""
                        SELECT DATEDIFF((SELECT MIN(m.held_on) FROM network_meeting m WHERE m.case_id = c.id), c.enrolled_on)
                        FROM citizen_case c
                        WHERE c.enrolled_on >= :from AND c.enrolled_on < :until
                          AND (:municipality IS NULL OR c.municipality_code = :municipality)""")
                .param("from", from).param("until", until).param("municipality", municipality)
                .query(rs -> {
                    int days = rs.getInt(1);
                    buckets[rs.wasNull() ? 5 : days <= 14 ? 0 : days <= 30 ? 1 : days <= 60 ? 2 : days <= 90 ? 3 : 4]++;
                });
        List<Long> result = new ArrayList<>();
        for (long count : buckets) {
            result.add(count);
        }
        return result;
    }
}
