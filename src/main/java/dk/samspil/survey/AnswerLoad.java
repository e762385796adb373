package dk.samspil.survey;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.YearMonth;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A file's answers as the text {@code LOAD DATA LOCAL INFILE} reads, made while the server reads it
 * (the driver pulls this stream; nothing is held but the current line), so memory does not grow
 * with the file. Each answer set's id is computed, not remembered: a keyed hash (HMAC-SHA-256 under
 * a key drawn for this import alone and never stored) of its municipality and response reference,
 * shaped as a version-4 UUID. Without the key the ids are indistinguishable from random ones
 * (docs/decisions/0012): they say nothing about the file's order, the reference or the time, and
 * the next import of the same file gets other ids. The rows of one set need not be next to each
 * other. The answer sets themselves (one line a set; a set whose rows are scattered comes more than
 * once, the table's key keeps the first) go to a private temporary file, loaded once the answers are
 * in.
 */
final class AnswerLoad extends InputStream {

    /** One answer on its way in: its set's municipality, reference and sector, and the item it answers. */
    record Row(int municipalityCode, YearMonth wave, String responseRef, String sectorCode, long itemId, int score) {
    }

    /** The rows of a file, pulled one at a time. */
    interface Rows {
        /** The next row, or null after the last. */
        Row next() throws IOException;
    }

    private static final HexFormat HEX = HexFormat.of();

    private final Rows rows;
    private final Set<Long> waveKeys = new TreeSet<>();
    private final Mac mac;
    /** Drawn for this import alone: every set of it begins with these bytes (see {@link #PREFIX_BYTES}). */
    private final byte[] prefix = new byte[PREFIX_BYTES];
    private final StreamedScores scores;
    private final Path answerSets;
    private final FileChannel answerSetChannel;
    private final BufferedWriter answerSetLines;
    /** The current line: a set's id (32 hex digits), the item and the score, each as digits. */
    private final byte[] line = new byte[80];
    private int lineLength;
    private int position;
    private long count;
    private int lastMunicipality = -1;
    private String lastReference;
    private YearMonth lastWave;
    private byte[] lastId;
    private Exception failure;
    private boolean done;
    private long answerSetLineCount;

    /**
     * The answers come before their waves are looked up (the file says which municipalities and
     * months it holds only once it has been read): the answer sets' lines name a set's wave by its
     * {@link #waveKey}, and {@link #answerSets(Map)} puts in the wave's id.
     */
    AnswerLoad(Rows rows, StreamedScores scores) throws IOException {
        this.rows = rows;
        this.scores = scores;
        try {
            byte[] key = new byte[32];
            SecureRandom random = new SecureRandom();
            random.nextBytes(key);
            random.nextBytes(prefix);
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
        // rw------- (the default on POSIX), named by this process, so a kill -9's leftover can be told
        answerSets = Files.createTempFile(FILE_PREFIX + ProcessHandle.current().pid() + "-", FILE_SUFFIX);
        // every read and write through one channel that holds the file's lock: on Linux closing any
        // other descriptor of the file would drop the lock, which tells a live load from a dead one
        answerSetChannel = FileChannel.open(answerSets, StandardOpenOption.READ, StandardOpenOption.WRITE);
        answerSetChannel.lock();
        answerSetLines = new BufferedWriter(new OutputStreamWriter(new OutputStream() {
            private final OutputStream out = Channels.newOutputStream(answerSetChannel);

            @Override
            public void write(int b) throws IOException {
                out.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() {
                // the channel stays open until discard()
            }
        }, StandardCharsets.US_ASCII));
    }

    /**
     * The first bytes of every answer-set id of one import are the same, drawn at random for the
     * import: its sets then lie side by side in both tables' keys, so loading them touches the pages
     * of this import only, not pages all over a table that may be far larger than the server's
     * buffer pool (docs/decisions/0030). The prefix says only "delivered in one file", which the
     * sets' wave, municipality and source say already; within the import the ids stay in the keyed
     * hash's order, which says nothing of the file's order or its references. 48 bits: two imports
     * share a prefix with a probability of 2⁻⁴⁸, and the 74 bits left tell an import's sets apart.
     */
    static final int PREFIX_BYTES = 6;

    private static final String FILE_PREFIX = "samspil-answer-sets-";
    private static final String FILE_SUFFIX = ".tsv";

    /**
     * Deletes the answer-set files that processes no longer running left in the temporary directory
     * (a kill -9 during a load: the answers they belong to were rolled back). A file of a live
     * process, this one's included, is left alone.
     *
     * @return the files deleted
     */
    static int deleteFilesOfDeadProcesses() {
        Path directory = Path.of(System.getProperty("java.io.tmpdir"));
        int deleted = 0;
        try (var files = Files.newDirectoryStream(directory, FILE_PREFIX + "*" + FILE_SUFFIX)) {
            for (Path file : files) {
                String rest = file.getFileName().toString().substring(FILE_PREFIX.length());
                int dash = rest.indexOf('-');
                if (dash <= 0 || !rest.substring(0, dash).chars().allMatch(Character::isDigit)) {
                    continue;
                }
                long pid = Long.parseLong(rest.substring(0, dash));
                if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                // a process of another PID namespace sharing the directory would look dead: its lock says
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    FileLock lock = channel.tryLock();
                    if (lock != null && Files.deleteIfExists(file)) {
                        deleted++;
                    }
                } catch (OverlappingFileLockException | IOException notOurs) {
                    // this JVM's own load, deleted meanwhile, or not ours to open: left alone
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return deleted;
    }

    static long waveKey(int municipalityCode, YearMonth month) {
        return (long) municipalityCode << 32 | (month.getYear() * 12L + month.getMonthValue());
    }

    /** The municipality of a {@link #waveKey}. */
    static int municipalityOf(long waveKey) {
        return (int) (waveKey >>> 32);
    }

    /** The statement that reads {@link AnswerLoad} into the answers. */
    static final String ANSWERS = """
            LOAD DATA LOCAL INFILE 'answers' INTO TABLE survey_answer CHARACTER SET binary
            FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' (response_id, item_id, score)""";

    /** The statement that reads {@link #answerSets()} into the answer sets; a repeat of a set is skipped. */
    static final String ANSWER_SETS = """
            LOAD DATA LOCAL INFILE 'answer-sets' IGNORE INTO TABLE survey_response CHARACTER SET ascii
            FIELDS TERMINATED BY '\\t' LINES TERMINATED BY '\\n' (@id, wave_id, municipality_code, sector_code)
            SET id = UNHEX(@id), source = 'IMPORT'""";

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int written = 0;
        while (written < length) {
            if (position == lineLength && !nextLine()) {
                break;
            }
            int n = Math.min(length - written, lineLength - position);
            System.arraycopy(line, position, target, offset + written, n);
            position += n;
            written += n;
        }
        return written == 0 ? -1 : written;
    }

    private boolean nextLine() throws IOException {
        if (done) {
            return false;
        }
        Row row;
        try {
            row = rows.next();
        } catch (IOException | RuntimeException e) {
            // the driver may end the load quietly on a failed read: the caller rethrows this after it
            failure = e;
            done = true;
            throw e instanceof IOException io ? io : new IOException(e);
        }
        if (row == null) {
            done = true;
            answerSetLines.close();
            scores.finish();
            return false;
        }
        byte[] id = answerSetId(row);
        scores.answer(row.itemId(), row.score());
        // written as bytes, not formatted: this runs once an answer, ten million times for a big file
        System.arraycopy(id, 0, line, 0, id.length);
        int at = id.length;
        line[at++] = '\t';
        at = digits(row.itemId(), at);
        line[at++] = '\t';
        at = digits(row.score(), at);
        line[at++] = '\n';
        lineLength = at;
        position = 0;
        count++;
        return true;
    }

    /** Writes the number's decimal digits into the line at the position; answers the position after them. */
    private int digits(long number, int at) {
        if (number < 0) {
            line[at++] = '-';
            number = -number;
        }
        int length = 1;
        for (long rest = number / 10; rest > 0; rest /= 10) {
            length++;
        }
        for (int i = at + length - 1; i >= at; i--) {
            line[i] = (byte) ('0' + number % 10);
            number /= 10;
        }
        return at + length;
    }

    private byte[] answerSetId(Row row) throws IOException {
        if (row.municipalityCode() == lastMunicipality && row.responseRef().equals(lastReference)
                && row.wave().equals(lastWave)) {
            return lastId;
        }
        long wave = waveKey(row.municipalityCode(), row.wave());
        waveKeys.add(wave);
        mac.update((row.municipalityCode() + "\u001f" + row.wave() + "\u001f").getBytes(StandardCharsets.UTF_8));
        byte[] hash = mac.doFinal(row.responseRef().getBytes(StandardCharsets.UTF_8));
        System.arraycopy(prefix, 0, hash, 0, PREFIX_BYTES);
        hash[6] = (byte) (hash[6] & 0x0F | 0x40);
        hash[8] = (byte) (hash[8] & 0x3F | 0x80);
        String hex = HEX.formatHex(hash, 0, 16);
        byte[] id = escaped(hash);
        answerSetLines.write(hex + '\t' + wave + '\t' + row.municipalityCode() + '\t' + row.sectorCode() + '\n');
        answerSetLineCount++;
        scores.startSet(wave, row.municipalityCode(), row.sectorCode());
        lastMunicipality = row.municipalityCode();
        lastReference = row.responseRef();
        lastWave = row.wave();
        lastId = id;
        return id;
    }

    /**
     * The id's 16 bytes as the answers' load reads them: as they are (half the bytes of hex digits,
     * and no UNHEX a row for the server), the four that would end a field or a line, or start an
     * escape, escaped as {@code LOAD DATA} expects.
     */
    private static byte[] escaped(byte[] hash) {
        byte[] out = new byte[32];
        int at = 0;
        for (int i = 0; i < 16; i++) {
            byte b = hash[i];
            switch (b) {
                case 0 -> { out[at++] = '\\'; out[at++] = '0'; }
                case '\t' -> { out[at++] = '\\'; out[at++] = 't'; }
                case '\n' -> { out[at++] = '\\'; out[at++] = 'n'; }
                case '\\' -> { out[at++] = '\\'; out[at++] = '\\'; }
                default -> out[at++] = b;
            }
        }
        return java.util.Arrays.copyOf(out, at);
    }

    /**
     * Lines written for the answer sets: one a run of adjacent rows of a set. When the server kept as
     * many sets, every set's rows were adjacent, and the {@link StreamedScores} are whole.
     */
    long answerSetLines() {
        return answerSetLineCount;
    }

    /** Answers read so far. */
    long count() {
        return count;
    }

    /**
     * After the load: rethrows what stopped the rows, and makes sure the server took every row made
     * (a driver that ended the load early must not commit half a file).
     */
    void checkLoaded(long rowsTheServerTook) throws IOException {
        rethrowFailure(null);
        if (!done || rowsTheServerTook != count) {
            throw new IOException("The server took " + rowsTheServerTook + " of " + count + " answers");
        }
    }

    /** When reading the rows failed, that failure (the statement's own as suppressed), rather than the driver's. */
    void rethrowFailure(Exception statement) throws IOException {
        if (failure != null && statement != null) {
            failure.addSuppressed(statement);
        }
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
    }

    /** Where the answer sets' lines are kept until they are loaded. */
    Path answerSetsFile() {
        return answerSets;
    }

    /** The municipalities and months of the answers read, each as its {@link #waveKey}. */
    Set<Long> waveKeys() {
        return Collections.unmodifiableSet(waveKeys);
    }

    /**
     * The answer sets' lines, once every answer has been read, each with its wave's id in place of
     * the {@link #waveKey} it was written with.
     *
     * @param waveOf the wave id of each key in {@link #waveKeys()}
     */
    InputStream answerSets(Map<Long, Long> waveOf) throws IOException {
        answerSetChannel.position(0);
        BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(answerSetChannel),
                StandardCharsets.US_ASCII));
        return new InputStream() {
            private byte[] current = new byte[0];
            private int at;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            /** Fills the buffer: the driver sends each read as a packet of its own, and a line a packet is slow. */
            @Override
            public int read(byte[] bytes, int offset, int length) throws IOException {
                int written = 0;
                while (written < length) {
                    if (at == current.length && !nextLine()) {
                        break;
                    }
                    int n = Math.min(length - written, current.length - at);
                    System.arraycopy(current, at, bytes, offset + written, n);
                    at += n;
                    written += n;
                }
                return written == 0 && length > 0 ? -1 : written;
            }

            private boolean nextLine() throws IOException {
                String next = in.readLine();
                if (next == null) {
                    return false;
                }
                String[] fields = next.split("\t", -1);
                Long wave = waveOf.get(Long.parseLong(fields[1]));
                if (wave == null) {
                    throw new IllegalStateException("No wave looked up for an answer set of municipality " + fields[2]);
                }
                current = (fields[0] + '\t' + wave + '\t' + fields[2] + '\t' + fields[3] + '\n')
                        .getBytes(StandardCharsets.US_ASCII);
                at = 0;
                return true;
            }

            @Override
            public void close() {
                // the channel stays open until discard()
            }
        };
    }

    /** The driver closes the stream when it has sent it: nothing to do then, {@link #discard()} ends the load. */
    @Override
    public void close() {
        // see discard()
    }

    /** Deletes the answer sets' file, loaded or not. */
    void discard() {
        try (answerSetChannel) {
            try {
                answerSetLines.close();
            } finally {
                Files.deleteIfExists(answerSets);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
