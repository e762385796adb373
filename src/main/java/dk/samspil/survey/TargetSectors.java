package dk.samspil.survey;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.samspil.casework.MeetingSectors;
import dk.samspil.municipality.Sector;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which other sector a respondent's relational-coordination items are about. Of the sectors the
 * municipality meets with, the one its sector has rated least in this wave so far, ties broken by a
 * secure random choice: the sectors fill up in turn, so the matrix is covered evenly even in a
 * small municipality, yet nothing about the respondent (invitation, account, order of answering)
 * decides it, and a professional does not rate the same sector every wave (docs/decisions/0012).
 * Counted from the stored answers, not from forms handed out: a form opened and left costs nothing.
 */
@Component
class TargetSectors {

    private final JdbcClient jdbc;
    private final MeetingSectors meetingSectors;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    TargetSectors(JdbcClient jdbc, MeetingSectors meetingSectors, Clock clock) {
        this.jdbc = jdbc;
        this.meetingSectors = meetingSectors;
        this.clock = clock;
    }

    Sector choose(long waveId, int municipalityCode, Sector own) {
        List<Sector> candidates = candidates(municipalityCode, own);
        Map<String, Integer> rated = new HashMap<>();
        jdbc.sql("""
                        SELECT target_sector_code, COUNT(*) FROM survey_response
                        WHERE wave_id = ? AND municipality_code = ? AND sector_code = ? AND target_sector_code IS NOT NULL
                        GROUP BY target_sector_code""")
                .params(waveId, municipalityCode, own.name())
                .query((rs, n) -> rated.put(rs.getString(1), rs.getInt(2))).list();
        int fewest = candidates.stream().mapToInt(s -> rated.getOrDefault(s.name(), 0)).min().orElseThrow();
        List<Sector> least = candidates.stream().filter(s -> rated.getOrDefault(s.name(), 0) == fewest).toList();
        return least.get(random.nextInt(least.size()));
    }

    /** The sectors of the municipality's meetings in the last year other than the respondent's own; else all others. */
    private List<Sector> candidates(int municipalityCode, Sector own) {
        List<Sector> met = meetingSectors.presentIn(municipalityCode, LocalDate.now(clock).minusYears(1)).stream()
                .filter(sector -> sector != own).toList();
        return met.isEmpty() ? Arrays.stream(Sector.values()).filter(sector -> sector != own).toList() : met;
    }

    /** Whether a submitted target is one this respondent could have been given. */
    boolean possible(int municipalityCode, Sector own, Sector target) {
        return candidates(municipalityCode, own).contains(target);
    }
}
