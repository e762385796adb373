package dk.samspil.casework;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import dk.samspil.municipality.Sector;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which sectors take part in a municipality's network meetings: an aggregate, no case data. */
@Service
@Transactional(readOnly = true)
public class MeetingSectors {

    private final JdbcClient jdbc;

    MeetingSectors(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The sectors present at any of the municipality's network meetings since the given day. */
    public Set<Sector> presentIn(int municipalityCode, LocalDate since) {
        Set<Sector> sectors = EnumSet.noneOf(Sector.class);
        jdbc.sql("""
                        SELECT DISTINCT s.sector_code FROM network_meeting m
                        JOIN network_meeting_sector s ON s.meeting_id = m.id
                        WHERE m.municipality_code = ? AND m.held_on >= ?""")
                .params(municipalityCode, since)
                .query(String.class).list()
                .forEach(code -> sectors.add(Sector.valueOf(code)));
        return sectors;
    }
}
