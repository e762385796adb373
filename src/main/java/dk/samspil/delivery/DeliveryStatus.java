package dk.samspil.delivery;

import java.time.Clock;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.samspil.importing.Deliveries;
import dk.samspil.importing.Deliveries.DeliveredFile;
import dk.samspil.municipality.Municipalities;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * What each municipality has delivered of one month's files, for the Deliveries page and the
 * late-file reminder. Which kinds are due every month is configured
 * ({@code samspil.deliveries.expected-kinds}): meetings and outcomes by default; the case register,
 * survey answers and self-assessments are shown when they come, and are not missed when they do not.
 */
@Service
public class DeliveryStatus {

    private final Deliveries deliveries;
    private final Municipalities municipalities;
    private final DeliveryContacts contacts;
    private final Set<String> expected;
    private final Clock clock;

    DeliveryStatus(Deliveries deliveries, Municipalities municipalities, DeliveryContacts contacts, Clock clock,
                   @Value("${samspil.deliveries.expected-kinds:meetings,outcomes}") Set<String> expected) {
        this.deliveries = deliveries;
        this.municipalities = municipalities;
        this.contacts = contacts;
        this.clock = clock;
        this.expected = Set.copyOf(expected);
    }

    /** The months the page offers, newest first: the last twelve that are over (files come after a month ends). */
    public List<YearMonth> months() {
        YearMonth last = YearMonth.now(clock).minusMonths(1);
        return java.util.stream.IntStream.range(0, 12).mapToObj(last::minusMonths).toList();
    }

    /** Every municipality's files of {@code month}, municipalities in Danish name order (the page). */
    @PreAuthorize("hasRole('DATA_MANAGER')")
    public List<MunicipalityDeliveries> of(YearMonth month) {
        return rows(month);
    }

    /**
     * The same rows for the server's own work (the late-file reminder), which runs signed in as no one:
     * metadata of deliveries only, never a row of a file.
     */
    List<MunicipalityDeliveries> rows(YearMonth month) {
        Map<String, DeliveredFile> files = new HashMap<>();
        for (DeliveredFile file : deliveries.files(month, month)) {
            files.put(file.municipalityCode() + "|" + file.kind(), file);
        }
        Map<Integer, DeliveryContact> contactOf = contacts.all();
        List<String> kinds = Deliveries.kinds();
        return municipalities.all().stream().map(m -> new MunicipalityDeliveries(m, month,
                kinds.stream().map(kind -> FileStatus.of(kind, expected.contains(kind), files.get(m.code() + "|" + kind)))
                        .toList(),
                java.util.Optional.ofNullable(contactOf.get(m.code())))).toList();
    }

    public List<String> kinds() {
        return Deliveries.kinds();
    }
}
