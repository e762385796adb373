package dk.samspil.importing.file;

import java.util.Arrays;
import java.util.Optional;

/** The five kinds of monthly file in the data contract, named as in file names and job parameters. */
public enum FileKind {
    CASES("cases"),
    MEETINGS("meetings"),
    OUTCOMES("outcomes"),
    SURVEY_RESPONSES("survey-responses"),
    SELF_ASSESSMENTS("self-assessments");

    private final String fileName;

    FileKind(String fileName) {
        this.fileName = fileName;
    }

    /** The kind as written in file names, on the command line and in {@code import_record.kind}. */
    public String fileName() {
        return fileName;
    }

    /** Reads a kind as written on the command line or in a form: {@code survey-responses}. */
    public static Optional<FileKind> fromCode(String code) {
        String value = code == null ? "" : code.strip();
        return Arrays.stream(values()).filter(kind -> kind.fileName.equalsIgnoreCase(value)).findFirst();
    }

    /**
     * The kind proposed by a file's name, {@code <kind>-<YYYY-MM>[-<anything>].csv}; see
     * {@link ProposedImport#fromFileName(String)} for the period too.
     */
    public static Optional<FileKind> fromFileName(String fileName) {
        return ProposedImport.fromFileName(fileName).map(ProposedImport::kind);
    }
}
