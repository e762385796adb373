package dk.samspil.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dk.samspil.municipality.Sector;
import dk.samspil.support.SignIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The insider with the database (docs/decisions/0012): 200 answer sets given in a known order, half
 * through invitation links and half signed in, and nothing stored on the answer side — no column,
 * not the order of the rows — follows the order of answering, the invitation's id or the account's
 * id. The answers themselves carry each set's place in the order (its scores spell the number), so
 * the test can tell which stored set is which; an attacker has no such key.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoLinkageTest {

    /** A programme municipality no other test answers in. */
    private static final int KERTEMINDE = 440;
    private static final Sector BY_LINK = Sector.JOB_CENTRE;
    private static final Sector IN_APP = Sector.PSYCHIATRY;
    private static final int EACH = 100;

    /**
     * Every column of the answer side, judged: all but {@code score} must be independent of who
     * answered and when. A new column (or a new table referring to the answer sets) fails the test
     * until it is judged here.
     */
    private static final Map<String, Set<String>> ANSWER_SIDE = Map.of(
            "survey_response", Set.of("id", "wave_id", "municipality_code", "sector_code", "target_sector_code", "source"),
            "survey_answer", Set.of("response_id", "item_id", "score"));
    /** The answer itself: in this test it spells the order of answering, on purpose. */
    private static final Set<String> PAYLOAD = Set.of("score");

    @Autowired
    SurveyAnswering answering;
    @Autowired
    Invitations invitations;
    @Autowired
    AnswerChannels channels;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    private final List<Long> waves = new ArrayList<>();
    private final List<String> usernames = new ArrayList<>();
    private long wave;
    private List<PulseComposer.AskedItem> items;
    /** Who answered, by their place in the order of answering. */
    private final Map<Integer, Respondent> byOrder = new TreeMap<>();
    private final List<ILoggingEvent> logged = new ArrayList<>();
    private long auditRowsWhileAnswering;

    /** One of the 200: an invitation (its id and token) or an account (its id and username). */
    private record Respondent(Long invitationId, String token, Long userId, String username) {
    }

    @BeforeAll
    void two_hundred_answer_sets_in_a_known_order_through_both_channels() {
        wave = openWave(2040, 1);
        SignIn.as(users, "data");
        channels.choose(wave, KERTEMINDE, BY_LINK, AnswerChannel.LINKS);
        channels.choose(wave, KERTEMINDE, IN_APP, AnswerChannel.APP);
        List<String> tokens = invitations.create(wave, KERTEMINDE, BY_LINK, EACH);
        SignIn.out();
        List<Respondent> respondents = new ArrayList<>();
        for (String token : tokens) {
            respondents.add(new Respondent(jdbc.sql("SELECT id FROM survey_invitation WHERE token_hash = ?")
                    .param(InvitationToken.hash(token)).query(Long.class).single(), token, null, null));
        }
        for (int k = 0; k < EACH; k++) {
            String username = "nolink." + k;
            respondents.add(new Respondent(null, null, professional(username, IN_APP), username));
        }
        // a known order, unrelated to the order the invitations and accounts were made in
        Collections.shuffle(respondents, new Random(10_012));

        Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        root.addAppender(appender);
        long auditBefore = count("SELECT COUNT(*) FROM audit_log");
        try {
            for (int order = 0; order < respondents.size(); order++) {
                Respondent respondent = respondents.get(order);
                byOrder.put(order, respondent);
                assertThat(answer(respondent, order)).isInstanceOf(SurveyOutcome.Stored.class);
            }
        } finally {
            root.detachAppender(appender);
            logged.addAll(appender.list);
        }
        auditRowsWhileAnswering = count("SELECT COUNT(*) FROM audit_log") - auditBefore;
    }

    @AfterAll
    void remove_what_this_test_made() {
        for (long id : waves) {
            jdbc.sql("DELETE FROM survey_response WHERE wave_id = ?").param(id).update();
            jdbc.sql("DELETE FROM survey_invitation WHERE wave_id = ?").param(id).update();
            jdbc.sql("DELETE FROM survey_participation WHERE wave_id = ?").param(id).update();
            jdbc.sql("DELETE FROM survey_wave WHERE id = ?").param(id).update();
        }
        usernames.forEach(username -> jdbc.sql("DELETE FROM app_user WHERE username = ?").param(username).update());
    }

    @Test
    void the_answer_side_has_only_the_columns_judged_here_none_of_them_a_time_and_no_other_table_refers_to_it() {
        ANSWER_SIDE.forEach((table, judged) -> {
            assertThat(columns(table)).as("columns of %s", table).containsExactlyInAnyOrderElementsOf(judged);
            assertThat(timeColumns(table)).as("time columns of %s", table).isEmpty();
        });
        assertThat(jdbc.sql("""
                        SELECT DISTINCT TABLE_NAME FROM information_schema.KEY_COLUMN_USAGE
                        WHERE TABLE_SCHEMA = DATABASE() AND REFERENCED_TABLE_NAME = 'survey_response'""")
                .query(String.class).list()).as("tables that hang off an answer set").containsExactly("survey_answer");
    }

    @Test
    void no_column_of_an_answer_set_and_not_the_order_of_the_rows_follows_the_order_the_invitation_or_the_account() {
        List<Map<String, Object>> rows = jdbc.sql("SELECT * FROM survey_response WHERE wave_id = ?").param(wave)
                .query().listOfRows();
        assertThat(rows).hasSize(2 * EACH);
        Map<String, Integer> orderOf = orderOfEachSet();
        List<Integer> orders = rows.stream().map(row -> orderOf.get(hex(row.get("id")))).toList();
        assertThat(Set.copyOf(orders)).as("every set decodes to its own place in the order").hasSize(2 * EACH);

        List<String> problems = new ArrayList<>();
        for (String column : columns("survey_response")) {
            problems.addAll(dependence("survey_response." + column, rows.stream().map(row -> comparable(row.get(column))).toList(),
                    orders));
        }
        List<Comparable<?>> rowPlace = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            rowPlace.add(i);
        }
        problems.addAll(dependence("the order survey_response's rows are read in", rowPlace, orders));
        assertThat(problems).isEmpty();
    }

    @Test
    void no_column_of_an_answer_and_not_the_order_of_the_rows_follows_the_order_the_invitation_or_the_account() {
        List<Map<String, Object>> rows = jdbc.sql("""
                        SELECT * FROM survey_answer WHERE response_id IN (SELECT id FROM survey_response WHERE wave_id = ?)""")
                .param(wave).query().listOfRows();
        assertThat(rows).hasSize(2 * EACH * items.size());
        Map<String, Integer> orderOf = orderOfEachSet();
        List<String> problems = new ArrayList<>();
        // item by item, so each answer set counts once in each test
        for (PulseComposer.AskedItem asked : items) {
            List<Integer> places = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (((Number) rows.get(i).get("item_id")).longValue() == asked.item().id()) {
                    places.add(i);
                }
            }
            assertThat(places).hasSize(2 * EACH);
            List<Integer> orders = places.stream().map(i -> orderOf.get(hex(rows.get(i).get("response_id")))).toList();
            for (String column : columns("survey_answer")) {
                if (!PAYLOAD.contains(column)) {
                    problems.addAll(dependence("survey_answer." + column + " of " + asked.item().code(),
                            places.stream().map(i -> comparable(rows.get(i).get(column))).toList(), orders));
                }
            }
            problems.addAll(dependence("the order survey_answer's rows of " + asked.item().code() + " are read in",
                    List.copyOf(places), orders));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void the_rated_sectors_take_turns_within_each_sector_and_are_drawn_not_derived() {
        Map<String, Map<String, Long>> rated = new TreeMap<>();
        jdbc.sql("""
                        SELECT sector_code, target_sector_code, COUNT(*) FROM survey_response WHERE wave_id = ?
                        GROUP BY sector_code, target_sector_code""")
                .param(wave)
                .query((rs, n) -> rated.computeIfAbsent(rs.getString(1), s -> new TreeMap<>()).put(rs.getString(2), rs.getLong(3)))
                .list();
        assertThat(rated.keySet()).containsExactlyInAnyOrder(BY_LINK.name(), IN_APP.name());
        rated.forEach((sector, counts) -> {
            assertThat(counts.keySet()).as("sectors rated by %s", sector).hasSizeGreaterThanOrEqualTo(3).doesNotContain(sector);
            long most = Collections.max(counts.values());
            long fewest = Collections.min(counts.values());
            assertThat(most - fewest).as("balance of the sectors rated by %s: %s", sector, counts).isLessThanOrEqualTo(1);
        });
    }

    @Test
    void who_answered_is_kept_apart_without_a_time_an_order_or_a_key_shared_with_the_answers() {
        assertThat(columns("survey_invitation"))
                .containsExactlyInAnyOrder("id", "wave_id", "municipality_code", "sector_code", "token_hash", "used");
        assertThat(columns("survey_participation")).containsExactlyInAnyOrder("wave_id", "user_id");
        assertThat(timeColumns("survey_invitation")).isEmpty();
        assertThat(timeColumns("survey_participation")).isEmpty();
        assertThat(timeColumns("survey_channel")).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM survey_invitation WHERE wave_id = " + wave + " AND used")).isEqualTo(EACH);
        assertThat(count("SELECT COUNT(*) FROM survey_participation WHERE wave_id = " + wave)).isEqualTo(EACH);
        assertThat(count("""
                SELECT COUNT(*) FROM information_schema.KEY_COLUMN_USAGE
                WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('survey_invitation', 'survey_participation', 'survey_channel')
                  AND REFERENCED_TABLE_NAME IN ('survey_response', 'survey_answer')""")).isZero();
    }

    @Test
    void mailed_addresses_know_only_their_invitation_with_no_time_and_no_key_to_the_answers() {
        assertThat(columns("survey_mail_address")).containsExactlyInAnyOrder("id", "wave_id", "municipality_code",
                "sector_code", "address", "state", "invitation_id");
        assertThat(timeColumns("survey_mail_address")).isEmpty();
        assertThat(timeColumns("survey_mailing")).isEmpty();
        assertThat(count("""
                SELECT COUNT(*) FROM information_schema.KEY_COLUMN_USAGE
                WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('survey_mail_address', 'survey_mailing', 'survey_mail_reminder')
                  AND REFERENCED_TABLE_NAME IN ('survey_response', 'survey_answer', 'survey_participation')""")).isZero();
    }

    @Test
    void answering_writes_no_audit_entry_and_no_log_line_that_names_the_respondent_or_their_answer() {
        assertThat(auditRowsWhileAnswering).as("audit rows written while 200 sets were answered").isZero();
        List<String> giveaways = new ArrayList<>(usernames);
        byOrder.values().stream().map(Respondent::token).filter(java.util.Objects::nonNull).forEach(giveaways::add);
        for (Sector sector : Sector.values()) {
            giveaways.add(sector.name());
        }
        assertThat(logged).as("log lines while answering").noneMatch(event -> event.getLoggerName().startsWith("dk.samspil.survey"));
        assertThat(logged.stream().map(ILoggingEvent::getFormattedMessage))
                .noneMatch(line -> giveaways.stream().anyMatch(line::contains));
    }

    @Test
    void a_professional_does_not_rate_the_same_sector_every_wave() {
        String username = "nolink.waves";
        professional(username, Sector.NGO);
        List<Sector> targets = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            long id = openWave(2041, month);
            SignIn.as(users, username);
            try {
                SurveyForm form = ((SurveyOutcome.Ready) answering.openForSignedInProfessional()).form();
                assertThat(form.waveId()).isEqualTo(id);
                targets.add(form.targetSector());
                assertThat(answering.submitAsSignedInProfessional(form.waveId(), encode(form, month)))
                        .isInstanceOf(SurveyOutcome.Stored.class);
            } finally {
                SignIn.out();
            }
            jdbc.sql("UPDATE survey_wave SET status = 'CLOSED', closed_on = opened_on WHERE id = ?").param(id).update();
        }
        // with five sectors to rate and none rated yet in each wave, all twelve alike has odds 5^-11
        assertThat(Set.copyOf(targets)).as("sectors rated in twelve waves: %s", targets).hasSizeGreaterThan(1)
                .doesNotContain(Sector.NGO);
    }

    /** The statistical tests an attacker would run of one stored column against each key they might hold. */
    private List<String> dependence(String what, List<? extends Comparable<?>> values, List<Integer> orders) {
        Map<String, Function<Integer, Long>> keys = new LinkedHashMap<>();
        keys.put("order of answering", order -> (long) order);
        keys.put("invitation id", order -> byOrder.get(order).invitationId());
        keys.put("account id", order -> byOrder.get(order).userId());
        List<String> problems = new ArrayList<>();
        keys.forEach((keyName, key) -> {
            List<Comparable<?>> subset = new ArrayList<>();
            List<Long> keyValues = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                Long value = key.apply(orders.get(i));
                if (value != null) {
                    subset.add(values.get(i));
                    keyValues.add(value);
                }
            }
            double rho = Independence.spearman(subset, keyValues);
            if (Math.abs(rho) >= Independence.chanceLimit(Set.copyOf(keyValues).size())) {
                problems.add(what + " rank-correlates with the " + keyName + ": " + rho);
            }
            List<Object> categories = categories(subset);
            for (int modulus = 2; modulus <= 6; modulus++) {
                double z = Independence.chiSquareZ(categories, keyValues, modulus);
                if (z > 5) {
                    problems.add(what + " depends on the " + keyName + " mod " + modulus + ": z = " + z);
                }
            }
        });
        return problems;
    }

    /** Few values: the values; many (an id): their lowest bits, where an id derived from another would show. */
    private static List<Object> categories(List<? extends Comparable<?>> values) {
        if (values.stream().distinct().count() <= 12) {
            return values.stream().map(value -> (Object) value).toList();
        }
        return values.stream().map(value -> (Object) (value instanceof Long number ? number & 0x7
                : value.toString().charAt(value.toString().length() - 1))).toList();
    }

    /** Each stored set's place in the order of answering, read back from its scores. */
    private Map<String, Integer> orderOfEachSet() {
        Map<String, Map<Long, Integer>> scores = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT a.response_id, a.item_id, a.score FROM survey_answer a
                        JOIN survey_response r ON r.id = a.response_id WHERE r.wave_id = ?""")
                .param(wave)
                .query((rs, n) -> scores.computeIfAbsent(hex(rs.getBytes(1)), id -> new LinkedHashMap<>())
                        .put(rs.getLong(2), rs.getInt(3)))
                .list();
        return scores.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, set -> decode(set.getValue())));
    }

    private SurveyOutcome answer(Respondent respondent, int order) {
        if (respondent.token() != null) {
            SurveyForm form = ready(answering.open(respondent.token()));
            return answering.submit(respondent.token(), encode(form, order));
        }
        SignIn.as(users, respondent.username());
        try {
            SurveyForm form = ready(answering.openForSignedInProfessional());
            return answering.submitAsSignedInProfessional(form.waveId(), encode(form, order));
        } finally {
            SignIn.out();
        }
    }

    private SurveyForm ready(SurveyOutcome outcome) {
        assertThat(outcome).isInstanceOf(SurveyOutcome.Ready.class);
        SurveyForm form = ((SurveyOutcome.Ready) outcome).form();
        items = form.items();
        return form;
    }

    /** The number as digits of the items' scales, item by item; the remaining items at the scale's bottom. */
    private static AnswerSet encode(SurveyForm form, int number) {
        Map<Long, Optional<Integer>> answers = new LinkedHashMap<>();
        int rest = number;
        for (PulseComposer.AskedItem asked : form.items()) {
            int base = asked.instrument().scaleMax() - asked.instrument().scaleMin() + 1;
            answers.put(asked.item().id(), Optional.of(asked.instrument().scaleMin() + rest % base));
            rest /= base;
        }
        assertThat(rest).as("the form's scales hold the number").isZero();
        return new AnswerSet(form.targetSector(), answers);
    }

    private int decode(Map<Long, Integer> scores) {
        int number = 0;
        int weight = 1;
        for (PulseComposer.AskedItem asked : items) {
            int base = asked.instrument().scaleMax() - asked.instrument().scaleMin() + 1;
            number += (scores.get(asked.item().id()) - asked.instrument().scaleMin()) * weight;
            weight *= base;
        }
        return number;
    }

    private long openWave(int year, int month) {
        long id = TestWaves.openWave(jdbc, java.time.LocalDate.of(year, month, 1), KERTEMINDE);
        waves.add(id);
        return id;
    }

    private long professional(String username, Sector sector) {
        usernames.add(username);
        return TestWaves.professional(jdbc, username, KERTEMINDE, sector);
    }

    private static Comparable<?> comparable(Object value) {
        if (value instanceof byte[] bytes) {
            return hex(bytes);
        }
        if (value instanceof Number number) {
            return number.longValue();
        }
        return value == null ? null : value.toString();
    }

    private static String hex(Object bytes) {
        return HexFormat.of().formatHex((byte[]) bytes);
    }

    private List<String> columns(String table) {
        return jdbc.sql("SELECT COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?")
                .param(table).query(String.class).list();
    }

    private List<String> timeColumns(String table) {
        return jdbc.sql("""
                        SELECT COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?
                        AND DATA_TYPE IN ('date', 'datetime', 'timestamp', 'time', 'year')""")
                .param(table).query(String.class).list();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
