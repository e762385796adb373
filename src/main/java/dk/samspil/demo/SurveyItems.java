package dk.samspil.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The items the pulse draws from: the shipped instruments PS, RCL and RC, version 1 (V006), each
 * in position order. Looked up by code, never by id: ids are whatever the database gave them.
 */
record SurveyItems(List<SurveyItem> psychologicalSafety, List<SurveyItem> roleClarity,
                   List<SurveyItem> relationalCoordination) {

    static SurveyItems load(JdbcTemplate jdbc) {
        List<SurveyItem> all = jdbc.query("""
                SELECT it.id, i.code AS instrument, it.item_code, it.position, it.reverse_scored,
                       i.scale_min, i.scale_max, i.allows_not_relevant
                FROM survey_item it
                JOIN survey_instrument i ON i.id = it.instrument_id
                WHERE i.version = 1 AND i.code IN ('PS', 'RCL', 'RC')
                ORDER BY i.code, it.position""",
                (rs, row) -> new SurveyItem(rs.getLong("id"), rs.getString("instrument"), rs.getString("item_code"),
                        rs.getInt("position"), rs.getBoolean("reverse_scored"), rs.getInt("scale_min"),
                        rs.getInt("scale_max"), rs.getBoolean("allows_not_relevant")));
        SurveyItems items = new SurveyItems(of(all, "PS"), of(all, "RCL"), of(all, "RC"));
        if (items.psychologicalSafety().isEmpty() || items.roleClarity().isEmpty()
                || items.relationalCoordination().isEmpty()) {
            throw new IllegalStateException(
                    "The survey instruments PS, RCL and RC (version 1) are missing: migration V006 ships them");
        }
        return items;
    }

    /**
     * The items of one month's pulse: 3 PS and 4 RCL items in rotation, so that
     * every item is asked each quarter, and all RC items about one target sector. The rotation
     * follows the calendar month, so a given month always asks the same items.
     */
    List<SurveyItem> pulse(LocalDate period) {
        int monthKey = period.getYear() * 12 + period.getMonthValue() - 1;
        List<SurveyItem> items = new ArrayList<>();
        items.addAll(rotate(psychologicalSafety, 3, monthKey));
        items.addAll(rotate(roleClarity, 4, monthKey));
        items.addAll(relationalCoordination);
        return List.copyOf(items);
    }

    private static List<SurveyItem> rotate(List<SurveyItem> items, int perMonth, int monthKey) {
        int count = Math.min(perMonth, items.size());
        List<SurveyItem> chosen = new ArrayList<>();
        for (int j = 0; j < count; j++) {
            chosen.add(items.get(Math.floorMod(count * monthKey + j, items.size())));
        }
        return chosen;
    }

    private static List<SurveyItem> of(List<SurveyItem> all, String instrument) {
        return all.stream().filter(item -> item.instrument().equals(instrument)).toList();
    }
}
