package dk.samspil.importing.file;

import java.util.Locale;
import java.util.Optional;

/**
 * The kind and period a file's name proposes: {@code meetings-2026-10-odense.csv} is meetings of
 * October 2026, {@code self-assessments-2026-Q3.csv} self-assessments of the third quarter. A
 * self-assessment file named by a month proposes that month's quarter.
 */
public record ProposedImport(FileKind kind, ImportPeriod period) {

    public static Optional<ProposedImport> fromFileName(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1)
                .strip().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".csv")) {
            return Optional.empty();
        }
        String base = name.substring(0, name.length() - 4);
        for (FileKind kind : FileKind.values()) {
            String prefix = kind.fileName() + "-";
            if (base.startsWith(prefix)) {
                return period(base.substring(prefix.length()), kind).map(period -> new ProposedImport(kind, period));
            }
        }
        return Optional.empty();
    }

    private static Optional<ImportPeriod> period(String rest, FileKind kind) {
        int end = rest.indexOf('-', 5) < 0 ? rest.length() : rest.indexOf('-', 5);
        String text = rest.substring(0, end);
        Optional<ImportPeriod> month = Months.parseIso(text).map(ImportPeriod::ofMonth);
        if (kind != FileKind.SELF_ASSESSMENTS) {
            return month;
        }
        return month.map(ImportPeriod::quarterOf).or(() -> Optional.ofNullable(YearQuarter.parse(text)).map(ImportPeriod::ofQuarter));
    }
}
