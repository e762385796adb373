package dk.samspil.delivery;

import java.util.Optional;

import dk.samspil.importing.Deliveries.DeliveredFile;

/**
 * One kind of file of one municipality and month: delivered (by which import, when), missing (the
 * kind is due every month and no import delivered it) or not expected monthly (survey answers,
 * self-assessments: they come by wave or quarter).
 */
public record FileStatus(String kind, State state, Optional<DeliveredFile> delivered) {

    public enum State {
        DELIVERED,
        MISSING,
        NOT_EXPECTED
    }

    static FileStatus of(String kind, boolean expected, DeliveredFile file) {
        if (file != null) {
            return new FileStatus(kind, State.DELIVERED, Optional.of(file));
        }
        return new FileStatus(kind, expected ? State.MISSING : State.NOT_EXPECTED, Optional.empty());
    }
}
