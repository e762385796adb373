package dk.samspil.delivery;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import dk.samspil.municipality.Municipality;

/** One row of the Deliveries page: a municipality's files of one month, in the data contract's order. */
public record MunicipalityDeliveries(Municipality municipality, YearMonth month, List<FileStatus> files,
                                     Optional<DeliveryContact> contact) {

    public Optional<FileStatus> file(String kind) {
        return files.stream().filter(f -> f.kind().equals(kind)).findFirst();
    }

    /** The kinds due this month that no import delivered. */
    public List<String> missing() {
        return files.stream().filter(f -> f.state() == FileStatus.State.MISSING).map(FileStatus::kind).toList();
    }
}
