package dk.samspil.demo;

import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Chooses the programme's municipalities, ordered by code: those of the home region first (the
 * programme began in the Region of Southern Denmark), then any others. When a national-scale run
 * needs more than the database holds, it adds synthetic municipalities as reference data, and
 * only the missing ones, so it can run against a database that already has some.
 */
final class MunicipalityRoster {

    /** Region Syddanmark in V001. */
    static final int HOME_REGION = 1083;
    /** The other four regions of V001, over which synthetic municipalities are spread. */
    private static final List<Integer> OTHER_REGIONS = List.of(1081, 1082, 1084, 1085);
    /** ck_municipality_code: codes are 100..999. */
    private static final int LOWEST_CODE = 100;
    private static final int HIGHEST_CODE = 999;

    private final JdbcTemplate jdbc;

    MunicipalityRoster(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Municipality> ensure(int wanted) {
        List<Municipality> existing = jdbc.query(
                "SELECT code, name, region_code FROM municipality ORDER BY code",
                (rs, row) -> new Municipality(rs.getInt("code"), rs.getString("name"), rs.getInt("region_code")));
        List<Municipality> chosen = new ArrayList<>();
        existing.stream().filter(m -> m.regionCode() == HOME_REGION).forEach(chosen::add);
        existing.stream().filter(m -> m.regionCode() != HOME_REGION).forEach(chosen::add);
        if (chosen.size() > wanted) {
            chosen = new ArrayList<>(chosen.subList(0, wanted));
        } else if (chosen.size() < wanted) {
            chosen.addAll(createSynthetic(wanted - chosen.size(), existing));
        }
        chosen.sort(Comparator.comparingInt(Municipality::code));
        return List.copyOf(chosen);
    }

    private List<Municipality> createSynthetic(int missing, List<Municipality> existing) {
        Set<Integer> usedCodes = existing.stream().map(Municipality::code).collect(Collectors.toSet());
        Set<String> usedNames = existing.stream().map(Municipality::name).collect(Collectors.toSet());
        List<Municipality> created = new ArrayList<>();
        for (int code = LOWEST_CODE + 1; code <= HIGHEST_CODE && created.size() < missing; code++) {
            String name = "Kommune " + code;
            if (!usedCodes.contains(code) && !usedNames.contains(name)) {
                int region = OTHER_REGIONS.get(created.size() % OTHER_REGIONS.size());
                created.add(new Municipality(code, name, region));
            }
        }
        if (created.size() < missing) {
            throw new IllegalStateException("Only " + created.size() + " municipality codes are free, but "
                    + missing + " more municipalities are needed");
        }
        List<Object[]> rows = created.stream()
                .map(m -> new Object[] {m.code(), m.name(), m.regionCode()})
                .toList();
        jdbc.batchUpdate("INSERT INTO municipality (code, name, region_code) VALUES (?, ?, ?)",
                rows, new int[] {Types.SMALLINT, Types.VARCHAR, Types.SMALLINT});
        return created;
    }
}
