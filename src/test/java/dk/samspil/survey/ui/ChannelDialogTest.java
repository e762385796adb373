package dk.samspil.survey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import dk.samspil.municipality.Municipalities;
import dk.samspil.municipality.Sector;
import dk.samspil.survey.AnswerChannel;
import dk.samspil.survey.AnswerChannels;
import dk.samspil.survey.ChannelChoice;
import dk.samspil.survey.SurveyWaves;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.test.context.support.WithUserDetails;

/** Choosing how each sector answers, on the waves page; a channel answers came through stays. */
@SpringBootTest
@ViewPackages(packages = "dk.samspil")
class ChannelDialogTest extends SpringBrowserlessTest {

    /** A programme municipality no other test answers in. */
    private static final int FREDERICIA = 607;

    @Autowired
    SurveyWaves waves;
    @Autowired
    AnswerChannels channels;
    @Autowired
    Municipalities municipalities;
    @Autowired
    JdbcClient jdbc;

    private long wave;

    @BeforeEach
    void aWaveOfItsOwn() {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO survey_wave (period, kind, status, opened_on) VALUES (?, 'PULSE', 'OPEN', CURDATE())")
                .param(LocalDate.of(2043, 1, 1)).update(key);
        wave = key.getKey().longValue();
        jdbc.sql("INSERT INTO survey_wave_municipality (wave_id, municipality_code) VALUES (?, ?)").params(wave, FREDERICIA)
                .update();
    }

    @AfterEach
    void removeIt() {
        jdbc.sql("DELETE FROM survey_wave WHERE id = ?").param(wave).update();
    }

    @Test
    @WithUserDetails("data")
    void the_data_manager_chooses_the_app_for_a_sector_and_cannot_switch_once_answers_came_that_way() {
        ChannelDialog dialog = new ChannelDialog(waves.wave(wave).orElseThrow(), channels, municipalities, null);
        navigate(WavesView.class).add(dialog);
        dialog.open();
        assertThat(dialog.municipality.getValue().code()).isEqualTo(FREDERICIA);
        assertThat(dialog.sectors.get(Sector.NGO).getHelperText()).isEqualTo("Ikke valgt endnu");

        test(dialog.sectors.get(Sector.NGO)).selectItem("I Samspil (logget ind)");

        assertThat(dialog.message.getText()).isEqualTo("Frivillige (NGO): I Samspil (logget ind).");
        assertThat(channels.of(wave, FREDERICIA)).containsEntry(Sector.NGO, new ChannelChoice(AnswerChannel.APP, false));

        // a professional answers in the app meanwhile
        jdbc.sql("UPDATE survey_channel SET answered = TRUE WHERE wave_id = ?").param(wave).update();
        test(dialog.sectors.get(Sector.NGO)).selectItem("Invitationslinks");

        assertThat(dialog.message.getText()).startsWith("Der er allerede svaret via den nuværende kanal");
        assertThat(dialog.sectors.get(Sector.NGO).getValue()).isEqualTo(AnswerChannel.APP);
        assertThat(channels.of(wave, FREDERICIA)).containsEntry(Sector.NGO, new ChannelChoice(AnswerChannel.APP, true));

        ChannelDialog again = new ChannelDialog(waves.wave(wave).orElseThrow(), channels, municipalities, null);
        assertThat(again.sectors.get(Sector.NGO).isReadOnly()).isTrue();
        assertThat(again.sectors.get(Sector.NGO).getHelperText()).isEqualTo("Ligger fast: der er kommet svar denne vej.");
        assertThat(again.sectors.get(Sector.PSYCHIATRY).isReadOnly()).isFalse();
    }
}
