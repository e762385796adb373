package dk.samspil.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import dk.samspil.importing.Deliveries;
import dk.samspil.importing.ImportService;
import dk.samspil.importing.ImportSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** The delivery status on the demo programme: what the demo left undelivered shows as missing. */
@SpringBootTest
class DeliveryStatusTest {

    @Autowired
    DeliveryStatus status;
    @Autowired
    DeliveryContacts contacts;
    @Autowired
    Deliveries deliveries;
    @Autowired
    ImportService imports;
    @Autowired
    JdbcClient jdbc;

    @Test
    @WithUserDetails("data")
    void the_newest_month_misses_langeland_and_aeroe_outcomes_and_toender_meetings() {
        YearMonth newest = newestDeliveredMonth();
        List<MunicipalityDeliveries> rows = status.of(newest);

        assertThat(rows).hasSize(22);
        assertThat(rows.stream().filter(r -> !r.missing().isEmpty())
                .map(r -> r.municipality().name() + ":" + String.join(",", r.missing())))
                .containsExactlyInAnyOrder("Langeland:outcomes", "Ærø:outcomes", "Tønder:meetings");
        MunicipalityDeliveries odense = row(rows, "Odense");
        FileStatus meetings = odense.file("meetings").orElseThrow();
        assertThat(meetings.state()).isEqualTo(FileStatus.State.DELIVERED);
        assertThat(meetings.delivered().orElseThrow().fileName()).isEqualTo("meetings-" + newest + "-odense.csv");
        assertThat(odense.file("survey-responses").orElseThrow().state()).isEqualTo(FileStatus.State.NOT_EXPECTED);
        assertThat(odense.contact()).map(DeliveryContact::email).contains("data@odense.example.dk");
        assertThat(row(rows, "Ærø").contact()).map(DeliveryContact::language).contains(Locale.ENGLISH);
        // the month before is complete
        assertThat(status.of(newest.minusMonths(1)).stream().flatMap(r -> r.missing().stream())).isEmpty();
    }

    @Test
    @WithUserDetails("data")
    void a_region_wide_outcomes_file_counts_for_each_municipality_it_holds() {
        // the hospital's file of a year ago for Odense and Fanø, with the rows they hold already: nothing changes
        YearMonth month = newestDeliveredMonth().minusMonths(12);
        ImportSummary summary = DemoOutcomes.importAgain(jdbc, imports, month, "461,563", "region");
        assertThat(summary.municipalityCode()).as("the file holds two municipalities").isNull();
        assertThat(deliveries.files(month, month).stream()
                .filter(f -> f.importId() == summary.id()).map(Deliveries.DeliveredFile::municipalityCode))
                .containsExactlyInAnyOrder(461, 563);
        assertThat(row(status.of(month), "Fanø").file("outcomes").orElseThrow().delivered()
                .orElseThrow().importId()).isEqualTo(summary.id());
    }

    @Test
    @WithUserDetails("data")
    void a_contact_must_be_an_address_and_never_a_cpr_number() {
        assertThatThrownBy(() -> contacts.save(461, "not an address", Locale.ENGLISH, "data"))
                .isInstanceOf(ContactProblem.class).hasMessage("deliveries.contact.invalid");
        assertThatThrownBy(() -> contacts.save(461, "0707901234@kommune.dk", Locale.ENGLISH, "data"))
                .isInstanceOf(ContactProblem.class).hasMessage("deliveries.contact.cpr");
        assertThat(contacts.of(461)).map(DeliveryContact::email).contains("data@odense.example.dk");
        contacts.save(410, " data@middelfart.example.dk ", Locale.ENGLISH, "data");
        assertThat(contacts.of(410)).contains(new DeliveryContact(410, "data@middelfart.example.dk", Locale.ENGLISH));
        contacts.remove(410);
        assertThat(contacts.of(410)).isEmpty();
    }

    @Test
    @WithUserDetails("leder.odense")
    void only_the_data_manager_sees_the_grid_and_sets_contacts() {
        assertThatThrownBy(() -> status.of(newestDeliveredMonth())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> contacts.save(461, "x@odense.dk", Locale.ENGLISH, "leder.odense"))
                .isInstanceOf(AccessDeniedException.class);
    }

    private YearMonth newestDeliveredMonth() {
        return status.months().stream().filter(m -> !deliveries.files(m, m).isEmpty()).findFirst().orElseThrow();
    }

    static MunicipalityDeliveries row(List<MunicipalityDeliveries> rows, String name) {
        return rows.stream().filter(r -> r.municipality().name().equals(name)).findFirst().orElseThrow();
    }
}
