package dk.samspil.importing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The private folder that holds uploaded files and the import's work copies: under the
 * application's data directory ({@code samspil.import.work-dir}, by default
 * {@code ${samspil.data-dir}/imports}), never the system's temporary folder, readable by the
 * application's own user only (folder 0700, files 0600), because a file may hold personal data
 * until it has been read. A work copy is named {@code <import id>-<random>.csv}, an upload not yet
 * imported {@code received-<random>.csv}; {@link UploadRetention} deletes what is left behind.
 */
@Component
public class UploadFolder {

    static final String RECEIVED = "received-";
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private final Path folder;

    UploadFolder(@Value("${samspil.import.work-dir}") Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    public Path folder() {
        return folder;
    }

    /** A new work copy for an import, readable by this user only, holding the content. */
    Path workCopy(long importId, InputStream content) {
        Path file = workCopyFor(importId);
        receive(file, content);
        return file;
    }

    /** Where an import's work copy goes: its name, before the file is there (the job is told it first). */
    Path workCopyFor(long importId) {
        return folder.resolve(importId + "-" + UUID.randomUUID() + ".csv");
    }

    /**
     * Receives the content into the work copy: under {@code .part} first, renamed when whole, so a
     * process stopped while receiving never leaves half a file under the work copy's name for "Run
     * again" to read (docs/decisions/0015). The {@code .part} left by a kill belongs to the import
     * by its name, and {@link UploadRetention} deletes it with the import's copies.
     */
    void receive(Path file, InputStream content) {
        Path part = create(file.getFileName() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.TRUNCATE_EXISTING)) {
                content.transferTo(out);
            }
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            delete(part);
            throw new UncheckedIOException("The file could not be received", e);
        }
    }

    /** Whether an import's work copy is still here (not yet deleted after success, CPR or its retention). */
    boolean hasWorkCopy(long importId) {
        String prefix = importId + "-";
        try (var files = Files.newDirectoryStream(folder, prefix + "*.csv")) {
            return files.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }

    /** A file for an upload on its way in (the Imports page), before it is imported. */
    public File newUpload() {
        return create(RECEIVED + UUID.randomUUID() + ".csv").toFile();
    }

    /** Deletes a file of this folder (anything else is left alone); false when it could not be. */
    public boolean delete(Path file) {
        if (file == null || !file.toAbsolutePath().normalize().startsWith(folder)) {
            return false;
        }
        try {
            Files.deleteIfExists(file);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private Path create(String name) {
        try {
            createFolder();
            Path file = folder.resolve(name);
            if (posix()) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
                Files.setPosixFilePermissions(file, FILE);
            } else {
                Files.createFile(file);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("The upload folder " + folder + " cannot be written", e);
        }
    }

    private void createFolder() throws IOException {
        if (!posix()) {
            Files.createDirectories(folder);
            return;
        }
        if (!Files.isDirectory(folder)) {
            FileAttribute<Set<PosixFilePermission>> privateFolder = PosixFilePermissions.asFileAttribute(FOLDER);
            Files.createDirectories(folder, privateFolder);
        }
        // also when it existed already, e.g. made by hand or by an older version with 0755
        if (!Files.getPosixFilePermissions(folder).equals(FOLDER)) {
            Files.setPosixFilePermissions(folder, FOLDER);
        }
    }

    private boolean posix() {
        return folder.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
