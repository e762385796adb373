package dk.samspil.importing.batch;

/** A file the validation step rejected: the job ends FAILED and nothing is written. */
class ImportRejectedException extends RuntimeException {

    ImportRejectedException(String reason) {
        super(reason);
    }
}
